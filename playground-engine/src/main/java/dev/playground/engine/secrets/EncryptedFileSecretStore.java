package dev.playground.engine.secrets;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.TreeMap;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Fallback when the system has no keychain: keys in one AES-256-GCM encrypted file, with a random
 * master key in a separate owner-only file. This keeps keys out of the database, exports, logs and
 * anything that greps or syncs the data folder; it cannot protect against someone who can read the
 * user's files, which only a keychain (or a passphrase) can.
 */
public final class EncryptedFileSecretStore implements SecretStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] ASSOCIATED = "prompt-playground-secrets-v1".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final Path secretsFile;
    private final Path masterKeyFile;

    public EncryptedFileSecretStore(Path directory) {
        this.secretsFile = directory.resolve("secrets.enc");
        this.masterKeyFile = directory.resolve("master.key");
    }

    @Override
    public synchronized Optional<String> get(String name) {
        return Optional.ofNullable(readAll().get(name));
    }

    @Override
    public synchronized void put(String name, String secret) {
        TreeMap<String, String> all = readAll();
        all.put(name, secret);
        writeAll(all);
    }

    @Override
    public synchronized void delete(String name) {
        TreeMap<String, String> all = readAll();
        if (all.remove(name) != null) writeAll(all);
    }

    @Override
    public String description() {
        return "encrypted file " + secretsFile;
    }

    private TreeMap<String, String> readAll() {
        if (!Files.exists(secretsFile)) return new TreeMap<>();
        try {
            ByteBuffer sealed = ByteBuffer.wrap(Files.readAllBytes(secretsFile));
            byte[] nonce = new byte[NONCE_BYTES];
            sealed.get(nonce);
            byte[] cipherText = new byte[sealed.remaining()];
            sealed.get(cipherText);
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, nonce);
            return JSON.readValue(cipher.doFinal(cipherText), new TypeReference<TreeMap<String, String>>() {});
        } catch (GeneralSecurityException e) {
            throw new SecretStoreException("The key file " + secretsFile + " cannot be decrypted with " + masterKeyFile
                    + " (changed or copied from another machine). Remove both files and enter the keys again.", null);
        } catch (IOException | RuntimeException e) {
            throw new SecretStoreException("Could not read the stored keys in " + secretsFile + ": " + e.getClass().getSimpleName(), null);
        }
    }

    private void writeAll(TreeMap<String, String> all) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            byte[] cipherText = cipher(Cipher.ENCRYPT_MODE, nonce).doFinal(JSON.writeValueAsBytes(all));
            Path temp = Files.createTempFile(secretsFile.getParent(), "secrets", ".tmp");
            restrictToOwner(temp);
            Files.write(temp, ByteBuffer.allocate(nonce.length + cipherText.length).put(nonce).put(cipherText).array());
            Files.move(temp, secretsFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (GeneralSecurityException | IOException e) {
            throw new SecretStoreException("Could not save the key in " + secretsFile + ": " + e.getClass().getSimpleName(), null);
        }
    }

    private Cipher cipher(int mode, byte[] nonce) throws GeneralSecurityException, IOException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(masterKey(), "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(ASSOCIATED);
        return cipher;
    }

    private byte[] masterKey() throws IOException {
        if (Files.exists(masterKeyFile)) {
            // A copy or an archive tool may have widened it; the key is only as private as this file.
            restrictToOwner(masterKeyFile);
            return Files.readAllBytes(masterKeyFile);
        }
        Files.createDirectories(masterKeyFile.getParent());
        restrictToOwner(masterKeyFile.getParent());
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        Path temp = Files.createTempFile(masterKeyFile.getParent(), "master", ".tmp");
        restrictToOwner(temp);
        Files.write(temp, key);
        Files.move(temp, masterKeyFile, StandardCopyOption.ATOMIC_MOVE);
        return key;
    }

    private static void restrictToOwner(Path path) throws IOException {
        if (!path.getFileSystem().supportedFileAttributeViews().contains("posix")) return;
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwx------" : "rw-------"));
    }
}
