package dev.playground.app.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code --since} and {@code --until} as the commands take them: a date (2026-03-01, UTC), a date and time
 * (2026-03-01T09:30:00Z) or, for {@code --since}, a duration back from now: 90m, 24h, 7d, 2w.
 */
final class TimeArgs {
    private static final Pattern DURATION = Pattern.compile("(\\d{1,6})\\s*([mhdw])");

    private TimeArgs() {}

    /** The start of {@code --since}: a date's first instant, or now minus a duration; null when not given. */
    static Instant since(String text, Instant now) {
        if (text == null || text.isBlank()) return null;
        Matcher duration = DURATION.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (duration.matches()) return now.minus(duration(Long.parseLong(duration.group(1)), duration.group(2)));
        return instant(text, "--since", 0);
    }

    /** The end (exclusive) of {@code --until}: the end of a date, or a date and time; null when not given. */
    static Instant until(String text) {
        if (text == null || text.isBlank()) return null;
        return instant(text, "--until", 1);
    }

    private static Duration duration(long amount, String unit) {
        return switch (unit) {
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            case "d" -> Duration.ofDays(amount);
            default -> Duration.ofDays(7 * amount);
        };
    }

    private static Instant instant(String text, String option, int plusDays) {
        String value = text.strip();
        try {
            if (value.length() <= 10) return LocalDate.parse(value).plusDays(plusDays).atStartOfDay(ZoneOffset.UTC).toInstant();
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadInputException(option + " takes a date like 2026-03-01, a date and time like 2026-03-01T09:30:00Z"
                    + (option.equals("--since") ? " or a duration like 7d, 24h or 90m" : "") + ", not '" + text + "'.");
        }
    }
}
