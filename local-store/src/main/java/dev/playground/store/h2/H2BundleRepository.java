package dev.playground.store.h2;

import dev.playground.engine.bundle.BundledPrompt;
import dev.playground.engine.bundle.BundledSuite;
import dev.playground.engine.bundle.BundledVersion;
import dev.playground.store.BundleRepository;
import dev.playground.store.ImportChange;
import dev.playground.store.ImportChange.Kind;
import dev.playground.store.PromptVersion;
import dev.playground.engine.prompt.RegistryNames;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

public final class H2BundleRepository implements BundleRepository {
    private final Jdbc jdbc;

    public H2BundleRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public BundledPrompt export(String name) {
        return jdbc.inTransaction("export " + name, connection -> {
            long promptId = H2PromptRepository.requirePromptId(connection, name);
            List<BundledVersion> versions = new ArrayList<>();
            for (PromptVersion v : H2PromptRepository.query(connection, name, null)) {
                versions.add(new BundledVersion(v.version(), v.document(), v.commitMessage(), v.author(), v.createdAt(), v.tags(), v.extras()));
            }
            return new BundledPrompt(name, promptTags(connection, promptId), H2AliasRepository.aliases(connection, name), versions);
        });
    }

    @Override
    public List<ImportChange> preview(List<BundledPrompt> prompts) {
        validate(prompts);
        return jdbc.inTransaction("preview the import", connection -> plan(connection, prompts, null));
    }

    @Override
    public List<ImportChange> apply(List<BundledPrompt> prompts, String importedBy) {
        validate(prompts);
        return jdbc.inTransaction("import " + prompts.size() + " prompts", connection -> plan(connection, prompts, importedBy));
    }

    /** Names first, so a bad name anywhere stops the import before anything is written. */
    private static void validate(List<BundledPrompt> prompts) {
        for (BundledPrompt prompt : prompts) {
            RegistryNames.prompt(prompt.name());
            prompt.aliases().keySet().forEach(RegistryNames::alias);
            RegistryNames.tags(prompt.tags());
            prompt.versions().forEach(v -> RegistryNames.tags(v.tags()));
        }
    }

    /** Works out the changes; writes them too when {@code importedBy} is set (inside the caller's transaction). */
    private static List<ImportChange> plan(Connection connection, List<BundledPrompt> prompts, String importedBy) throws SQLException {
        boolean write = importedBy != null;
        Instant now = Instant.now();
        List<ImportChange> changes = new ArrayList<>();
        for (BundledPrompt prompt : prompts) {
            String name = prompt.name();
            Optional<Long> promptId = H2PromptRepository.promptId(connection, name);
            if (promptId.isEmpty()) changes.add(new ImportChange(name, Kind.NEW_PROMPT, null, null, "new prompt"));
            Map<String, Integer> stored = promptId.isPresent() ? storedContent(connection, promptId.get()) : new HashMap<>();
            int next = stored.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
            Map<Integer, Integer> mapping = new HashMap<>();
            List<BundledVersion> ordered = prompt.versions().stream().sorted(Comparator.comparingInt(BundledVersion::version)).toList();
            for (BundledVersion version : ordered) {
                String json = DocumentJson.write(version.document());
                Integer same = stored.get(json);
                if (same != null) {
                    mapping.put(version.version(), same);
                    changes.add(new ImportChange(name, Kind.SAME_AS_EXISTING, version.version(), same,
                            "version " + version.version() + " in the file is already stored as version " + same));
                    if (write && !version.tags().isEmpty()) addVersionTags(connection, name, same, version.tags());
                    continue;
                }
                int number = next++;
                if (write) {
                    Instant created = version.createdAt() == null ? now : version.createdAt();
                    String author = version.author().isBlank() ? importedBy : version.author();
                    number = H2PromptRepository.insertVersion(connection, name, version.document(), version.commitMessage(), author, created,
                            version.extras()).version();
                    if (!version.tags().isEmpty()) addVersionTags(connection, name, number, version.tags());
                }
                // Versions written by this import are not matched against: a prompt saved twice with the same text keeps both.
                mapping.put(version.version(), number);
                changes.add(new ImportChange(name, Kind.NEW_VERSION, version.version(), number,
                        "version " + version.version() + " in the file becomes version " + number));
            }
            Map<String, Integer> currentAliases = promptId.isPresent() ? H2AliasRepository.aliases(connection, name) : Map.of();
            for (var alias : prompt.aliases().entrySet()) {
                Integer to = mapping.get(alias.getValue());
                if (to == null) continue;
                Integer from = currentAliases.get(alias.getKey());
                if (to.equals(from)) continue;
                changes.add(from == null
                        ? new ImportChange(name, Kind.ALIAS_SET, alias.getValue(), to, "alias " + alias.getKey() + " set to version " + to,
                                alias.getKey(), null)
                        : new ImportChange(name, Kind.ALIAS_MOVED, alias.getValue(), to,
                                "alias " + alias.getKey() + " moves from version " + from + " to version " + to, alias.getKey(), from));
                if (write) H2AliasRepository.move(connection, name, alias.getKey(), to, importedBy, now);
            }
            TreeSet<String> tags = new TreeSet<>(promptId.isPresent() ? promptTags(connection, promptId.get()) : List.of());
            List<String> added = RegistryNames.tags(prompt.tags()).stream().filter(t -> !tags.contains(t)).toList();
            if (!added.isEmpty()) {
                changes.add(new ImportChange(name, Kind.TAGS_ADDED, null, null, "tags added: " + String.join(", ", added),
                        String.join(", ", added), null));
                if (write) {
                    tags.addAll(added);
                    long id = H2PromptRepository.requirePromptId(connection, name);
                    H2PromptRepository.replaceTags(connection, "prompt_tag", "prompt_id", id, List.copyOf(tags));
                    H2PromptRepository.touch(connection, id);
                }
            }
        }
        return changes;
    }

    /** Stored document JSON to version number, so identical content is recognised. */
    private static Map<String, Integer> storedContent(Connection connection, long promptId) throws SQLException {
        Map<String, Integer> content = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT version, document_json FROM prompt_version WHERE prompt_id = ? ORDER BY version")) {
            query.setLong(1, promptId);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) content.put(DocumentJson.write(DocumentJson.read(rs.getString(2))), rs.getInt(1));
            }
        }
        return content;
    }

    private static List<String> promptTags(Connection connection, long promptId) throws SQLException {
        List<String> tags = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT tag FROM prompt_tag WHERE prompt_id = ? ORDER BY tag")) {
            query.setLong(1, promptId);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) tags.add(rs.getString(1));
            }
        }
        return tags;
    }

    private static void addVersionTags(Connection connection, String name, int version, List<String> tags) throws SQLException {
        long versionId = H2PromptRepository.requireVersionId(connection, name, version);
        TreeSet<String> all = new TreeSet<>(tags);
        try (PreparedStatement query = connection.prepareStatement("SELECT tag FROM version_tag WHERE version_id = ?")) {
            query.setLong(1, versionId);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) all.add(rs.getString(1));
            }
        }
        H2PromptRepository.replaceTags(connection, "version_tag", "version_id", versionId, RegistryNames.tags(all));
    }

    @Override
    public List<String> keepSuites(List<BundledSuite> suites) {
        if (suites.isEmpty()) return List.of();
        return jdbc.inTransaction("keep the bundle's suites", connection -> {
            List<String> changed = new ArrayList<>();
            for (BundledSuite suite : suites) {
                String before = null;
                try (PreparedStatement query = connection.prepareStatement("SELECT yaml FROM bundle_suite WHERE name = ?")) {
                    query.setString(1, suite.name());
                    try (ResultSet rs = query.executeQuery()) {
                        if (rs.next()) before = rs.getString(1);
                    }
                }
                if (suite.yaml().equals(before)) continue;
                try (PreparedStatement merge = connection.prepareStatement(Dialect.of(connection).upsert("bundle_suite", "name", "name, yaml, updated_at", "?, ?, ?"))) {
                    merge.setString(1, suite.name());
                    merge.setString(2, suite.yaml());
                    merge.setObject(3, java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC));
                    merge.executeUpdate();
                }
                changed.add(suite.name());
            }
            return changed;
        });
    }

    @Override
    public List<BundledSuite> suites() {
        return jdbc.read("list the kept suites", connection -> {
            List<BundledSuite> suites = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT name, yaml FROM bundle_suite ORDER BY name");
                 ResultSet rs = query.executeQuery()) {
                while (rs.next()) suites.add(new BundledSuite(rs.getString(1), rs.getString(2)));
            }
            return suites;
        });
    }
}
