package dev.playground.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.store.Draft;
import dev.playground.store.LocalStore;
import dev.playground.store.PromptVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The crash kit: a child JVM writes in a loop and is killed with SIGKILL at random moments, some
 * of them while it creates a new store (its first migration). After every kill the store must open
 * and hold every write the child acknowledged, with the right content.
 */
class CrashKitTest {
    private static final int KILLS_IN_USE = 38;
    private static final int KILLS_WHILE_CREATING = 12;

    /** How long a child may take to print what the test waits for: a guard against a hung child, not a target. */
    private static final long CHILD_PATIENCE_SECONDS = 180;

    @TempDir Path dir;
    /** Every random choice comes from this seed; a failure names it, and {@code -DcrashKit.seed=N} replays those choices. */
    private final long seed = Long.getLong("crashKit.seed", System.nanoTime());
    private final Random random = new Random(seed);

    /** What the children acknowledged in one data folder, across all their lives. */
    private static final class Acknowledged {
        final Map<Integer, String> versions = new HashMap<>();
        int alias;
        String draft;
        int draftSeq;
    }

    @Test
    void every_acknowledged_write_survives_kill_minus_nine() throws Exception {
        System.out.println("crash kit seed: " + seed + " (replay with -DcrashKit.seed=" + seed + ")");
        try {
            runKit();
        } catch (AssertionError | Exception e) {
            throw new AssertionError("crash kit failed with seed " + seed + " (replay with -DcrashKit.seed=" + seed
                    + "): " + e.getMessage() + "\nLast lines the children wrote to standard error:\n" + childErrors()
                    + "\n" + keptForStudy(), e);
        }
    }

    private void runKit() throws Exception {
        Path data = dir.resolve("data");
        Acknowledged acked = new Acknowledged();
        int acks = 0;
        int killsBeforeOpen = 0;
        long openMillis = 1000;
        int livesPastFirstWrite = 0;
        for (int kill = 1; kill <= KILLS_IN_USE; kill++) {
            // Mostly while writing; now and then while an existing store opens. Every third life is killed only
            // after its first acknowledged save, so the kit checks real writes even where a durable commit is slow.
            boolean whileOpening = kill % 8 == 0;
            boolean pastFirstWrite = !whileOpening && kill % 3 == 0;
            if (pastFirstWrite) livesPastFirstWrite++;
            String after = whileOpening ? "opening" : pastFirstWrite ? "version" : "opened";
            Life life = live(data, "r" + kill, after, whileOpening ? random.nextLong(openMillis) : random.nextInt(400));
            if (life.openMillis > 0 && kill == 1) openMillis = Math.max(200, life.openMillis);
            acks += record(life.lines, acked, kill);
            if (!life.opened) killsBeforeOpen++;
            keepAsKilled(data);
            verify(data, acked);
        }
        for (int kill = 1; kill <= KILLS_WHILE_CREATING; kill++) {
            // A new data folder: killed while the store is created and its schema migrated for the first time.
            Path fresh = dir.resolve("fresh-" + kill);
            Acknowledged freshAcked = new Acknowledged();
            // The first is killed as soon as it says it is opening: creating a store takes far longer than delivering
            // a signal, on any machine, so at least one kill lands inside the first migration whatever the speed.
            long millis = kill == 1 ? 0 : random.nextLong(openMillis * 2);
            Life life = live(fresh, "f" + kill, "opening", millis);
            acks += record(life.lines, freshAcked, kill);
            if (!life.opened) killsBeforeOpen++;
            keepAsKilled(fresh);
            verify(fresh, freshAcked);
        }
        String figures = String.format("crash kit: %d kills (%d before the store was open, %d of them creating a new store), "
                + "%d acknowledged writes, lost: 0", KILLS_IN_USE + KILLS_WHILE_CREATING, killsBeforeOpen, KILLS_WHILE_CREATING, acks);
        LoggerFactory.getLogger(CrashKitTest.class).info(figures);
        System.out.println(figures);
        assertThat(killsBeforeOpen).as("some kills must land while a store is being created or opened").isPositive();
        assertThat(acks).as("the children must have written something").isGreaterThanOrEqualTo(livesPastFirstWrite);
    }

    /** The store file exactly as the last kill left it, before the test's open changes it: kept when the kit fails. */
    private void keepAsKilled(Path data) throws IOException {
        Path file = data.resolve(LocalStore.DATABASE_NAME + ".mv.db");
        Path copy = dir.resolve("as-killed.mv.db");
        if (java.nio.file.Files.exists(file)) {
            java.nio.file.Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } else {
            java.nio.file.Files.deleteIfExists(copy);
        }
    }

    /** Copies the file the failing check opened to target/ (the temporary folder goes) and lists its chunks. */
    private String keptForStudy() {
        try {
            Path copy = dir.resolve("as-killed.mv.db");
            if (!java.nio.file.Files.exists(copy)) return "(no store file to keep)";
            Path kept = Path.of("target", "crash-kit-seed-" + seed + ".mv.db").toAbsolutePath();
            java.nio.file.Files.createDirectories(kept.getParent());
            java.nio.file.Files.copy(copy, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            java.io.StringWriter chunks = new java.io.StringWriter();
            org.h2.mvstore.MVStoreTool.info(kept.toString(), chunks);
            return "The store file as the kill left it is kept in " + kept + ":\n" + chunks;
        } catch (IOException | RuntimeException e) {
            return "(could not keep the store file: " + e + ")";
        }
    }

    private String childErrors() {
        try {
            List<String> lines = java.nio.file.Files.readAllLines(dir.resolve("children.err"), StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(none)";
        }
    }

    private record Life(List<String> lines, boolean opened, long openMillis) {}

    /** Starts a child, waits for {@code after} to be printed, then {@code millis} more, and kills it. */
    private Life live(Path data, String run, String after, long millis) throws Exception {
        Process child = ChildJvm.start(dir.resolve("children.err"), CrashWorker.class, data.toString(), run);
        List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.BlockingQueue<String> seen = new java.util.concurrent.LinkedBlockingQueue<>();
        Thread reader = Thread.ofVirtual().start(() -> readLines(child, lines, seen));
        long openingAt = 0;
        long openedAt = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(CHILD_PATIENCE_SECONDS);
        for (String line; (line = seen.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) != null; ) {
            if (line.equals("opening")) openingAt = System.nanoTime();
            if (line.equals("opened")) openedAt = System.nanoTime();
            if (line.equals(after) || line.startsWith(after + " ")) break;
        }
        assertThat(lines).as("the child never printed " + after).anyMatch(l -> l.equals(after) || l.startsWith(after + " "));
        Thread.sleep(millis);
        child.destroyForcibly(); // SIGKILL on Linux and macOS
        assertThat(child.waitFor(CHILD_PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();
        reader.join(TimeUnit.SECONDS.toMillis(CHILD_PATIENCE_SECONDS));
        long open = openedAt > 0 ? TimeUnit.NANOSECONDS.toMillis(openedAt - openingAt) : 0;
        return new Life(List.copyOf(lines), lines.contains("opened"), open);
    }

    /** Only complete lines count: a line cut by the kill was never acknowledged in full. */
    private static void readLines(Process child, List<String> lines, java.util.concurrent.BlockingQueue<String> seen) {
        try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            StringBuilder line = new StringBuilder();
            for (int c; (c = in.read()) != -1; ) {
                if (c != '\n') {
                    line.append((char) c);
                    continue;
                }
                lines.add(line.toString());
                seen.add(line.toString());
                line.setLength(0);
            }
        } catch (IOException e) {
            // the child died: what was read so far is all there is
        }
    }

    private static int record(List<String> lines, Acknowledged acked, int life) {
        int count = 0;
        for (String line : lines) {
            String[] parts = line.split(" ", 3);
            switch (parts[0]) {
                case "version" -> acked.versions.put(Integer.parseInt(parts[1]), parts[2]);
                case "alias" -> acked.alias = Integer.parseInt(parts[1]);
                case "draft" -> {
                    acked.draft = line.substring("draft ".length());
                    acked.draftSeq = life;
                }
                default -> {
                    continue;
                }
            }
            count++;
        }
        return count;
    }

    private static void verify(Path data, Acknowledged acked) {
        try (LocalStore store = LocalStore.open(data)) {
            if (acked.versions.isEmpty()) return;
            List<PromptVersion> versions = store.prompts().versions(CrashWorker.PROMPT);
            Map<Integer, PromptVersion> byNumber = new HashMap<>();
            for (PromptVersion v : versions) byNumber.put(v.version(), v);
            List<String> lost = new ArrayList<>();
            acked.versions.forEach((number, text) -> {
                PromptVersion v = byNumber.get(number);
                if (v == null || !v.document().equals(CrashWorker.document(text))) lost.add("version " + number + " " + text);
            });
            assertThat(lost).as("acknowledged versions missing or changed").isEmpty();
            if (acked.alias > 0) {
                Optional<Integer> alias = store.aliases().resolve(CrashWorker.PROMPT, CrashWorker.ALIAS);
                assertThat(alias).as("acknowledged alias").isPresent();
                assertThat(alias.get()).isGreaterThanOrEqualTo(acked.alias);
            }
            if (acked.draft != null) {
                Optional<Draft> draft = store.drafts().load(CrashWorker.DRAFT);
                assertThat(draft).as("acknowledged draft").isPresent();
                // The draft may be newer than the last acknowledgement (written, then killed before printing).
                String text = draft.get().document().template().messages().getLast().template();
                assertThat(text.equals(acked.draft) || isLater(text, acked.draft, byNumber)).as(text + " vs " + acked.draft).isTrue();
            }
        }
    }

    /** A draft written after the acknowledged one belongs to a version saved after it. */
    private static boolean isLater(String draft, String acked, Map<Integer, PromptVersion> versions) {
        String text = draft.substring("draft ".length());
        String ackedText = acked.substring("draft ".length());
        int draftVersion = -1;
        int ackedVersion = -1;
        for (PromptVersion v : versions.values()) {
            String saved = v.document().template().messages().getLast().template();
            if (saved.equals(text)) draftVersion = v.version();
            if (saved.equals(ackedText)) ackedVersion = v.version();
        }
        return draftVersion > ackedVersion && ackedVersion > 0;
    }
}
