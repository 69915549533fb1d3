package dev.playground.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.File;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;

/**
 * Loads, without initialising, every class of the jars that make the window (our UI and the JavaFX libraries under
 * it), so that a training run on a machine with no display still puts them in the window's start-up cache. Loading
 * runs no static initialiser: no toolkit starts and nothing native is touched.
 */
final class WindowClasses {
    private static final Pattern WINDOW_JARS = Pattern.compile(
            "(ui|javafx-(base|graphics|controls|fxml)|richtextfx|flowless|reactfx|undofx|wellbehavedfx|atlantafx-base|ikonli-[a-z-]+)-[0-9].*\\.jar");

    private WindowClasses() {}

    static int load() {
        int loaded = 0;
        ClassLoader loader = WindowClasses.class.getClassLoader();
        for (String entry : List.of(System.getProperty("java.class.path").split(File.pathSeparator))) {
            File jar = new File(entry);
            if (!WINDOW_JARS.matcher(jar.getName()).matches()) continue;
            try (JarFile file = new JarFile(jar)) {
                for (JarEntry item : file.stream().toList()) {
                    String name = item.getName();
                    if (!name.endsWith(".class") || name.startsWith("META-INF/") || name.endsWith("module-info.class")) continue;
                    try {
                        Class.forName(name.substring(0, name.length() - 6).replace('/', '.'), false, loader);
                        loaded++;
                    } catch (ClassNotFoundException | LinkageError skipped) {
                        // A class for another platform or an optional library: the window never loads it either.
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return loaded;
    }
}
