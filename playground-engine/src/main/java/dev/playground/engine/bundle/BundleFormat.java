package dev.playground.engine.bundle;

/** Names shared by the bundle writer and reader. */
public final class BundleFormat {
    /** Bumped when a reader of the previous version would misread a bundle; readers refuse newer ones. 2: suites/ (decision 0082). */
    public static final int FORMAT_VERSION = 2;
    public static final String FILE_SUFFIX = ".prompt.yaml";
    public static final String PROMPTS_FOLDER = "prompts";
    /** Evaluation suites, {@code suites/NAME.suite.yaml} (format 2). */
    public static final String SUITES_FOLDER = "suites";
    public static final String SUITE_SUFFIX = ".suite.yaml";
    /** Joins a prompt's name and part number when its versions are split over several files ("NAME~2"); never in a name. */
    public static final String PART_MARK = "~";
    /** Folders where an export also writes the same prompts in other tools' formats. */
    public static final String PROMPTY_FOLDER = "prompty";
    public static final String MLFLOW_FOLDER = "mlflow";
    public static final String LANGFUSE_FOLDER = "langfuse";
    public static final String PROMPTFOO_FOLDER = "promptfoo";
    public static final String DOTPROMPT_FOLDER = "dotprompt";
    public static final String SEMANTIC_KERNEL_FOLDER = "semantic-kernel";
    public static final String LANGCHAIN_FOLDER = "langchain";
    /** LangChain as YAML when JSON is written too (alone, YAML goes into {@link #LANGCHAIN_FOLDER}). */
    public static final String LANGCHAIN_YAML_FOLDER = "langchain-yaml";
    public static final java.util.Set<String> COPY_FOLDERS = java.util.Set.of(PROMPTY_FOLDER, MLFLOW_FOLDER, LANGFUSE_FOLDER, PROMPTFOO_FOLDER,
            DOTPROMPT_FOLDER, SEMANTIC_KERNEL_FOLDER, LANGCHAIN_FOLDER, LANGCHAIN_YAML_FOLDER);
    /** Extra sections with a meaning of their own. */
    public static final String JUDGE = "judge";
    public static final String SCORES = "scores";

    private BundleFormat() {}
}
