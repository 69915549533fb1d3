package dev.playground.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.app.Main;
import dev.playground.engine.runlog.RunRecord;
import dev.playground.engine.runlog.RunStatus;
import dev.playground.store.LocalStore;
import dev.playground.store.RunQuery;
import dev.playground.testkit.OpenAiWireServer;
import dev.playground.testkit.ScriptedReply;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, "calls that end": the real command line in a child JVM calls a loopback server that holds its answer;
 * once the server has the request, the test sends SIGINT (what Ctrl+C sends). The process must exit 130, say so in
 * one plain line on standard error, and leave the call in the store's run log, marked cancelled.
 */
@DisabledOnOs(OS.WINDOWS) // SIGINT is sent with kill -INT
class CtrlCEndsCallsTest {
    private static final Duration SAFETY_NET = Duration.ofSeconds(60);

    @TempDir Path dir;
    private OpenAiWireServer server;
    private Path prompt;

    @BeforeEach
    void setUp() throws IOException {
        server = OpenAiWireServer.start();
        prompt = Files.writeString(dir.resolve("ask.txt"), "Explica {{tema}} en una frase.", StandardCharsets.UTF_8);
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void ctrl_c_during_run_exits_130_and_the_run_log_keeps_the_call_as_cancelled_with_its_partial_answer() throws Exception {
        // The first piece arrives, then the server holds the rest for two minutes: only Ctrl+C ends the call.
        server.enqueue(ScriptedReply.streamWithDelays(0, 120_000, "Hola ", "mundo"));
        Child child = start("run", prompt.toString(), "--var", "tema=RAG", "--base-url", server.baseUrl(), "--model", "test-model");
        assertThat(child.serverGot(server, 1)).as("the server never got the request; stderr:%n%s", child.err()).isTrue();
        child.stdoutContains("Hola").get(SAFETY_NET.toSeconds(), TimeUnit.SECONDS);

        int code = child.interrupt();

        String err = child.err();
        assertThat(code).as(err).isEqualTo(130);
        assertThat(lines(err)).as("one plain line, no stack trace").containsExactly(
                "Cancelled: the call to test-model on openai-compatible (command line) was stopped; the run log keeps it as cancelled.");
        assertThat(child.out()).startsWith("Hola");
        List<RunRecord> runs = runLog();
        assertThat(runs).singleElement().satisfies(run -> {
            assertThat(run.status()).isEqualTo(RunStatus.CANCELLED);
            assertThat(run.output()).isEqualTo("Hola ");
            assertThat(run.error()).isEqualTo("Stopped because the command was interrupted.");
            assertThat(run.model()).isEqualTo("test-model");
        });
    }

    @Test
    void ctrl_c_during_compare_ends_every_variant_and_logs_each_as_cancelled() throws Exception {
        server.enqueueFor("model-a", ScriptedReply.streamWithDelays(120_000, 0, "never"))
                .enqueueFor("model-b", ScriptedReply.streamWithDelays(120_000, 0, "never"));
        Child child = start("compare", prompt.toString(), "--var", "tema=RAG", "--base-url", server.baseUrl(),
                "--variant", "model=model-a", "--variant", "model=model-b");
        assertThat(child.serverGot(server, 2)).as("the server never got both requests; stderr:%n%s", child.err()).isTrue();

        int code = child.interrupt();

        String err = child.err();
        assertThat(code).as(err).isEqualTo(130);
        assertThat(lines(err)).containsExactly("Cancelled: 2 model calls were stopped; the run log keeps them as cancelled.");
        assertThat(child.out()).as("no partial report").isEmpty();
        assertThat(runLog()).hasSize(2).allSatisfy(run -> assertThat(run.status()).isEqualTo(RunStatus.CANCELLED))
                .extracting(RunRecord::model).containsExactlyInAnyOrder("model-a", "model-b");
    }

    @Test
    void ctrl_c_during_dataset_generate_exits_130_and_writes_nothing() throws Exception {
        java.util.Map<String, String> env = java.util.Map.of("PLAYGROUND_HOME", dir.resolve("data").toString(), "OPENAI_API_KEY", "sk-ctrl-c-test-0123456789");
        Path docs = Files.createDirectories(dir.resolve("docs"));
        for (String topic : List.of("bees", "chess", "tea")) {
            Files.writeString(docs.resolve(topic + ".md"), "# " + topic + "\n\nA passage about " + topic + " that is long enough to be asked about,"
                    + " with a fact or two that a question could check.\n", StandardCharsets.UTF_8);
        }
        assertThat(CliRun.of(env, "index", docs.toString(), "--collection", "handbook", "--quiet").exitCode()).isZero();
        assertThat(CliRun.of(env, "connections", "add", "Loop", "--provider", "openai-compatible", "--base-url", server.baseUrl(),
                "--api-key-env", "OPENAI_API_KEY", "--model", "test-model").exitCode()).isZero();
        // The passage about bees is answered at once; the other two are held until Ctrl+C.
        server.respondWith(body -> body.toString().contains("about bees")
                ? ScriptedReply.stream("{\"question\": \"Q?\", \"expected_facts\": [\"F\"]}")
                : ScriptedReply.streamWithDelays(120_000, 0, "never"));
        Path output = dir.resolve("generated.jsonl");
        Child child = start("dataset", "generate", "--collection", "handbook", "--connection", "Loop", "--output", output.toString(), "--dataset", "qa");
        assertThat(child.serverGot(server, 3)).as("the server never got the three requests; stderr:%n%s", child.err()).isTrue();

        int code = child.interrupt();

        String err = child.err();
        assertThat(code).as(err).isEqualTo(130);
        // Two calls are held; the answered one may still be finishing in the child when the signal comes.
        assertThat(lines(err)).last().asString().matches("Cancelled: [23] model calls were stopped; the run log keeps them as cancelled\\.");
        assertThat(output).doesNotExist();
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).noneMatch(name -> name.contains("generated"));
        try (LocalStore store = LocalStore.open(dir.resolve("data"))) {
            assertThat(store.datasets().latest("qa")).isEmpty();
        }
    }

    private List<RunRecord> runLog() {
        try (LocalStore store = LocalStore.open(dir.resolve("data"))) {
            return store.runs().find(RunQuery.latest(10));
        }
    }

    /** The lines of standard error that are not the JVM's own warnings (a JDK may warn about native access). */
    private static List<String> lines(String err) {
        return err.lines().filter(l -> !l.isBlank() && !l.startsWith("WARNING:")).toList();
    }

    private Child start(String... args) throws IOException {
        List<String> command = new ArrayList<>(restoreInterrupt());
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-Duser.home=" + dir, "-Djava.io.tmpdir=" + dir,
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path errors = dir.resolve("stderr-" + System.nanoTime() + ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(errors.toFile());
        builder.environment().put("PLAYGROUND_HOME", dir.resolve("data").toString());
        builder.environment().put("OPENAI_API_KEY", "sk-ctrl-c-test-0123456789");
        builder.environment().remove("PLAYGROUND_DEBUG");
        return new Child(builder.start(), errors);
    }

    /**
     * A process started as a background job of a shell without job control (a build run with {@code &}) ignores
     * SIGINT, and its children inherit that: the JVM then keeps it ignored and Ctrl+C could never reach the command.
     * A terminal user's Ctrl+C always arrives, so the child is started with SIGINT back to its default when this
     * test's own JVM ignores it (GNU env's --default-signal; Linux tells which signals are ignored in /proc).
     */
    private static List<String> restoreInterrupt() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) return List.of();
        long ignored = Files.readAllLines(status).stream().filter(l -> l.startsWith("SigIgn:"))
                .map(l -> Long.parseUnsignedLong(l.substring("SigIgn:".length()).strip(), 16)).findFirst().orElse(0L);
        boolean interruptIgnored = (ignored & (1L << (2 - 1))) != 0; // SIGINT is signal 2
        if (!interruptIgnored) return List.of();
        org.junit.jupiter.api.Assumptions.assumeTrue(supportsDefaultSignal(),
                "SIGINT is ignored in this JVM (started as a background job) and this env cannot restore it for the child");
        return List.of("env", "--default-signal=INT");
    }

    private static boolean supportsDefaultSignal() {
        try {
            Process probe = new ProcessBuilder("env", "--default-signal=INT", "true").redirectErrorStream(true).start();
            probe.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            return probe.waitFor(SAFETY_NET.toSeconds(), TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The child process, its standard output read as it comes, its standard error in a file. */
    private static final class Child {
        private final Process process;
        private final Path errors;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final List<CompletableFuture<Void>> waiting = new ArrayList<>();
        private final List<String> waitingFor = new ArrayList<>();

        Child(Process process, Path errors) {
            this.process = process;
            this.errors = errors;
            Thread reader = new Thread(this::read, "child-stdout");
            reader.setDaemon(true);
            reader.start();
        }

        private void read() {
            try (InputStream in = process.getInputStream()) {
                byte[] buffer = new byte[1024];
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    synchronized (this) {
                        out.write(buffer, 0, n);
                        check();
                    }
                }
            } catch (IOException e) {
                // The child ended; what it printed is kept.
            }
            synchronized (this) {
                waiting.forEach(f -> f.completeExceptionally(new AssertionError("the child ended before printing that: " + err())));
            }
        }

        private void check() {
            String text = out.toString(StandardCharsets.UTF_8);
            for (int i = waiting.size() - 1; i >= 0; i--) {
                if (text.contains(waitingFor.get(i))) {
                    waiting.remove(i).complete(null);
                    waitingFor.remove(i);
                }
            }
        }

        /** Waits until {@code server} has {@code requests} requests (true), or the child ended first (false). */
        boolean serverGot(OpenAiWireServer server, int requests) throws Exception {
            CompletableFuture<Boolean> arrived = CompletableFuture.supplyAsync(() -> {
                try {
                    return server.awaitRequests(requests, SAFETY_NET);
                } catch (InterruptedException e) {
                    return false;
                }
            });
            CompletableFuture.anyOf(arrived, process.onExit()).get(SAFETY_NET.toSeconds() + 5, TimeUnit.SECONDS);
            return arrived.getNow(false) || server.requests().size() >= requests;
        }

        /** Completes when standard output shows {@code text}. */
        synchronized CompletableFuture<Void> stdoutContains(String text) {
            CompletableFuture<Void> found = new CompletableFuture<>();
            waiting.add(found);
            waitingFor.add(text);
            check();
            return found;
        }

        synchronized String out() {
            return out.toString(StandardCharsets.UTF_8);
        }

        String err() {
            try {
                return Files.exists(errors) ? Files.readString(errors, StandardCharsets.UTF_8) : "";
            } catch (IOException e) {
                return "(standard error unreadable: " + e.getMessage() + ")";
            }
        }

        /** Sends SIGINT, as Ctrl+C in a terminal does, and returns the exit code. */
        int interrupt() throws Exception {
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start();
            assertThat(kill.waitFor(SAFETY_NET.toSeconds(), TimeUnit.SECONDS)).isTrue();
            if (!process.waitFor(SAFETY_NET.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the child did not end after SIGINT; stderr:\n" + err());
            }
            return process.exitValue();
        }
    }
}
