package dev.playground.ui.main;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Rectangle2D;

/**
 * Where the main window was and how big, kept in the store (setting {@value #SETTING}) when it closes and used at
 * the next start when it still lies on a screen; otherwise the window takes most of the screen it opens on.
 * Never smaller than {@link #MIN_WIDTH}×{@link #MIN_HEIGHT} (the smallest size every view is checked at), unless
 * the screen itself is smaller.
 */
public record WindowPlace(double x, double y, double width, double height, boolean maximized) {
    public static final String SETTING = "ui.window";
    public static final double MIN_WIDTH = 1024;
    public static final double MIN_HEIGHT = 700;
    /** The share of the screen a first window takes (each way). */
    static final double FIRST_SHARE = 0.92;

    /** "x y width height maximized", numbers with a point whatever the language. */
    public String format() {
        return String.format(Locale.ROOT, "%.0f %.0f %.0f %.0f %s", x, y, width, height, maximized);
    }

    /** The saved value, or empty when it is missing or does not read. */
    public static Optional<WindowPlace> parse(String value) {
        if (value == null || value.isBlank()) return Optional.empty();
        String[] parts = value.strip().split("\\s+");
        if (parts.length != 5) return Optional.empty();
        try {
            return Optional.of(new WindowPlace(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2]),
                    Double.parseDouble(parts[3]), Boolean.parseBoolean(parts[4])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Where to open: the saved place when its title bar lies on one of {@code screens} (visual bounds, the first is
     * the primary), kept within that screen and no smaller than the minimum; else most of the primary screen, centred.
     */
    public static WindowPlace choose(Optional<WindowPlace> saved, List<Rectangle2D> screens) {
        Rectangle2D primary = screens.isEmpty() ? new Rectangle2D(0, 0, MIN_WIDTH, MIN_HEIGHT) : screens.get(0);
        if (saved.isPresent()) {
            WindowPlace place = saved.get();
            for (Rectangle2D screen : screens) {
                // The top middle of the window (where the title bar is) must be on the screen, or it could not be moved back.
                if (screen.contains(place.x + place.width / 2, place.y + 10)) {
                    double width = Math.min(Math.max(place.width, minWidth(screen)), screen.getWidth());
                    double height = Math.min(Math.max(place.height, minHeight(screen)), screen.getHeight());
                    double x = Math.max(screen.getMinX(), Math.min(place.x, screen.getMaxX() - width));
                    double y = Math.max(screen.getMinY(), Math.min(place.y, screen.getMaxY() - height));
                    return new WindowPlace(x, y, width, height, place.maximized);
                }
            }
        }
        double width = Math.max(minWidth(primary), Math.round(primary.getWidth() * FIRST_SHARE));
        double height = Math.max(minHeight(primary), Math.round(primary.getHeight() * FIRST_SHARE));
        return new WindowPlace(primary.getMinX() + (primary.getWidth() - width) / 2, primary.getMinY() + (primary.getHeight() - height) / 2,
                width, height, false);
    }

    /** The smallest width the window may take on {@code screen}: the supported minimum, or the whole screen if that is less. */
    public static double minWidth(Rectangle2D screen) {
        return Math.min(MIN_WIDTH, screen.getWidth());
    }

    public static double minHeight(Rectangle2D screen) {
        return Math.min(MIN_HEIGHT, screen.getHeight());
    }
}
