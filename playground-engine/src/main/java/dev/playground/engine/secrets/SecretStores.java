package dev.playground.engine.secrets;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Picks where keys are kept: the system keychain when it answers, otherwise the encrypted file. */
public final class SecretStores {
    /** Set to "file" to skip the keychain (tests, headless servers); "keychain" to insist on it. */
    public static final String BACKEND_PROPERTY = "playground.secrets";
    private static final Logger LOG = LoggerFactory.getLogger(SecretStores.class);
    private static final long PROBE_SECONDS = 3;
    private static final String PROBE_NAME = "prompt-playground-probe";

    private SecretStores() {}

    /** The keychain if it works within a few seconds, else an encrypted file under {@code fallbackDirectory}. */
    public static SecretStore bestAvailable(Path fallbackDirectory) {
        String choice = System.getProperty(BACKEND_PROPERTY, "auto");
        if (!"file".equals(choice)) {
            try {
                // A missing D-Bus session can make the first keychain call hang; probe it off-thread.
                KeychainSecretStore keychain = CompletableFuture.supplyAsync(SecretStores::probeKeychain)
                        .get(PROBE_SECONDS, TimeUnit.SECONDS);
                return keychain;
            } catch (Exception e) {
                if ("keychain".equals(choice)) {
                    throw new SecretStoreException("No usable system keychain here (" + e.getClass().getSimpleName() + ").", null);
                }
                LOG.info("No usable system keychain ({}); keeping keys in an encrypted file instead.", e.getClass().getSimpleName());
            }
        }
        return new EncryptedFileSecretStore(fallbackDirectory);
    }

    /** A store that picks its backend ({@link #bestAvailable}) on first use, not at start-up. */
    public static SecretStore lazy(Path fallbackDirectory) {
        return new SecretStore() {
            private SecretStore chosen;

            private synchronized SecretStore chosen() {
                if (chosen == null) chosen = bestAvailable(fallbackDirectory);
                return chosen;
            }

            @Override
            public java.util.Optional<String> get(String name) {
                return chosen().get(name);
            }

            @Override
            public void put(String name, String secret) {
                chosen().put(name, secret);
            }

            @Override
            public void delete(String name) {
                chosen().delete(name);
            }

            @Override
            public String description() {
                return chosen().description();
            }
        };
    }

    private static KeychainSecretStore probeKeychain() {
        try {
            KeychainSecretStore keychain = KeychainSecretStore.open();
            // Some backends open fine and fail only on use, so write, read back and remove a probe entry.
            String probe = "probe-" + System.nanoTime();
            keychain.put(PROBE_NAME, probe);
            boolean works = keychain.get(PROBE_NAME).filter(probe::equals).isPresent();
            keychain.delete(PROBE_NAME);
            if (!works) throw new IllegalStateException("keychain did not keep a value");
            return keychain;
        } catch (Exception e) {
            throw new IllegalStateException(e.getClass().getSimpleName(), e);
        }
    }
}
