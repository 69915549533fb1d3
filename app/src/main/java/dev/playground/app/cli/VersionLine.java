package dev.playground.app.cli;

/**
 * The version line, and {@code playground --version} answered without picocli: {@code Main} asks this class
 * first, so the answer loads no command, no store and no logging (docs/decisions/0005).
 */
public final class VersionLine {
    private VersionLine() {}

    static String text() {
        String version = VersionLine.class.getPackage().getImplementationVersion();
        return "Prompt Playground " + (version == null ? "development build" : version);
    }

    /** Prints the version and returns true when the arguments are just {@code --version} or {@code -V}. */
    public static boolean printIfAsked(String[] args) {
        if (args.length != 1 || !(args[0].equals("--version") || args[0].equals("-V"))) return false;
        System.out.println(text());
        return true;
    }
}
