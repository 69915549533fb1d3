package dev.playground.app;

import dev.playground.engine.local.LocalModelSettings;
import dev.playground.store.SettingsRepository;

/** Local-model settings kept in the store's settings (keys {@code local.threads}, {@code local.contextSize}, {@code local.gpuLayers}). */
public final class LocalSettings {
    public static final String THREADS = "local.threads";
    public static final String CONTEXT = "local.contextSize";
    public static final String GPU_LAYERS = "local.gpuLayers";

    private LocalSettings() {}

    public static LocalModelSettings read(SettingsRepository settings) {
        return new LocalModelSettings(number(settings, THREADS), number(settings, CONTEXT), number(settings, GPU_LAYERS));
    }

    public static void write(SettingsRepository settings, LocalModelSettings value) {
        settings.put(THREADS, Integer.toString(value.threads()));
        settings.put(CONTEXT, Integer.toString(value.contextSize()));
        settings.put(GPU_LAYERS, Integer.toString(value.gpuLayers()));
    }

    /** A stored count, or 0 (automatic) when missing or not a whole number of 0 or more. */
    private static int number(SettingsRepository settings, String key) {
        try {
            return Math.max(0, Integer.parseInt(settings.get(key).orElse("0").strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
