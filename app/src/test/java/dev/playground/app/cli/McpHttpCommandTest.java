package dev.playground.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import dev.playground.testkit.McpHttpToolServer;
import dev.playground.testkit.OpenAiWireServer;
import dev.playground.testkit.ScriptedReply;
import dev.playground.testkit.ScriptedReply.Call;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * {@code run --mcp} against an MCP server over streamable HTTP (the test kit's, on loopback) whose token header was
 * given to {@code mcp add --headers-stdin}: the calls are served, the token reaches the server and appears in no
 * output, error or log line of the app (every logger at DEBUG while the commands run; the test server's own are left out).
 */
class McpHttpCommandTest {
    private static final String SECRET = "mcp-cli-secret-9b27e0c4";
    private static final String WRONG = "mcp-cli-wrong-5a8d11f3";

    @TempDir Path dir;
    private McpHttpToolServer mcpServer;
    private OpenAiWireServer model;
    private Path prompt;
    private Map<String, String> env;
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private Logger root;
    private Level rootLevel;
    private Logger jetty;

    @BeforeEach
    void setUp() throws Exception {
        mcpServer = McpHttpToolServer.start("Bearer " + SECRET);
        model = OpenAiWireServer.start();
        prompt = Files.writeString(dir.resolve("travel.prompt.yaml"), """
                name: travel
                messages:
                  - {role: user, content: "Weather and time in {{city}}?"}
                """, StandardCharsets.UTF_8);
        env = Map.of("PLAYGROUND_HOME", dir.resolve("data").toString(), "OPENAI_API_KEY", "sk-tools-test-0123456789abcdef");
        root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        rootLevel = root.getLevel();
        root.setLevel(Level.DEBUG);
        // The test kit's server (Jetty, the SDK's server side) runs in this JVM too: its own logs are not the app's.
        jetty = (Logger) LoggerFactory.getLogger("org.eclipse.jetty");
        jetty.setLevel(Level.INFO);
        logged.start();
        root.addAppender(logged);
    }

    @AfterEach
    void tearDown() {
        root.detachAppender(logged);
        root.setLevel(rootLevel);
        jetty.setLevel(null);
        model.close();
        mcpServer.close();
    }

    private String everythingLogged() {
        StringBuilder text = new StringBuilder();
        for (ILoggingEvent event : logged.list) {
            if (event.getLoggerName().startsWith("io.modelcontextprotocol.server")) continue;
            text.append(event.getFormattedMessage()).append('\n');
            if (event.getThrowableProxy() != null) text.append(ThrowableProxyUtil.asString(event.getThrowableProxy())).append('\n');
        }
        return text.toString();
    }

    @Test
    void run_serves_the_tool_calls_from_the_http_server_and_the_token_shows_nowhere() {
        CliRun add = CliRun.withInput("Authorization: Bearer " + SECRET + "\n", env, "mcp", "add", "web", "--url", mcpServer.url(), "--headers-stdin");
        assertThat(add.exitCode()).as(add.err()).isZero();
        assertThat(add.out()).contains("Saved MCP server 'web' (http, " + mcpServer.url() + "; 1 header in the keychain)");
        CliRun list = CliRun.of(env, "mcp", "list");
        assertThat(list.out()).contains("web  ").contains("Authorization");
        model.enqueue(ScriptedReply.toolCalls(new Call("call_1", "get_weather", "{\"city\":\"Lima\"}"),
                new Call("call_2", "get_time", "{\"zone\":\"America/Lima\"}")));
        model.enqueue(ScriptedReply.stream("Clear, 19 °C at 09:15."));

        CliRun run = CliRun.of(env, "run", prompt.toString(), "--var", "city=Lima", "--base-url", model.baseUrl(), "--model", "m", "--mcp", "web");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().strip()).isEqualTo("Clear, 19 °C at 09:15.");
        assertThat(run.err()).contains("tool get_weather {\"city\":\"Lima\"} -> {\"city\":\"Lima\",\"tempC\":19,\"sky\":\"clear\"} (mcp:web)")
                .contains("tool get_time {\"zone\":\"America/Lima\"} -> 09:15 in America/Lima (mcp:web)");
        assertThat(mcpServer.authorizations()).isNotEmpty().containsOnly("Bearer " + SECRET);
        assertThat(model.requests().getFirst().body().path("tools").toString()).contains("get_weather", "get_time");
        Stream.of(add.out(), add.err(), list.out(), list.err(), run.out(), run.err(), everythingLogged())
                .forEach(text -> assertThat(text).doesNotContain(SECRET));
        assertThat(logged.list).as("the MCP client logged while it ran, so the check above saw something").isNotEmpty();
    }

    @Test
    void a_refused_token_ends_the_run_with_exit_1_and_says_what_to_check_without_the_token() {
        assertThat(CliRun.withInput("Authorization: Bearer " + WRONG + "\n", env, "mcp", "add", "web", "--url", mcpServer.url(), "--headers-stdin")
                .exitCode()).isZero();

        CliRun run = CliRun.of(env, "run", prompt.toString(), "--var", "city=Lima", "--base-url", model.baseUrl(), "--model", "m", "--mcp", "web");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("did not answer the MCP handshake").contains("headers");
        assertThat(mcpServer.authorizations()).contains("Bearer " + WRONG);
        assertThat(model.requests()).as("no model call without the tools").isEmpty();
        Stream.of(run.out(), run.err(), everythingLogged()).forEach(text -> assertThat(text).doesNotContain(WRONG));
    }
}
