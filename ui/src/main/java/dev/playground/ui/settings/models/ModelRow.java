package dev.playground.ui.settings.models;

import dev.playground.engine.local.ModelKind;
import dev.playground.engine.local.ModelLibrary;
import java.nio.file.Path;

/**
 * One row of the installed models, as the table shows it.
 *
 * @param connection    the connection that runs it (null: none, as for an embedding model)
 * @param problem       why the file cannot be used, in the window's language (null when it can)
 * @param memoryWarning a warning when it needs more memory than is free now (null when it fits)
 */
public record ModelRow(String name, ModelKind kind, long sizeBytes, Path file, String connection, String problem, long memoryNeeded,
                       String memoryWarning) {
    static ModelRow of(ModelLibrary.Entry entry, String memoryWarning) {
        return new ModelRow(entry.name(), entry.kind(), entry.sizeBytes(), entry.file(), entry.connection(), entry.problem(),
                entry.memoryNeeded(), memoryWarning);
    }
}
