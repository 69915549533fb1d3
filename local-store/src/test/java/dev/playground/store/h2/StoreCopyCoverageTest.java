package dev.playground.store.h2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.store.LocalStore;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `store migrate` copies every kind of record: a table added by a migration must be added to the copy's plan too. */
class StoreCopyCoverageTest {
    @TempDir Path dir;

    @Test
    void every_table_of_the_store_is_copied_or_left_out_with_a_reason() {
        try (LocalStore store = LocalStore.open(dir)) {
            Set<String> tables = store.jdbc().read("list tables", StoreCopy::tables);
            Set<String> planned = new HashSet<>(CopyTable.NOT_COPIED.keySet());
            CopyTable.PLAN.forEach(t -> planned.add(t.table()));
            assertThat(planned).as("add new tables to CopyTable.PLAN (parents first) or NOT_COPIED").containsAll(tables);
        }
    }
}
