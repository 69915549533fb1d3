package dev.playground.engine.dataset;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file formats a dataset is read from and written to, chosen by the file's extension. */
public enum DatasetFormat {
    /** A table: a column per variable, promptfoo's {@code __expected…}, {@code __description}, {@code __threshold},
     *  {@code __metadata:KEY} columns, and {@code expectations.…} and {@code tags.…} columns. */
    CSV("csv"),
    /** OpenAI evals samples, one per line ({@code {"input": [chat], "ideal": …}}); chosen by a name ending {@code .evals.jsonl}. */
    OPENAI_EVALS("evals.jsonl"),
    /** One record per line: MLflow's {@code inputs}/{@code expectations}/{@code tags}, a promptfoo test, an OpenAI evals sample, or plain variables. */
    JSONL("jsonl"),
    /** A JSON list of such records (what {@code mlflow.genai.evaluate(data=…)} takes), or a promptfoo config's tests. */
    JSON("json"),
    /** A promptfoo tests list (or a promptfoo config, whose tests are read). */
    PROMPTFOO_YAML("yaml");

    private final String extension;

    DatasetFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    public static Optional<DatasetFormat> of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) return Optional.of(CSV);
        if (name.endsWith(".evals.jsonl")) return Optional.of(OPENAI_EVALS);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) return Optional.of(JSONL);
        if (name.endsWith(".json")) return Optional.of(JSON);
        if (name.endsWith(".yaml") || name.endsWith(".yml")) return Optional.of(PROMPTFOO_YAML);
        return Optional.empty();
    }

    /** The format of {@code file}, or an IllegalArgumentException that lists the extensions understood. */
    public static DatasetFormat require(Path file) {
        return of(file).orElseThrow(() -> new IllegalArgumentException("'" + file.getFileName() + "' has no dataset extension: use .csv,"
                + " .jsonl (one JSON record per line), .evals.jsonl (OpenAI evals samples), .json (a list of MLflow evaluation records) or .yaml (promptfoo tests)."));
    }
}
