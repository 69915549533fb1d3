package dev.playground.engine.local;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * What the header of a GGUF file says, read without llama.cpp: the format version, the architecture, the model's
 * name, its training context, whether it carries a chat template, and how many tensors it has. Reading it first lets
 * a file that is not a model be refused with a message that names it, before the native library sees it.
 */
public record GgufFile(Path path, long sizeBytes, int version, long tensorCount, String architecture, String name,
                       long contextLength, boolean hasChatTemplate, int vocabularySize) {
    private static final int MAGIC = 0x46554747; // "GGUF" read little-endian
    private static final int MAX_STRING = 64 << 20;

    /** Reads the header of {@code path}; throws {@link LocalModelException} with a message that names the file. */
    public static GgufFile read(Path path) {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            Reader in = new Reader(channel);
            if (channel.size() < 24 || in.u32() != MAGIC) throw LocalModelException.of("notGguf", path);
            int version = in.u32();
            if (version < 2 || version > 3) throw LocalModelException.of("badVersion", path, version);
            long tensors = in.u64();
            long kvCount = in.u64();
            Map<String, Object> meta = new HashMap<>();
            for (long i = 0; i < kvCount; i++) {
                String key = in.string();
                int type = in.u32();
                meta.put(key, in.value(type));
            }
            String arch = String.valueOf(meta.getOrDefault("general.architecture", ""));
            String name = String.valueOf(meta.getOrDefault("general.name", ""));
            long context = meta.get(arch + ".context_length") instanceof Number n ? n.longValue() : 0;
            int vocab = meta.get("tokenizer.ggml.tokens") instanceof Integer n ? n : 0;
            return new GgufFile(path, channel.size(), version, tensors, arch, name, context,
                    meta.containsKey("tokenizer.chat_template"), vocab);
        } catch (NoSuchFileException e) {
            throw LocalModelException.of("missingFile", path);
        } catch (EOFException e) {
            throw LocalModelException.of("truncated", path);
        } catch (IOException e) {
            throw LocalModelException.of("unreadable", path, String.valueOf(e.getMessage()));
        }
    }

    /** Whether {@code path} starts with the GGUF signature (a quick look; {@link #read} checks more). */
    public static boolean looksLikeGguf(Path path) {
        try (var in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && new String(head, StandardCharsets.US_ASCII).equals("GGUF");
        } catch (IOException e) {
            return false;
        }
    }

    /** The model's name from its metadata, else the file name without extension. */
    public String displayName() {
        return name.isBlank() ? baseName(path) : name;
    }

    /** "qwen2.5-0.5b-instruct-q4_k_m.gguf" gives "qwen2.5-0.5b-instruct-q4_k_m". */
    public static String baseName(Path path) {
        String file = path.getFileName().toString();
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    /** Sequential little-endian reads from a channel, through a small buffer. */
    private static final class Reader {
        private final FileChannel channel;
        private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);

        Reader(FileChannel channel) {
            this.channel = channel;
            buffer.limit(0);
        }

        private void need(int n) throws IOException {
            if (buffer.remaining() >= n) return;
            buffer.compact();
            while (buffer.position() < n) {
                if (channel.read(buffer) < 0) throw new EOFException();
            }
            buffer.flip();
        }

        int u32() throws IOException {
            need(4);
            return buffer.getInt();
        }

        long u64() throws IOException {
            need(8);
            return buffer.getLong();
        }

        String string() throws IOException {
            long length = u64();
            if (length < 0 || length > MAX_STRING) throw new EOFException();
            byte[] bytes = new byte[(int) length];
            int done = 0;
            while (done < bytes.length) {
                need(1);
                int n = Math.min(buffer.remaining(), bytes.length - done);
                buffer.get(bytes, done, n);
                done += n;
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }

        /** Reads one value; arrays are skipped and stand for their length. */
        Object value(int type) throws IOException {
            return switch (type) {
                case 0, 1, 7 -> { need(1); yield (int) buffer.get(); }
                case 2, 3 -> { need(2); yield (int) buffer.getShort(); }
                case 4 -> Integer.toUnsignedLong(u32());
                case 5 -> (long) u32();
                case 6 -> { need(4); yield buffer.getFloat(); }
                case 8 -> string();
                case 9 -> {
                    int itemType = u32();
                    long count = u64();
                    if (count < 0 || count > Integer.MAX_VALUE) throw new EOFException();
                    for (long i = 0; i < count; i++) value(itemType);
                    yield (int) count;
                }
                case 10, 11 -> u64();
                case 12 -> { need(8); yield buffer.getDouble(); }
                default -> throw new EOFException();
            };
        }
    }
}
