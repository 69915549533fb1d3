package dev.playground.app.cli;

import dev.playground.engine.local.GgufFile;
import dev.playground.engine.local.LocalModelException;
import dev.playground.engine.local.MemoryCheck;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks a model file named on the command line: it exists, it is a GGUF model; warns when it needs more memory than is free. */
final class LocalModelFiles {
    private LocalModelFiles() {}

    /** The file's header; a {@link BadInputException} (exit 2) naming the file when it is not a usable model. */
    static GgufFile check(String file, PrintWriter err) {
        if (file == null || file.isBlank()) {
            throw new BadInputException("A local connection needs the model file: --model FILE (a .gguf chat model).");
        }
        Path path = Path.of(file).toAbsolutePath().normalize();
        if (!Files.isRegularFile(path)) throw new BadInputException("The model file " + path + " does not exist.");
        GgufFile header;
        try {
            header = GgufFile.read(path);
        } catch (LocalModelException e) {
            throw new BadInputException(e.getMessage());
        }
        MemoryCheck.system().warning(path, header.sizeBytes()).ifPresent(w -> err.println("Warning: " + w));
        return header;
    }
}
