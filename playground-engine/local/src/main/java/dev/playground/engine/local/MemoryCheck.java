package dev.playground.engine.local;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Whether a model fits in the memory that is free now. A model needs about its file size (the weights are mapped)
 * plus a working margin for the context and buffers; loading one that does not fit would push the machine into swap.
 */
public final class MemoryCheck {
    /** Added to the file size: context cache, compute buffers and the native library. */
    static final long MARGIN_BYTES = 256L << 20;

    private final LongSupplier availableBytes;

    public MemoryCheck(LongSupplier availableBytes) {
        this.availableBytes = availableBytes;
    }

    /** Asks the operating system (Linux: MemAvailable, which counts reclaimable cache; elsewhere: free memory). */
    public static MemoryCheck system() {
        return new MemoryCheck(MemoryCheck::availableNow);
    }

    /** Memory {@code model} needs to load and run. */
    public static long neededFor(long modelBytes) {
        return modelBytes + modelBytes / 10 + MARGIN_BYTES;
    }

    /** A warning in plain words when {@code model} needs more memory than is free; empty when it fits. */
    public Optional<String> warning(Path model, long modelBytes, Locale locale) {
        long available = availableBytes.getAsLong();
        long needed = neededFor(modelBytes);
        if (available <= 0 || needed <= available) return Optional.empty();
        return Optional.of(LocalMessages.text(locale, "lowMemory", model, LocalMessages.size(needed, locale), LocalMessages.size(available, locale)));
    }

    public Optional<String> warning(Path model, long modelBytes) {
        return warning(model, modelBytes, Locale.getDefault());
    }

    static long availableNow() {
        Path meminfo = Path.of("/proc/meminfo");
        if (Files.isReadable(meminfo)) {
            try {
                for (String line : Files.readAllLines(meminfo)) {
                    if (line.startsWith("MemAvailable:")) {
                        return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                    }
                }
            } catch (IOException | NumberFormatException e) {
                // fall through to the JVM's view
            }
        }
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getFreeMemorySize();
        }
        return -1;
    }
}
