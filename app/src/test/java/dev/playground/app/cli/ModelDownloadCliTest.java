package dev.playground.app.cli;

import dev.playground.engine.local.testkit.ModelFileServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.playground.engine.local.ModelDownload;
import dev.playground.engine.local.testkit.TinyChatModel;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code models download} against a loopback file server, and the offline switch. No test reaches the internet. */
class ModelDownloadCliTest {
    @TempDir Path dir;
    private Map<String, String> env;
    private byte[] model;
    private ModelFileServer server;

    @BeforeEach
    void setUp() throws Exception {
        env = Map.of("PLAYGROUND_HOME", dir.resolve("data").toString());
        model = Files.readAllBytes(TinyChatModel.write(dir.resolve("src/tiny-chat.gguf")));
        server = ModelFileServer.loopback().serve("/org/repo/resolve/main/tiny-chat.gguf", model);
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private CliRun cli(String... args) {
        return CliRun.of(env, args);
    }

    private Path models() {
        return dir.resolve("data/models");
    }

    @Test
    void an_interrupted_download_resumes_with_a_range_request_and_is_checked() throws Exception {
        String url = server.url("/org/repo/resolve/main/tiny-chat.gguf");
        String sha = ModelDownload.sha256Of(dir.resolve("src/tiny-chat.gguf"));
        int half = model.length / 2;
        server.cutNextAfter(half);

        CliRun cut = cli("models", "download", url, "--sha256", sha);
        assertThat(cut.exitCode()).as(cut.err()).isEqualTo(1);
        assertThat(cut.err()).contains("interrupted").contains("again to resume");
        long kept = Files.size(models().resolve("tiny-chat.gguf.part")); // what arrived before the cut (up to half)
        assertThat(kept).isPositive().isLessThanOrEqualTo(half);

        CliRun resumed = cli("models", "download", url, "--sha256", sha);
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains("(resumed)").contains("'local-tiny-chat'");
        assertThat(resumed.err()).contains("100%");
        assertThat(server.requests).last().isEqualTo("/org/repo/resolve/main/tiny-chat.gguf bytes=" + kept + "-");
        assertThat(Files.readAllBytes(models().resolve("tiny-chat.gguf"))).isEqualTo(model);
        assertThat(models().resolve("tiny-chat.gguf.part")).doesNotExist();

        // Downloaded into the models folder: removing the model deletes the file.
        assertThat(cli("models", "remove", "local-tiny-chat").out()).contains("deleted");
        assertThat(models().resolve("tiny-chat.gguf")).doesNotExist();
    }

    @Test
    void a_download_that_does_not_match_its_checksum_is_deleted_and_refused() {
        String wrong = "0".repeat(64);

        CliRun bad = cli("models", "download", server.url("/org/repo/resolve/main/tiny-chat.gguf"), "--sha256", wrong);

        assertThat(bad.exitCode()).as(bad.err()).isEqualTo(1);
        assertThat(bad.err()).contains("tiny-chat.gguf is damaged").contains(wrong);
        assertThat(models().resolve("tiny-chat.gguf")).doesNotExist();
        assertThat(models().resolve("tiny-chat.gguf.part")).doesNotExist();
        assertThat(cli("models", "list").out()).contains("No local models");
    }

    @Test
    void a_file_that_is_not_a_model_and_a_missing_file_are_refused() {
        server.serve("/notes.gguf", "just text".getBytes(StandardCharsets.UTF_8));

        CliRun notModel = cli("models", "download", server.url("/notes.gguf"));
        assertThat(notModel.exitCode()).as(notModel.err()).isEqualTo(1);
        assertThat(notModel.err()).contains("notes.gguf").contains("not a GGUF model");

        CliRun missing = cli("models", "download", server.url("/nothing.gguf"));
        assertThat(missing.exitCode()).as(missing.err()).isEqualTo(1);
        assertThat(missing.err()).contains("HTTP 404");

        assertThat(cli("models", "download", "ftp://host/x.gguf").exitCode()).isEqualTo(2);
        assertThat(cli("models", "download", server.url("/x.gguf"), "--sha256", "abc").exitCode()).isEqualTo(2);
    }

    @Test
    void offline_refuses_downloads_and_remote_connections_but_runs_local_and_loopback() throws Exception {
        CliRun download = cli("--offline", "models", "download", "https://huggingface.co/org/repo/resolve/main/model.gguf");
        assertThat(download.exitCode()).as(download.err()).isEqualTo(1);
        assertThat(download.err()).contains("Offline mode is on").contains("nothing is downloaded");

        // Loopback downloads are this machine: allowed.
        assertThat(cli("models", "download", server.url("/org/repo/resolve/main/tiny-chat.gguf"), "--offline").exitCode()).isZero();
        Path prompt = Files.writeString(dir.resolve("p.prompt.yaml"), "model:\n  maxTokens: 3\nmessages:\n  - role: user\n    content: Hi.\n");
        CliRun local = cli("run", prompt.toString(), "--connection", "local-tiny-chat", "--offline");
        assertThat(local.exitCode()).as(local.err()).isZero();

        assertThat(cli("connections", "add", "openai", "--provider", "openai", "--api-key-env", "NO_SUCH_KEY_VAR", "--model", "gpt-4o-mini").exitCode()).isZero();
        CliRun remote = cli("run", prompt.toString(), "--connection", "openai", "--offline");
        assertThat(remote.exitCode()).as(remote.err()).isEqualTo(1);
        assertThat(remote.err()).contains("Offline mode is on").contains("https://api.openai.com/v1").contains("nothing was sent");
    }

    @Test
    void offline_attempts_nothing_towards_an_address_that_is_not_loopback() throws Exception {
        Optional<InetAddress> own = ownNonLoopbackAddress();
        assumeThat(own).as("this machine has a non-loopback IPv4 address").isPresent();
        try (ModelFileServer outside = ModelFileServer.everyInterface()) {
            String base = "http://" + own.get().getHostAddress() + ":" + outside.port() + "/v1";
            assertThat(cli("connections", "add", "lan", "--base-url", base, "--model", "m").exitCode()).isZero();
            Path prompt = Files.writeString(dir.resolve("p.prompt.yaml"), "messages:\n  - role: user\n    content: Hi.\n");

            CliRun offline = cli("--offline", "run", prompt.toString(), "--connection", "lan", "--retries", "0");
            assertThat(offline.exitCode()).as(offline.err()).isEqualTo(1);
            assertThat(offline.err()).contains("Offline mode is on");
            assertThat(outside.requests).isEmpty();

            // The control: without the switch the same call does reach that address.
            cli("run", prompt.toString(), "--connection", "lan", "--retries", "0");
            assertThat(outside.requests).isNotEmpty();
        }
    }

    private static Optional<InetAddress> ownNonLoopbackAddress() throws Exception {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) continue;
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress()) return Optional.of(address);
            }
        }
        return Optional.empty();
    }
}
