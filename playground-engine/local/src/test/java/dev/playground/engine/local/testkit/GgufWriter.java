package dev.playground.engine.local.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a GGUF file (format version 3, little-endian): the header, typed metadata, the tensor directory and the
 * tensor data, each tensor starting on the alignment boundary. Only what the test kit needs: scalar and array
 * metadata of the common types, and 32-bit float tensors.
 */
public final class GgufWriter {
    private static final int ALIGNMENT = 32;
    private static final int TYPE_UINT32 = 4;
    private static final int TYPE_INT32 = 5;
    private static final int TYPE_FLOAT32 = 6;
    private static final int TYPE_BOOL = 7;
    private static final int TYPE_STRING = 8;
    private static final int TYPE_ARRAY = 9;
    private static final int GGML_TYPE_F32 = 0;

    private final Map<String, Object> metadata = new LinkedHashMap<>();
    private final List<Tensor> tensors = new ArrayList<>();

    private record Tensor(String name, long[] shape, float[] values) {}

    /** An unsigned 32-bit value. */
    public GgufWriter put(String key, int value) {
        metadata.put(key, new Uint32(value));
        return this;
    }

    public GgufWriter put(String key, float value) {
        metadata.put(key, value);
        return this;
    }

    public GgufWriter put(String key, boolean value) {
        metadata.put(key, value);
        return this;
    }

    public GgufWriter put(String key, String value) {
        metadata.put(key, value);
        return this;
    }

    public GgufWriter putStrings(String key, List<String> values) {
        metadata.put(key, new StringArray(List.copyOf(values)));
        return this;
    }

    public GgufWriter putFloats(String key, float[] values) {
        metadata.put(key, values.clone());
        return this;
    }

    public GgufWriter putInts(String key, int[] values) {
        metadata.put(key, values.clone());
        return this;
    }

    /** A float tensor; {@code shape} is in GGML order (the fastest-moving dimension first). */
    public GgufWriter tensor(String name, float[] values, long... shape) {
        long count = 1;
        for (long d : shape) count *= d;
        if (count != values.length) throw new IllegalArgumentException(name + ": " + values.length + " values for shape of " + count);
        tensors.add(new Tensor(name, shape.clone(), values));
        return this;
    }

    public void write(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Buf head = new Buf();
            head.bytes("GGUF".getBytes(StandardCharsets.US_ASCII));
            head.u32(3);
            head.u64(tensors.size());
            head.u64(metadata.size());
            metadata.forEach((key, value) -> {
                head.string(key);
                value(head, value);
            });
            long offset = 0;
            for (Tensor t : tensors) {
                head.string(t.name());
                head.u32(t.shape().length);
                for (long d : t.shape()) head.u64(d);
                head.u32(GGML_TYPE_F32);
                head.u64(offset);
                offset = align(offset + 4L * t.values().length);
            }
            head.pad();
            out.write(head.toArray());
            for (Tensor t : tensors) {
                ByteBuffer data = ByteBuffer.allocate((int) align(4L * t.values().length)).order(ByteOrder.LITTLE_ENDIAN);
                for (float v : t.values()) data.putFloat(v);
                out.write(data.array());
            }
        }
    }

    private static long align(long n) {
        return (n + ALIGNMENT - 1) / ALIGNMENT * ALIGNMENT;
    }

    private static void value(Buf b, Object value) {
        switch (value) {
            case Uint32 u -> { b.u32(TYPE_UINT32); b.u32(u.value()); }
            case Float f -> { b.u32(TYPE_FLOAT32); b.f32(f); }
            case Boolean bool -> { b.u32(TYPE_BOOL); b.u8(bool ? 1 : 0); }
            case String s -> { b.u32(TYPE_STRING); b.string(s); }
            case StringArray a -> {
                b.u32(TYPE_ARRAY); b.u32(TYPE_STRING); b.u64(a.values().size());
                a.values().forEach(b::string);
            }
            case float[] a -> {
                b.u32(TYPE_ARRAY); b.u32(TYPE_FLOAT32); b.u64(a.length);
                for (float f : a) b.f32(f);
            }
            case int[] a -> {
                b.u32(TYPE_ARRAY); b.u32(TYPE_INT32); b.u64(a.length);
                for (int i : a) b.u32(i);
            }
            default -> throw new IllegalArgumentException("No GGUF type for " + value.getClass());
        }
    }

    private record Uint32(int value) {}

    private record StringArray(List<String> values) {}

    /** A growable little-endian byte buffer. */
    private static final class Buf {
        private ByteBuffer buffer = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);

        private void room(int n) {
            if (buffer.remaining() >= n) return;
            ByteBuffer bigger = ByteBuffer.allocate(Math.max(buffer.capacity() * 2, buffer.position() + n)).order(ByteOrder.LITTLE_ENDIAN);
            buffer.flip();
            bigger.put(buffer);
            buffer = bigger;
        }

        void u8(int v) { room(1); buffer.put((byte) v); }
        void u32(int v) { room(4); buffer.putInt(v); }
        void u64(long v) { room(8); buffer.putLong(v); }
        void f32(float v) { room(4); buffer.putFloat(v); }
        void bytes(byte[] b) { room(b.length); buffer.put(b); }

        void string(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            u64(b.length);
            bytes(b);
        }

        void pad() {
            while (buffer.position() % ALIGNMENT != 0) u8(0);
        }

        byte[] toArray() {
            byte[] out = new byte[buffer.position()];
            buffer.flip();
            buffer.get(out);
            return out;
        }
    }
}
