package dev.playground.engine.bundle;

/** Names shared by the bundle writer and reader. */
public final class BundleFormat {
    /** Bumped when a reader of the previous version would misread a file; readers refuse newer ones. */
    public static final int FORMAT_VERSION = 1;
    public static final String FILE_SUFFIX = ".prompt.yaml";
    public static final String PROMPTS_FOLDER = "prompts";
    /** Extra sections with a meaning of their own. */
    public static final String JUDGE = "judge";
    public static final String SCORES = "scores";

    private BundleFormat() {}
}
