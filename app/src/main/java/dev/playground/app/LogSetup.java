package dev.playground.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * Logging set-up in code rather than logback.xml: reading the XML loads some 400 classes (an XML parser and
 * logback's configuration language), which a command that only lists prompts would pay for at every start.
 * Diagnostics go to standard error so they never mix with command-line output; warnings and worse only,
 * unless {@code -Dplayground.log.level=…}; the window's start-up phases at INFO ({@code -Dplayground.startup.log}).
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogSetup extends ContextAwareBase implements Configurator {

    /**
     * Lucene warns on standard error (through java.util.logging) that the vector incubator module is not readable.
     * We leave it out on purpose (docs/decisions/0004, 0005), so the warning says nothing a user can act on.
     * Called before the first collection opens, so commands that never search don't load java.util.logging.
     */
    static void quietLucene() {
        LuceneVectors.LOGGER.setLevel(java.util.logging.Level.SEVERE);
    }

    /** Held here: java.util.logging keeps only weak references to its loggers, and a collected one forgets its level. */
    private static final class LuceneVectors {
        static final java.util.logging.Logger LOGGER = java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");
    }

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{HH:mm:ss.SSS} %-5level %logger{24} - %msg%n");
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.toLevel(System.getProperty("playground.log.level"), Level.WARN));
        root.addAppender(stderr);
        context.getLogger("dev.playground.app.startup").setLevel(Level.toLevel(System.getProperty("playground.startup.log"), Level.INFO));
        context.getLogger("org.flywaydb").setLevel(Level.WARN);
        // DJL's tokenizer probes for CUDA and warns twice on every machine without a matching driver; nothing to act on.
        context.getLogger("ai.djl.util.cuda").setLevel(Level.ERROR);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
