package dev.playground.engine.dataset;

import dev.playground.engine.bundle.BundleFileException;
import dev.playground.engine.prompt.RegistryNames;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Import, export and look-up of datasets by reference, for both faces: the command line's {@code dataset …}
 * commands and the window call this, never the files or the repository on their own.
 */
public final class DatasetService {
    private final DatasetRepository repository;

    public DatasetService(DatasetRepository repository) {
        this.repository = repository;
    }

    /** What an import did: the version that holds the rows, whether it was already stored, and notes on the file. */
    public record Imported(DatasetVersion version, boolean alreadyStored, List<String> warnings) {}

    /** Reads {@code file} whole (a broken row refuses all of it) and saves it as the next version of {@code name}. */
    public Imported importFile(Path file, String name, String commitMessage, String author) throws BundleFileException {
        RegistryNames.dataset(name);
        DatasetFiles.Read read = DatasetFiles.read(file);
        int before = repository.latest(name).map(DatasetVersion::version).orElse(0);
        String message = commitMessage == null || commitMessage.isBlank() ? "imported from " + file.getFileName() : commitMessage;
        DatasetVersion saved = repository.save(name, read.dataset(), message, author, file.getFileName().toString());
        return new Imported(saved, saved.version() <= before, read.warnings());
    }

    /**
     * Reads {@code file} whole without saving it (the window loads it into its grid for review first); a ragged or
     * broken row refuses the file with its name and line.
     */
    public DatasetFiles.Read read(Path file) throws BundleFileException {
        return DatasetFiles.read(file);
    }

    /** Writes rows not saved yet (the window's grid) to {@code file} in the format its extension names. */
    public List<String> write(Dataset dataset, Path file) throws BundleFileException {
        DatasetFormat.require(file);
        return DatasetFiles.write(dataset, file);
    }

    /**
     * Saves {@code dataset} as the next immutable version of {@code name} (content equal to the latest version adds
     * nothing and returns that version); {@code source} says where the rows came from, such as "edited in the window".
     */
    public DatasetVersion save(String name, Dataset dataset, String commitMessage, String author, String source) {
        RegistryNames.dataset(name);
        if (dataset.rows().isEmpty()) throw new IllegalArgumentException("A dataset needs at least one row. Add a row before saving.");
        return repository.save(name, dataset, commitMessage, author, source);
    }

    /**
     * Saves the latest version of {@code name} with {@code added} after its rows as the next version (the first
     * version when there is no such dataset yet): how generated rows join a dataset. Returns the version saved and how
     * many rows it had before.
     */
    public Appended append(String name, List<DatasetRow> added, String commitMessage, String author, String source) {
        RegistryNames.dataset(name);
        if (added.isEmpty()) throw new IllegalArgumentException("There are no rows to add to " + name + ".");
        Optional<DatasetVersion> latest = repository.latest(name);
        List<DatasetRow> rows = new ArrayList<>(latest.map(v -> v.dataset().rows()).orElse(List.of()));
        int before = rows.size();
        rows.addAll(added);
        return new Appended(repository.save(name, new Dataset(rows), commitMessage, author, source), before);
    }

    /** What {@link #append} saved, and how many rows the dataset had before. */
    public record Appended(DatasetVersion version, int rowsBefore) {}

    /** Writes the referenced version to {@code file} in the format its extension names; returns notes on what changed form. */
    public Exported export(String reference, Path file) throws BundleFileException {
        DatasetFormat.require(file);
        DatasetVersion version = resolve(reference);
        return new Exported(version, DatasetFiles.write(version.dataset(), file));
    }

    public record Exported(DatasetVersion version, List<String> notes) {}

    /** {@code NAME} (the latest version) or {@code NAME/VERSION}; an IllegalArgumentException says what exists. */
    public DatasetVersion resolve(String reference) {
        String ref = reference == null ? "" : reference.strip();
        int slash = ref.lastIndexOf('/');
        String name = slash < 0 ? ref : ref.substring(0, slash);
        RegistryNames.dataset(name);
        if (slash < 0) {
            return repository.latest(name).orElseThrow(() -> unknown(name));
        }
        String number = ref.substring(slash + 1);
        if (!number.matches("\\d{1,9}")) {
            throw new IllegalArgumentException("'" + ref + "' is not NAME or NAME/VERSION: the version must be a number, such as " + name + "/2.");
        }
        int version = Integer.parseInt(number);
        return repository.version(name, version).orElseThrow(() -> {
            int latest = repository.latest(name).map(DatasetVersion::version).orElseThrow(() -> unknown(name));
            return new IllegalArgumentException("Dataset " + name + " has no version " + version + "; its versions are 1 to " + latest + ".");
        });
    }

    public List<DatasetSummary> list() {
        return repository.list();
    }

    public List<DatasetVersionInfo> versions(String name) {
        return repository.versions(name);
    }

    private static IllegalArgumentException unknown(String name) {
        return new IllegalArgumentException("There is no dataset named " + name + ". List them with: playground dataset list;"
                + " import one with: playground dataset import FILE --name " + name);
    }
}
