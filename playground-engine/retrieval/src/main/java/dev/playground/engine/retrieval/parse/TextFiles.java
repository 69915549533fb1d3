package dev.playground.engine.retrieval.parse;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads text files as UTF-8 (falling back to Windows-1252 for legacy files) and refuses binary content. */
final class TextFiles {
    private static final int SNIFF_BYTES = 8192;

    private TextFiles() {}

    static String read(Path file) throws UnreadableFileException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnreadableFileException("the file could not be read (" + e.getMessage() + ")", e);
        }
        if (looksBinary(bytes)) {
            throw new UnreadableFileException("the file holds binary data, not text; check that it is the file you meant");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString().replace("\uFEFF", "");
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
        }
    }

    /** Text never contains NUL bytes in UTF-8 or single-byte encodings. */
    static boolean looksBinary(byte[] bytes) {
        int limit = Math.min(bytes.length, SNIFF_BYTES);
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == 0) return true;
        }
        return false;
    }
}
