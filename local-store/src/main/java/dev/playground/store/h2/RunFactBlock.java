package dev.playground.store.h2;

import dev.playground.engine.monitor.CallFacts;
import dev.playground.engine.runlog.ErrorKind;
import dev.playground.engine.runlog.RunStatus;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A block of run_facts rows packed column by column (V50's run_fact_blocks): layout version, row count, a
 * dictionary of the names (models, connections, prompts, aliases), then each column for every row. The run ids
 * are packed apart and read only when feedback has to be matched to rows. Blocks are written once, never changed.
 */
final class RunFactBlock {
    static final int LAYOUT = 1;
    private static final RunStatus[] STATUSES = RunStatus.values();
    private static final ErrorKind[] KINDS = ErrorKind.values();

    private RunFactBlock() {}

    /** The feedback of one run, merged into its facts as they are read. */
    record Feedback(int thumbs, int rating, double judgeScore) {}

    static byte[] packFacts(List<CallFacts> rows) {
        Map<String, Integer> dictionary = new HashMap<>();
        List<String> names = new ArrayList<>();
        int n = rows.size();
        int[][] refs = new int[4][n];
        for (int i = 0; i < n; i++) {
            CallFacts r = rows.get(i);
            String[] values = {r.model(), r.connection(), r.prompt(), r.alias()};
            for (int c = 0; c < 4; c++) {
                refs[c][i] = dictionary.computeIfAbsent(values[c], v -> {
                    names.add(v);
                    return names.size() - 1;
                });
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * n + 1024);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(LAYOUT);
            out.writeInt(n);
            out.writeInt(names.size());
            for (String name : names) out.writeUTF(name);
            for (CallFacts r : rows) out.writeLong(r.startedAtMillis());
            for (int[] column : refs) for (int ref : column) out.writeInt(ref);
            for (CallFacts r : rows) out.writeInt(r.version());
            for (CallFacts r : rows) out.writeByte(r.status().ordinal());
            for (CallFacts r : rows) out.writeByte(r.errorKind() == null ? -1 : r.errorKind().ordinal());
            for (CallFacts r : rows) out.writeInt(r.attempts());
            for (CallFacts r : rows) out.writeInt(r.tokensIn());
            for (CallFacts r : rows) out.writeInt(r.tokensOut());
            for (CallFacts r : rows) out.writeLong(r.latencyMicros());
            for (CallFacts r : rows) out.writeLong(r.ttftMicros());
            for (CallFacts r : rows) out.writeDouble(r.cost());
            for (CallFacts r : rows) out.writeInt(r.inputChars());
            for (CallFacts r : rows) out.writeInt(r.outputChars());
            for (CallFacts r : rows) out.writeBoolean(r.refused());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] packIds(List<CallFacts> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(40 * rows.size());
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            for (CallFacts r : rows) out.writeUTF(r.id());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Reads the ids back (in row order). */
    static String[] unpackIds(byte[] packed, int n) {
        String[] ids = new String[n];
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(packed))) {
            for (int i = 0; i < n; i++) ids[i] = in.readUTF();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ids;
    }

    /**
     * Hands the rows started in [{@code from}, {@code to}) (epoch milliseconds) to {@code sink}, with their feedback
     * when {@code ids} are given (null: no feedback to match, and the facts carry an empty id).
     */
    static void unpack(byte[] packed, String[] ids, Map<String, Feedback> feedback, long from, long to, Consumer<CallFacts> sink) {
        ByteBuffer in = ByteBuffer.wrap(packed);
        if (in.getInt() != LAYOUT) throw new IllegalStateException("This block was packed by a newer version of the app.");
        int n = in.getInt();
        String[] names = names(in);
        long[] at = new long[n];
        for (int i = 0; i < n; i++) at[i] = in.getLong();
        int[][] refs = new int[4][n];
        for (int[] column : refs) for (int i = 0; i < n; i++) column[i] = in.getInt();
        int[] version = ints(in, n);
        byte[] status = bytes(in, n);
        byte[] kind = bytes(in, n);
        int[] attempts = ints(in, n);
        int[] tokensIn = ints(in, n);
        int[] tokensOut = ints(in, n);
        long[] latency = longs(in, n);
        long[] ttft = longs(in, n);
        double[] cost = new double[n];
        for (int i = 0; i < n; i++) cost[i] = in.getDouble();
        int[] inputChars = ints(in, n);
        int[] outputChars = ints(in, n);
        byte[] refused = bytes(in, n);
        for (int i = 0; i < n; i++) {
            if (at[i] < from || at[i] >= to) continue;
            String id = ids == null ? "" : ids[i];
            Feedback given = ids == null ? null : feedback.get(id);
            sink.accept(new CallFacts(id, at[i], names[refs[0][i]], names[refs[1][i]], names[refs[2][i]], version[i], names[refs[3][i]],
                    STATUSES[status[i]], kind[i] < 0 ? null : KINDS[kind[i]], attempts[i], tokensIn[i], tokensOut[i], latency[i], ttft[i],
                    cost[i], inputChars[i], outputChars[i], refused[i] != 0, given == null ? 0 : given.thumbs(),
                    given == null ? 0 : given.rating(), given == null ? Double.NaN : given.judgeScore()));
        }
    }

    private static String[] names(ByteBuffer in) {
        int count = in.getInt();
        String[] names = new String[count];
        for (int i = 0; i < count; i++) {
            int length = Short.toUnsignedInt(in.getShort());
            byte[] utf = new byte[length];
            in.get(utf);
            try {
                // Modified UTF-8 as DataOutputStream wrote it: read it back the same way.
                ByteArrayOutputStream framed = new ByteArrayOutputStream(length + 2);
                framed.write(length >>> 8);
                framed.write(length & 0xFF);
                framed.write(utf);
                names[i] = new DataInputStream(new java.io.ByteArrayInputStream(framed.toByteArray())).readUTF();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return names;
    }

    private static int[] ints(ByteBuffer in, int n) {
        int[] values = new int[n];
        for (int i = 0; i < n; i++) values[i] = in.getInt();
        return values;
    }

    private static long[] longs(ByteBuffer in, int n) {
        long[] values = new long[n];
        for (int i = 0; i < n; i++) values[i] = in.getLong();
        return values;
    }

    private static byte[] bytes(ByteBuffer in, int n) {
        byte[] values = new byte[n];
        in.get(values);
        return values;
    }
}
