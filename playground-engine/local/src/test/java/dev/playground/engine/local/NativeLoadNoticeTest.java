package dev.playground.engine.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class NativeLoadNoticeTest {
    @Test
    void the_binding_notice_is_dropped_and_other_lines_pass_through_whole() {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        NativeLoadNotice.LineFilter filter = new NativeLoadNotice.LineFilter(new PrintStream(seen, true, StandardCharsets.UTF_8));
        PrintStream out = new PrintStream(filter, true, StandardCharsets.UTF_8);
        out.println("Extracted 'libjllama.so' to '/tmp/libjllama.so'");
        out.println("The answer, with 'quotes'.");
        out.print("no newline yet");
        filter.flushPartialLine();

        assertThat(seen.toString(StandardCharsets.UTF_8))
                .isEqualTo("The answer, with 'quotes'." + System.lineSeparator() + "no newline yet");
    }

    @Test
    void standard_output_is_restored_after_the_first_touch() {
        PrintStream before = System.out;
        NativeLoadNotice.keepOffStandardOutput(() -> assertThat(System.out).isNotSameAs(before));
        assertThat(System.out).isSameAs(before);
    }
}
