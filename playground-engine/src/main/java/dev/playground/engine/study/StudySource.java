package dev.playground.engine.study;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** Where the study files come from: the class path in the product, a test's own folder in the lint's tests. */
@FunctionalInterface
public interface StudySource {

    /** The bytes of a file given by its path under the study root, or empty when there is no such file. */
    Optional<byte[]> read(String path) throws IOException;

    /** How a path is named in messages. */
    default String describe(String path) {
        return path;
    }

    static StudySource classPath(ClassLoader loader, String root) {
        return new StudySource() {
            @Override
            public Optional<byte[]> read(String path) throws IOException {
                try (InputStream in = loader.getResourceAsStream(root + "/" + path)) {
                    return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
                }
            }

            @Override
            public String describe(String path) {
                return root + "/" + path;
            }
        };
    }
}
