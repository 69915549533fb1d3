package dev.playground.engine.local;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A quick look at an ONNX model file. An ONNX file is a protocol-buffers {@code ModelProto} whose first field is the
 * IR version (field 1, a small number), followed by another of the model's top-level fields; anything else is not one.
 */
public final class OnnxFile {
    /** Tags of ModelProto fields that follow the IR version: producer name/version, domain, model version, doc, graph, opsets. */
    private static final int[] NEXT_TAGS = {0x12, 0x1a, 0x22, 0x28, 0x32, 0x3a, 0x42, 0x72};

    private OnnxFile() {}

    public static boolean looksLikeOnnx(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(3);
            if (head.length < 3 || head[0] != 0x08 || head[1] < 1 || head[1] > 30) return false;
            for (int tag : NEXT_TAGS) {
                if ((head[2] & 0xff) == tag) return true;
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    /** Checks {@code path}: a {@link LocalModelException} naming it when it is missing or not an ONNX model. */
    public static void check(Path path) {
        if (!Files.isRegularFile(path)) throw LocalModelException.of("missingFile", path);
        if (!looksLikeOnnx(path)) throw LocalModelException.of("notOnnx", path);
    }
}
