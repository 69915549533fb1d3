package dev.playground.engine.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportSourcesTest {
    @TempDir
    Path temp;

    private Path zip(String... namesAndContents) throws Exception {
        Path zip = temp.resolve("in.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                z.putNextEntry(new ZipEntry(namesAndContents[i]));
                z.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return zip;
    }

    @Test
    void zip_entries_that_escape_the_folder_are_refused_and_nothing_is_imported() throws Exception {
        String good = new BundleYaml().write(BundleSamples.tutorPrompt());
        Path zip = zip("prompts/exam.tutor.prompt.yaml", good, "../../evil.prompt.yaml", good, "/etc/evil.prompt.yaml", good,
                "prompts/../../x.prompt.yaml", good);
        ParsedImport parsed = new PromptImportReader(ImportLimits.DEFAULT).read(zip);
        assertThat(parsed.hasRefusals()).isTrue();
        assertThat(parsed.refusals()).extracting(FileReport::path)
                .containsExactly("../../evil.prompt.yaml", "/etc/evil.prompt.yaml", "prompts/../../x.prompt.yaml");
        assertThat(parsed.refusals()).allSatisfy(r -> assertThat(r.messages().getFirst()).contains("leads outside the bundle folder"));
        assertThat(Files.exists(temp.getParent().getParent().resolve("evil.prompt.yaml"))).isFalse();
    }

    @Test
    void oversized_entries_are_refused_by_what_they_contain_not_what_they_claim() throws Exception {
        Path zip = zip("prompts/big.prompt.yaml", "x".repeat(5000), "prompts/ok.prompt.yaml", "formatVersion: 1");
        ImportSources.Collected collected = new ImportSources(new ImportLimits(4096, 1 << 20, 100, 64)).collect(zip);
        assertThat(collected.refused()).extracting(FileReport::path).containsExactly("prompts/big.prompt.yaml");
        assertThat(collected.files()).extracting(SourceFile::path).containsExactly("prompts/ok.prompt.yaml");
    }

    @Test
    void hidden_folders_such_as_git_are_not_read() throws Exception {
        Path folder = temp.resolve("repo");
        new BundleWriter().write(new BundleWriter().files(List.of(BundleSamples.tutorPrompt()), ExportOptions.ALL, BundleWriter.Interop.NONE,
                Instant.now()), folder);
        Files.createDirectories(folder.resolve(".git"));
        Files.writeString(folder.resolve(".git/config.prompt.yaml"), "not: a bundle");
        assertThat(new ImportSources(ImportLimits.DEFAULT).collect(folder).files()).extracting(SourceFile::path)
                .containsExactly("prompts/exam.tutor.prompt.yaml");
    }

    @Test
    void promptfoo_file_references_cannot_leave_the_config_folder() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ImportSources.resolveSibling("configs", "../../secrets.txt"))
                .hasMessageContaining("points outside the imported folder");
        assertThat(ImportSources.normalize("a/./b/../c.txt")).isEqualTo("a/c.txt");
    }

    @Test
    void symbolic_links_out_of_the_folder_are_refused_by_name_and_links_inside_are_read() throws Exception {
        String good = new BundleYaml().write(BundleSamples.tutorPrompt());
        Path outside = Files.createDirectories(temp.resolve("elsewhere"));
        Path secret = Files.writeString(outside.resolve("secret.prompt.yaml"), good);
        Path folder = Files.createDirectories(temp.resolve("bundle/prompts"));
        Path real = Files.writeString(folder.resolve("exam.tutor.prompt.yaml"), good);
        Files.createSymbolicLink(folder.resolve("stolen.prompt.yaml"), secret);
        Files.createSymbolicLink(folder.resolve("linked-dir"), outside);
        Files.createSymbolicLink(folder.resolve("alias.prompt.yaml"), real);

        ParsedImport parsed = new PromptImportReader(ImportLimits.DEFAULT).read(temp.resolve("bundle"));
        assertThat(parsed.refusals()).extracting(FileReport::path)
                .containsExactlyInAnyOrder("prompts/stolen.prompt.yaml", "prompts/linked-dir");
        assertThat(parsed.refusals()).allSatisfy(r -> assertThat(r.messages().getFirst()).contains("symbolic link to " + outside));
        assertThat(parsed.reports()).anyMatch(r -> r.path().equals("prompts/alias.prompt.yaml") && !r.refused());
    }
}
