package dev.playground.engine.local;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The binding tells standard output where it unpacked its native library when it first loads. Standard output
 * carries `run`'s answer (and its JSON), so while the library loads that one line goes to the debug log instead;
 * every other line passes through unchanged.
 */
final class NativeLoadNotice {
    private static final Logger LOG = LoggerFactory.getLogger("llama.cpp");
    private static final String NOTICE = "Extracted '";

    private NativeLoadNotice() {
    }

    static synchronized void keepOffStandardOutput(Runnable firstTouch) {
        PrintStream original = System.out;
        LineFilter filter = new LineFilter(original);
        System.setOut(new PrintStream(filter, true, StandardCharsets.UTF_8));
        try {
            firstTouch.run();
        } finally {
            System.setOut(original);
            filter.flushPartialLine();
        }
    }

    /** Passes whole lines through, except the binding's notice. */
    static final class LineFilter extends OutputStream {
        private final PrintStream target;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        LineFilter(PrintStream target) {
            this.target = target;
        }

        @Override
        public synchronized void write(int b) {
            line.write(b);
            if (b == '\n') emit();
        }

        synchronized void flushPartialLine() {
            if (line.size() > 0) emit();
            target.flush();
        }

        private void emit() {
            String text = line.toString(StandardCharsets.UTF_8);
            line.reset();
            if (text.startsWith(NOTICE)) {
                LOG.debug(text.strip());
            } else {
                target.print(text);
            }
        }
    }
}
