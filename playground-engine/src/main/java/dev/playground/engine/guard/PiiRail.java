package dev.playground.engine.guard;

import java.util.ArrayList;
import java.util.List;

/**
 * Personal data in English and Spanish text, found in one pass without regular expressions (a 10,000-word prompt is
 * checked in well under a millisecond): e-mail addresses, phone numbers, payment cards, IBANs, Spanish DNI and NIE,
 * US SSNs, IPv4/IPv6 addresses and secrets. Numbers with a check digit are only reported when the check holds.
 */
public final class PiiRail implements Rail {
    public static final String NAME = "pii";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<GuardFinding> check(String text) {
        List<GuardFinding> found = new ArrayList<>();
        List<int[]> emails = emails(text, found);
        int next = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (next < emails.size() && i >= emails.get(next)[0]) {
                i = emails.get(next++)[1];
                continue;
            }
            char c = text.charAt(i);
            boolean boundary = i == 0 || !wordChar(text.charAt(i - 1));
            if (!boundary || !(wordChar(c) || c == '+' || c == '(' || c == ':')) {
                i++;
                continue;
            }
            int end = startingAt(text, i, found);
            int limit = next < emails.size() ? emails.get(next)[0] : n;
            if (end > i) {
                i = Math.min(end, Math.max(limit, i + 1));
                continue;
            }
            // Nothing here: skip the rest of the word so no detector starts inside it.
            int j = i + 1;
            while (j < n && wordChar(text.charAt(j))) j++;
            i = Math.min(j, Math.max(limit, i + 1));
        }
        found.sort(java.util.Comparator.comparingInt(GuardFinding::start));
        return found;
    }

    /** Tries every detector that can start at {@code i}; returns the end of what it found, or {@code i}. */
    private static int startingAt(String text, int i, List<GuardFinding> found) {
        char c = text.charAt(i);
        int end = Ipv6.match(text, i);
        if (end > i) return add(found, "IP_ADDRESS", text, i, end, 0.95);
        if (Character.isLetter(c)) {
            end = ibanAt(text, i);
            if (end > i) return add(found, "IBAN", text, i, end, 0.99);
            end = nieAt(text, i);
            if (end > i) return add(found, "ES_NIE", text, i, end, 0.99);
            end = SecretShapes.knownPrefix(text, i);
            if (end > i) return add(found, "SECRET", text, i, end, 0.95);
            end = SecretShapes.highEntropy(text, i);
            if (end > i) return add(found, "SECRET", text, i, end, 0.75);
            return i;
        }
        if (c >= '0' && c <= '9') {
            end = SecretShapes.highEntropy(text, i);
            if (end > i) return add(found, "SECRET", text, i, end, 0.75);
        }
        if (c >= '0' && c <= '9' || c == '+' || c == '(') return NumberRun.classify(text, i, found);
        return i;
    }

    static int add(List<GuardFinding> found, String kind, String text, int start, int end, double score) {
        found.add(new GuardFinding(NAME, kind, start, end, text.substring(start, end), score));
        return end;
    }

    static boolean wordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c > 127 && Character.isLetterOrDigit(c);
    }

    static boolean alnum(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    // ---- e-mail: found from each '@' outwards -------------------------------------------------------------------

    private static List<int[]> emails(String text, List<GuardFinding> found) {
        List<int[]> spans = new ArrayList<>();
        int at = text.indexOf('@');
        while (at >= 0) {
            int start = at;
            while (start > 0 && localChar(text.charAt(start - 1))) start--;
            while (start < at && text.charAt(start) == '.') start++;
            int end = at + 1;
            int lastDot = -1;
            while (end < text.length() && (alnum(text.charAt(end)) || text.charAt(end) == '-' || text.charAt(end) == '.')) {
                if (text.charAt(end) == '.') lastDot = end;
                end++;
            }
            while (end > at + 1 && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '-')) {
                end--;
                if (lastDot >= end) lastDot = text.lastIndexOf('.', end - 1);
            }
            if (start < at && lastDot > at + 1 && end - lastDot > 2 && tldLetters(text, lastDot + 1, end)) {
                if (spans.isEmpty() || spans.getLast()[1] <= start) {
                    spans.add(new int[] {start, end});
                    add(found, "EMAIL", text, start, end, 0.99);
                }
            }
            at = text.indexOf('@', Math.max(end, at + 1));
        }
        return spans;
    }

    private static boolean localChar(char c) {
        return alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    private static boolean tldLetters(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) return false;
        }
        return true;
    }

    // ---- IBAN and NIE: start with letters --------------------------------------------------------------------------

    private static int ibanAt(String text, int i) {
        int n = text.length();
        if (i + 4 > n) return i;
        char a = Character.toUpperCase(text.charAt(i));
        char b = Character.toUpperCase(text.charAt(i + 1));
        if (!(a >= 'A' && a <= 'Z' && b >= 'A' && b <= 'Z' && digit(text.charAt(i + 2)) && digit(text.charAt(i + 3)))) return i;
        Integer length = Checksums.IBAN_LENGTHS.get("" + a + b);
        if (length == null) return i;
        StringBuilder compact = new StringBuilder(length);
        int j = i;
        while (j < n && compact.length() < length) {
            char c = text.charAt(j);
            if (alnum(c)) {
                compact.append(Character.toUpperCase(c));
                j++;
            } else if ((c == ' ' || c == '-') && compact.length() % 4 == 0 && j + 1 < n && alnum(text.charAt(j + 1))) {
                j++;
            } else {
                break;
            }
        }
        if (compact.length() != length || j < n && alnum(text.charAt(j))) return i;
        return Checksums.iban(compact.toString()) ? j : i;
    }

    private static int nieAt(String text, int i) {
        int n = text.length();
        char c = Character.toUpperCase(text.charAt(i));
        if (c != 'X' && c != 'Y' && c != 'Z') return i;
        int j = i + 1;
        if (j < n && (text.charAt(j) == '-' || text.charAt(j) == ' ')) j++;
        int from = j;
        while (j < n && digit(text.charAt(j)) && j - from < 8) j++;
        if (j - from != 7) return i;
        String digits = text.substring(from, j);
        if (j < n && (text.charAt(j) == '-' || text.charAt(j) == ' ')) j++;
        if (j >= n || !Character.isLetter(text.charAt(j)) || j + 1 < n && wordChar(text.charAt(j + 1))) return i;
        return Checksums.nie(c, digits, text.charAt(j)) ? j + 1 : i;
    }
}
