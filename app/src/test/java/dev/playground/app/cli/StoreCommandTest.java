package dev.playground.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.store.LocalStore;
import dev.playground.store.PromptVersion;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code playground store repair|backup|restore} end to end, with the exit codes of the README's table. */
class StoreCommandTest {
    private static final String STORE_FILE = "playground.mv.db";
    private static final String PASSWORD_FILE = "playground.password";

    @TempDir Path dir;

    private CliRun cli(Path data, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.of(Map.of(), all);
    }

    private void save(Path data, String text) throws IOException {
        Path file = Files.writeString(Files.createTempFile(dir, "prompt", ".txt"), text, StandardCharsets.UTF_8);
        CliRun run = cli(data, "prompt", "save", file.toString(), "--name", "tutor", "-m", text);
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    private static List<String> texts(Path data) {
        try (LocalStore store = LocalStore.open(data)) {
            return store.prompts().versions("tutor").stream().map(PromptVersion::commitMessage).toList();
        }
    }

    private static List<Path> backups(Path data, String prefix) throws IOException {
        if (!Files.isDirectory(data.resolve("backups"))) return List.of();
        try (var files = Files.list(data.resolve("backups"))) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
        }
    }

    /** Version 1 is saved, the next open takes the daily backup (it holds version 1), then version 2 is saved. */
    private Path storeWithDailyBackupOfVersionOne() throws IOException {
        Path data = dir.resolve("data");
        save(data, "Explain {{topic}} simply");
        save(data, "Explain {{topic}} with an example");
        assertThat(backups(data, "daily-")).hasSize(1);
        assertThat(texts(data)).containsExactly("Explain {{topic}} simply", "Explain {{topic}} with an example");
        return data;
    }

    /** Both of the file's headers overwritten: H2 refuses the file and its recovery tool reads nothing from it. */
    private static void destroyHeaders(Path data) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(data.resolve(STORE_FILE).toFile(), "rw")) {
            file.seek(0);
            file.write(new byte[8192]);
        }
    }

    @Test
    void repair_of_a_damaged_store_keeps_the_damaged_file_and_puts_back_what_the_newest_backup_holds() throws Exception {
        Path data = storeWithDailyBackupOfVersionOne();
        destroyHeaders(data);
        byte[] damaged = Files.readAllBytes(data.resolve(STORE_FILE));

        CliRun check = cli(data, "store", "check");
        assertThat(check.exitCode()).as(check.out() + check.err()).isEqualTo(3);
        assertThat(check.out()).contains("playground store repair");

        CliRun repair = cli(data, "store", "repair");
        assertThat(repair.exitCode()).as(repair.out() + repair.err()).isZero();
        assertThat(repair.out()).contains("Nothing could be recovered from the store file").contains("Put back the newest backup")
                .contains("The store opens.");
        assertThat(texts(data)).containsExactly("Explain {{topic}} simply");
        List<Path> kept = backups(data, "replaced-");
        assertThat(kept).hasSize(1);
        assertThat(Files.readAllBytes(kept.getFirst())).as("the damaged file, kept as it was").isEqualTo(damaged);
    }

    @Test
    void repair_with_nothing_to_recover_and_no_backup_exits_3_and_leaves_the_file_in_place() throws Exception {
        Path data = dir.resolve("data");
        save(data, "Explain {{topic}} simply");
        destroyHeaders(data);
        byte[] damaged = Files.readAllBytes(data.resolve(STORE_FILE));

        CliRun repair = cli(data, "store", "repair");
        assertThat(repair.exitCode()).as(repair.out() + repair.err()).isEqualTo(3);
        assertThat(repair.out()).contains("Nothing could be recovered from the store file").doesNotContain("Recovered what");
        assertThat(Files.readAllBytes(data.resolve(STORE_FILE))).isEqualTo(damaged);
    }

    @Test
    void the_daily_backup_restores_with_one_command_and_the_replaced_store_is_kept() throws Exception {
        Path data = storeWithDailyBackupOfVersionOne();

        CliRun restore = cli(data, "store", "restore");
        assertThat(restore.exitCode()).as(restore.out() + restore.err()).isZero();
        assertThat(restore.out()).contains("Restored the store from").contains("daily-").contains("The store opens.");
        assertThat(texts(data)).containsExactly("Explain {{topic}} simply");
        // Nothing is lost: the store it replaced, with version 2, is kept and restores in turn.
        Path replaced = backups(data, "replaced-").getFirst();
        try (LocalStore ignored = LocalStore.open(data)) {
            assertThat(replaced).exists();
        }
    }

    @Test
    void a_backup_restores_into_another_data_folder_which_keeps_its_own_password() throws Exception {
        Path data = storeWithDailyBackupOfVersionOne();
        Path zip = dir.resolve("store.zip");
        CliRun backup = cli(data, "store", "backup", "--out", zip.toString());
        assertThat(backup.exitCode()).as(backup.err()).isZero();

        // A fresh machine: the folder does not exist yet.
        Path fresh = dir.resolve("elsewhere").resolve("data");
        CliRun restore = cli(fresh, "store", "restore", zip.toString());
        assertThat(restore.exitCode()).as(restore.out() + restore.err()).isZero();
        assertThat(restore.out()).contains("The store opens.");
        assertThat(Files.readString(fresh.resolve(PASSWORD_FILE))).isNotEqualTo(Files.readString(data.resolve(PASSWORD_FILE)));
        assertThat(texts(fresh)).containsExactly("Explain {{topic}} simply", "Explain {{topic}} with an example");
        CliRun show = cli(fresh, "prompt", "show", "tutor");
        assertThat(show.exitCode()).as(show.err()).isZero();
        assertThat(show.out()).contains("with an example");

        // A folder with a store of its own: that store is kept, the backup's goes in its place.
        Path other = dir.resolve("other");
        save(other, "Something else entirely");
        CliRun over = cli(other, "store", "restore", zip.toString());
        assertThat(over.exitCode()).as(over.out() + over.err()).isZero();
        assertThat(texts(other)).containsExactly("Explain {{topic}} simply", "Explain {{topic}} with an example");
        assertThat(backups(other, "replaced-")).hasSize(1);
    }

    @Test
    void a_restore_that_cannot_work_is_refused_with_exit_2_and_changes_nothing() throws Exception {
        Path data = storeWithDailyBackupOfVersionOne();
        Path zip = dir.resolve("store.zip");
        assertThat(cli(data, "store", "backup", "--out", zip.toString()).exitCode()).isZero();
        Path other = dir.resolve("other");
        save(other, "Something else entirely");

        CliRun missing = cli(other, "store", "restore", dir.resolve("no-such.zip").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("does not exist");

        Path notZip = Files.writeString(dir.resolve("notes.zip"), "just text");
        CliRun bad = cli(other, "store", "restore", notZip.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("is not a backup");

        // An older backup, without the password its database was made with, cannot open in another folder.
        Path withoutPassword = dir.resolve("old-style.zip");
        copyWithout(zip, withoutPassword, PASSWORD_FILE);
        CliRun old = cli(other, "store", "restore", withoutPassword.toString());
        assertThat(old.exitCode()).isEqualTo(2);
        assertThat(old.err()).contains(PASSWORD_FILE).doesNotContain("Exception");

        assertThat(texts(other)).containsExactly("Something else entirely");
        assertThat(backups(other, "replaced-")).isEmpty();
        // With the old folder's password file copied over, as the message says, the same backup restores.
        Files.copy(data.resolve(PASSWORD_FILE), other.resolve(PASSWORD_FILE), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(cli(other, "store", "restore", withoutPassword.toString()).exitCode()).isZero();
        assertThat(texts(other)).hasSize(2);
    }

    private static void copyWithout(Path zip, Path target, String entryName) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (entry.getName().equals(entryName)) continue;
                out.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
        }
    }
}
