package dev.playground.engine.secrets;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import java.util.Optional;

/** The operating system's keychain (Secret Service, macOS Keychain, Windows Credential Manager) via java-keyring. */
public final class KeychainSecretStore implements SecretStore {
    static final String SERVICE = "Prompt Playground";

    private final Keyring keyring;

    private KeychainSecretStore(Keyring keyring) {
        this.keyring = keyring;
    }

    /** Opens the keychain; throws {@link BackendNotSupportedException} when this system has none. */
    public static KeychainSecretStore open() throws BackendNotSupportedException {
        return new KeychainSecretStore(Keyring.create());
    }

    @Override
    public Optional<String> get(String name) {
        try {
            return Optional.ofNullable(keyring.getPassword(SERVICE, name)).filter(s -> !s.isEmpty());
        } catch (PasswordAccessException e) {
            // java-keyring reports "no such entry" this way on every backend.
            return Optional.empty();
        }
    }

    @Override
    public void put(String name, String secret) {
        try {
            keyring.setPassword(SERVICE, name, secret);
        } catch (PasswordAccessException e) {
            throw new SecretStoreException("The system keychain refused to store the key for '" + name + "'. Unlock the keychain and try again.", null);
        }
    }

    @Override
    public void delete(String name) {
        try {
            keyring.deletePassword(SERVICE, name);
        } catch (PasswordAccessException e) {
            // Nothing stored under that name: already deleted.
        }
    }

    @Override
    public String description() {
        return "system keychain (" + keyring.getKeyringStorageType() + ")";
    }
}
