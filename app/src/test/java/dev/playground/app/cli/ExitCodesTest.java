package dev.playground.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.model.ProviderException;
import dev.playground.store.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExitCodesTest {
    @TempDir Path dir;

    @Test
    void each_kind_of_failure_maps_onto_the_documented_code() {
        assertThat(ExitCodes.of(new BadInputException("no")).code()).isEqualTo(2);
        assertThat(ExitCodes.of(new IllegalArgumentException("'..' is not a valid prompt name")).code()).isEqualTo(2);
        assertThat(ExitCodes.of(new StoreException("The store is busy", new SQLException("Lock file recently modified"))).code()).isEqualTo(3);
        assertThat(ExitCodes.of(new ExecutionException(new CancellationException())).code()).isEqualTo(130);
        assertThat(ExitCodes.of(new InterruptedException()).code()).isEqualTo(130);
        assertThat(ExitCodes.of(new ExecutionException(new ProviderException(ProviderException.Kind.SERVER, "the server said 500"))).code()).isEqualTo(1);
        assertThat(ExitCodes.of(new ProviderException(ProviderException.Kind.CANCELLED, "cancelled")).code()).isEqualTo(130);
    }

    @Test
    void an_unexpected_failure_exits_1_without_the_library_text() {
        ExitCodes.Outcome outcome = ExitCodes.of(new NullPointerException("Cannot invoke \"org.h2.Foo.bar()\" because x is null"));
        assertThat(outcome.code()).isEqualTo(1);
        assertThat(outcome.message()).contains("NullPointerException").doesNotContain("org.h2").doesNotContain("because");
        assertThat(ExitCodes.of(new NumberFormatException("For input string: \"x\"")).message()).doesNotContain("For input string");
    }

    @Test
    void the_command_line_prints_one_line_and_no_stack_trace() throws Exception {
        Path file = Files.writeString(dir.resolve("p.txt"), "Hello {{ name");
        CliRun run = CliRun.of(Map.of("PLAYGROUND_HOME", dir.resolve("data").toString()), "render", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines().count()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: ").doesNotContain("\tat ").doesNotContain("Exception");
    }

}
