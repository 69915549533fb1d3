package dev.playground.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.store.testkit.EveryRecordKind;
import dev.playground.store.testkit.TeamStores;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code store migrate}'s copy: a personal H2 store into a team store on a real PostgreSQL server. */
class TeamStoreMigrationTest {
    @TempDir Path dir;

    @Test
    void every_kind_of_record_moves_and_a_second_run_adds_nothing() {
        TeamStores teams = new TeamStores();
        try (LocalStore personal = LocalStore.open(dir.resolve("personal")); LocalStore team = teams.open(dir.resolve("team"))) {
            EveryRecordKind.fill(personal);
            List<String> progress = new ArrayList<>();
            StoreMigration.Summary first = StoreMigration.copy(personal, team, (kind, rows) -> progress.add(kind + " " + rows));

            Map<String, Long> counts = counts(personal);
            assertThat(counts(team)).isEqualTo(counts);
            assertThat(counts).allSatisfy((table, rows) -> {
                if (!table.equals("run_fact_blocks")) assertThat(rows).as(table + " has rows to copy").isPositive();
            });
            assertThat(first.conflicts()).isEmpty();
            assertThat(first.copied()).isEqualTo(counts.values().stream().mapToLong(Long::longValue).sum());
            assertThat(progress).contains("prompt versions 3", "run-log entries 2");

            assertThat(team.prompts().versions("tutor")).extracting(PromptVersion::version, PromptVersion::commitMessage, PromptVersion::author)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "first", "ana"), org.assertj.core.groups.Tuple.tuple(2, "shorter", "ana"));
            assertThat(team.prompts().version("tutor", 2).orElseThrow().tags()).containsExactly("reviewed");
            assertThat(team.aliases().resolve("tutor", "production")).contains(2);
            assertThat(team.aliases().history("tutor")).extracting(AliasMove::movedBy).containsExactly("ana", "luis");
            assertThat(team.prompts().search(PromptQuery.text("café"))).extracting(PromptSummary::name).containsExactly("tutor");
            assertThat(team.prompts().search(PromptQuery.text("hola"))).isEmpty(); // archived stays archived
            assertThat(team.datasets().latest("capitals").orElseThrow().version()).isEqualTo(2);
            assertThat(team.runs().get("run-1")).isPresent();
            assertThat(team.comparisons().list()).hasSize(1);
            assertThat(team.settings().get("language")).contains("es");
            // The team store keeps numbering: the next save is version 3.
            assertThat(team.prompts().saveVersion("tutor", EveryRecordKind.document("Third"), "third", "luis").version()).isEqualTo(3);

            StoreMigration.Summary second = StoreMigration.copy(personal, team, (kind, rows) -> {});
            assertThat(second.copied()).isZero();
            assertThat(second.conflicts()).isEmpty();
            assertThat(second.kinds()).extracting(StoreMigration.Kind::alreadyThere).allSatisfy(n -> assertThat(n).isNotNegative());
            Map<String, Long> after = counts(team);
            assertThat(after.get("prompt_version")).isEqualTo(counts.get("prompt_version") + 1);
        }
    }

    @Test
    void a_store_larger_than_one_batch_moves_whole_with_its_numbers_mapped() {
        TeamStores teams = new TeamStores();
        try (LocalStore personal = LocalStore.open(dir.resolve("personal")); LocalStore team = teams.open(dir.resolve("team"))) {
            personal.jdbc().skipForcingToDisk(); // only to make the store quickly: the copy reads it the same way
            for (int version = 1; version <= 260; version++) {
                for (String name : List.of("tutor", "greeter")) {
                    personal.prompts().saveVersion(name, EveryRecordKind.document(name + " take " + version), name + " " + version, "ana");
                }
            }
            personal.aliases().set("greeter", "production", 255, "luis");
            personal.prompts().setVersionTags("greeter", 257, List.of("reviewed"));
            for (int run = 0; run < 1_100; run++) {
                personal.runs().record(new dev.playground.engine.runlog.RunRecord("run-" + run, EveryRecordKind.AT.plusSeconds(run),
                        "local", "Local", dev.playground.engine.model.ProviderKind.OPENAI_COMPATIBLE, "qwen2.5", "tutor",
                        dev.playground.engine.model.ModelSettings.of(0.2, 64), List.of(), "answer " + run, "stop",
                        dev.playground.engine.runlog.RunStatus.OK, 1, 1, true, java.time.Duration.ofMillis(5),
                        java.time.Duration.ofMillis(9), 0.0, "", false, null, 1));
            }
            personal.runs().count();

            StoreMigration.Summary first = StoreMigration.copy(personal, team, (kind, rows) -> {});

            assertThat(first.conflicts()).isEmpty();
            assertThat(counts(team)).isEqualTo(counts(personal));
            assertThat(team.prompts().versions("greeter")).extracting(PromptVersion::commitMessage)
                    .isEqualTo(personal.prompts().versions("greeter").stream().map(PromptVersion::commitMessage).toList());
            assertThat(team.prompts().version("greeter", 257).orElseThrow().tags()).containsExactly("reviewed");
            assertThat(team.prompts().version("tutor", 257).orElseThrow().tags()).isEmpty();
            assertThat(team.aliases().resolve("greeter", "production")).contains(255);
            assertThat(team.runs().get("run-1099")).isPresent();

            StoreMigration.Summary second = StoreMigration.copy(personal, team, (kind, rows) -> {});
            assertThat(second.copied()).isZero();
            assertThat(second.conflicts()).isEmpty();
            assertThat(counts(team)).isEqualTo(counts(personal));
        }
    }

    @Test
    void a_version_the_team_store_already_has_with_other_content_is_kept_and_named() {
        TeamStores teams = new TeamStores();
        try (LocalStore personal = LocalStore.open(dir.resolve("personal")); LocalStore team = teams.open(dir.resolve("team"))) {
            personal.prompts().saveVersion("greeter", EveryRecordKind.document("Mine"), "mine", "ana");
            personal.prompts().saveVersion("greeter", EveryRecordKind.document("Mine again"), "mine 2", "ana");
            team.prompts().saveVersion("greeter", EveryRecordKind.document("Theirs"), "theirs", "luis");

            StoreMigration.Summary summary = StoreMigration.copy(personal, team, (kind, rows) -> {});

            assertThat(summary.conflicts()).containsExactly("prompt versions: greeter 1");
            assertThat(team.prompts().versions("greeter")).extracting(PromptVersion::commitMessage).containsExactly("theirs", "mine 2");
        }
    }

    private static Map<String, Long> counts(LocalStore store) {
        return store.jdbc().read("count rows", connection -> {
            Map<String, Long> counts = new TreeMap<>();
            for (String table : dev.playground.store.h2.StoreCopy.tables(connection)) {
                if (table.equals("flyway_schema_history")) continue;
                try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
            return counts;
        });
    }
}
