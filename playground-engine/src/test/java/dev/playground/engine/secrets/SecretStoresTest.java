package dev.playground.engine.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretStoresTest {
    private static final String KEY = "sk-file-store-secret-0123456789";

    @TempDir
    Path dir;

    @Test
    void the_encrypted_file_keeps_keys_across_instances_without_plain_text_on_disk() throws Exception {
        new EncryptedFileSecretStore(dir).put("connection:openai", KEY);

        EncryptedFileSecretStore reopened = new EncryptedFileSecretStore(dir);
        assertThat(reopened.get("connection:openai")).contains(KEY);
        assertThat(reopened.get("connection:other")).isEmpty();
        try (var files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).doesNotContain(KEY).doesNotContain("openai");
            }
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("secrets.enc")))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("master.key")))).isEqualTo("rw-------");
    }

    @Test
    void a_master_key_whose_permissions_were_widened_is_made_owner_only_again() throws Exception {
        new EncryptedFileSecretStore(dir).put("connection:openai", KEY);
        Files.setPosixFilePermissions(dir.resolve("master.key"), PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(new EncryptedFileSecretStore(dir).get("connection:openai")).contains(KEY);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("master.key")))).isEqualTo("rw-------");
    }

    @Test
    void delete_removes_the_key() {
        EncryptedFileSecretStore store = new EncryptedFileSecretStore(dir);
        store.put("a", "one");
        store.put("b", "two");

        store.delete("a");

        assertThat(store.get("a")).isEmpty();
        assertThat(store.get("b")).contains("two");
    }

    @Test
    void a_file_that_does_not_match_its_master_key_gives_a_clear_message() throws Exception {
        new EncryptedFileSecretStore(dir).put("a", KEY);
        Files.write(dir.resolve("master.key"), new byte[32]);

        assertThatThrownBy(() -> new EncryptedFileSecretStore(dir).get("a")).isInstanceOf(SecretStoreException.class)
                .hasMessageContaining("cannot be decrypted").hasMessageContaining("enter the keys again").hasMessageNotContaining(KEY);
    }

    @Test
    void without_a_usable_keychain_the_encrypted_file_is_used() {
        // Forcing "file" keeps the test away from a developer's real keychain; "auto" on this Linux box has no Secret Service.
        String before = System.getProperty(SecretStores.BACKEND_PROPERTY);
        System.setProperty(SecretStores.BACKEND_PROPERTY, "file");
        try {
            SecretStore store = SecretStores.bestAvailable(dir);
            assertThat(store).isInstanceOf(EncryptedFileSecretStore.class);
            store.put("x", "y");
            assertThat(store.get("x")).contains("y");
        } finally {
            if (before == null) System.clearProperty(SecretStores.BACKEND_PROPERTY);
            else System.setProperty(SecretStores.BACKEND_PROPERTY, before);
        }
    }
}
