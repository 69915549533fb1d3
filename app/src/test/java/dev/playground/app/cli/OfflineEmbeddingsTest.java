package dev.playground.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.provider.NetworkPolicy;
import dev.playground.testkit.OllamaWireServer;
import dev.playground.testkit.RetrievalCorpus;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offline switch covers document collections' embedding models (issue 19): a remote model is
 * refused with a message that says why, a loopback one works. The proof that nothing else is
 * attempted: every connection the JDK's HTTP client opens asks the default proxy selector first,
 * so a recording selector installed here sees each address tried. It sends anything not on
 * loopback to a closed port on this machine, so even a broken switch reaches nothing outside.
 */
class OfflineEmbeddingsTest {
    @TempDir Path dir;
    private Map<String, String> env;
    private ProxySelector previous;
    private final Recorder recorder = new Recorder();

    @BeforeEach
    void setUp() throws IOException {
        env = Map.of("PLAYGROUND_HOME", dir.resolve("data").toString());
        previous = ProxySelector.getDefault();
        recorder.deadEnd = closedLoopbackPort();
        ProxySelector.setDefault(recorder);
    }

    @AfterEach
    void tearDown() {
        ProxySelector.setDefault(previous);
    }

    private CliRun cli(String... args) {
        return CliRun.of(env, args);
    }

    @Test
    void offline_refuses_a_remote_embedding_model_uses_a_loopback_one_and_attempts_nothing_else() throws Exception {
        Path docs = RetrievalCorpus.writeTo(dir.resolve("docs"));
        try (OllamaWireServer ollama = OllamaWireServer.start()) {
            assertThat(cli("connections", "add", "cloud", "--provider", "openai", "--api-key-env", "NO_SUCH_KEY_VAR", "--model", "gpt-4o-mini")
                    .exitCode()).isZero();
            assertThat(cli("connections", "add", "ollama", "--provider", "ollama", "--base-url", ollama.baseUrl(), "--model", "llama3.2")
                    .exitCode()).isZero();

            CliRun index = cli("--offline", "index", docs.toString(), "--collection", "notes", "--embedding-connection", "cloud",
                    "--embedding-model", "text-embedding-3-small", "--quiet");
            assertThat(index.exitCode()).as(index.out() + index.err()).isEqualTo(1);
            assertThat(index.out()).contains("embedding stopped: Offline mode is on: the embedding model 'text-embedding-3-small'")
                    .contains("https://api.openai.com/v1").contains("no text was sent").contains("Keyword search works");

            CliRun hybrid = cli("--offline", "search", "sourdough starter", "--collection", "notes");
            assertThat(hybrid.exitCode()).as(hybrid.err()).isZero();
            assertThat(hybrid.err()).contains("Keyword matches only: Offline mode is on");
            assertThat(hybrid.out()).contains("sourdough.txt");

            CliRun vector = cli("search", "sourdough starter", "--collection", "notes", "--mode", "vector", "--offline");
            assertThat(vector.exitCode()).as("a refused model call, README's exit code 1").isEqualTo(1);
            assertThat(vector.err()).contains("Offline mode is on").contains("no text was sent");

            CliRun local = cli("--offline", "index", "--collection", "notes", "--embedding-connection", "ollama",
                    "--embedding-model", "nomic-embed-text", "--quiet");
            assertThat(local.exitCode()).as(local.out() + local.err()).isZero();
            assertThat(ollama.embeddingRequests()).isNotEmpty();
            assertThat(recorder.tried).as("the recorder sees the loopback calls").isNotEmpty()
                    .allSatisfy(uri -> assertThat(NetworkPolicy.isLoopbackHost(uri.getHost())).as(uri.toString()).isTrue());

            // The control: without the switch the remote model is tried (and stops at the recorder's closed port).
            assertThat(cli("index", "--collection", "notes", "--embedding-connection", "cloud", "--embedding-model",
                    "text-embedding-3-small", "--quiet").exitCode()).isEqualTo(1);
            assertThat(recorder.tried).extracting(URI::getHost).contains("api.openai.com");
        }
    }

    private static int closedLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Records every address asked about; loopback goes direct, the rest to a closed loopback port. */
    private static final class Recorder extends ProxySelector {
        final List<URI> tried = new CopyOnWriteArrayList<>();
        volatile int deadEnd;

        @Override
        public List<Proxy> select(URI uri) {
            tried.add(uri);
            if (NetworkPolicy.isLoopbackHost(uri.getHost())) return List.of(Proxy.NO_PROXY);
            return List.of(new Proxy(Proxy.Type.HTTP, new InetSocketAddress("127.0.0.1", deadEnd)));
        }

        @Override
        public void connectFailed(URI uri, SocketAddress address, IOException failure) {}
    }
}
