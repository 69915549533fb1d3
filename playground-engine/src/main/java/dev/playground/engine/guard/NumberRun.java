package dev.playground.engine.guard;

import java.util.List;

/**
 * A run of digits with the separators people write between groups ({@code +34 612 345 678}, {@code (555) 201-3344},
 * {@code 4111-1111-1111-1111}, {@code 12.345.678-Z}), classified by its shape and, where there is one, its check digit.
 */
final class NumberRun {
    private static final int MAX_DIGITS = 24;

    private NumberRun() {}

    /** Classifies the run starting at {@code i}; returns where the finding ends, or the run's end if none, or {@code i}. */
    static int classify(String text, int i, List<GuardFinding> found) {
        int n = text.length();
        StringBuilder digits = new StringBuilder(20);
        boolean plus = text.charAt(i) == '+';
        boolean parens = false;
        int separators = 0;
        char separator = 0;
        boolean mixed = false;
        boolean dotsOnly = true;
        int j = plus ? i + 1 : i;
        int end = i;
        while (j < n && digits.length() <= MAX_DIGITS) {
            char c = text.charAt(j);
            if (c >= '0' && c <= '9') {
                digits.append(c);
                j++;
                end = j;
            } else if (c == '(' && (j == i || j == i + 1 && plus || isSep(text.charAt(j - 1))) && j + 1 < n && isDigit(text.charAt(j + 1))) {
                parens = true;
                j++;
            } else if (c == ')' && parens && j > i && isDigit(text.charAt(j - 1))) {
                j++;
                end = j;
            } else if (isSep(c) && j > i && !isSep(text.charAt(j - 1)) && j + 1 < n
                    && (isDigit(text.charAt(j + 1)) || text.charAt(j + 1) == '(')) {
                if (separator != 0 && separator != c) mixed = true;
                if (c != '.') dotsOnly = false;
                separator = c;
                separators++;
                j++;
            } else {
                break;
            }
        }
        if (digits.isEmpty()) return i;
        if (end < n && PiiRail.wordChar(text.charAt(end)) && !dniLetterNext(text, end, digits)) return skip(text, end);
        String d = digits.toString();
        String s = text.substring(i, end);
        int nd = d.length();

        if (!plus && !parens && separator == '.' && !mixed && separators == 3 && ipv4(s)) {
            return PiiRail.add(found, "IP_ADDRESS", text, i, end, 0.9);
        }
        if (!plus && !parens && nd == 8 && (separators == 0 || dotsOnly && separators == 2)) {
            int letterEnd = dni(text, end, d);
            if (letterEnd > 0) return PiiRail.add(found, "ES_DNI", text, i, letterEnd, 0.99);
            if (letterEnd < 0) return Math.max(end, -letterEnd);
        }
        if (!plus && !parens && nd == 9 && separators == 2 && !mixed && (separator == '-' || separator == ' ') && ssnShape(s)) {
            int area = Integer.parseInt(d.substring(0, 3));
            if (Checksums.ssn(area, Integer.parseInt(d.substring(3, 5)), Integer.parseInt(d.substring(5)))) {
                return PiiRail.add(found, "US_SSN", text, i, end, 0.95);
            }
            return end;
        }
        if (!plus && !parens && nd >= 13 && nd <= 19 && separator != '.' && !mixed) {
            if (Checksums.paymentCard(d)) return PiiRail.add(found, "CREDIT_CARD", text, i, end, 0.99);
            if (!plus && !d.startsWith("00")) return end;
        }
        if (phone(d, plus, parens, separators, separator)) return PiiRail.add(found, "PHONE", text, i, end, 0.9);
        return end;
    }

    private static boolean phone(String d, boolean plus, boolean parens, int separators, char separator) {
        int nd = d.length();
        if (plus) return nd >= 8 && nd <= 15 && d.charAt(0) != '0';
        if (d.startsWith("00") && nd >= 11 && nd <= 15) return d.charAt(2) != '0';
        if (separator == '.' && separators > 0 && nd != 10) return false;
        if (nd == 9) {
            char first = d.charAt(0);
            return first >= '6' && first <= '9' && !parens;                            // Spanish: 6xx/7xx mobile, 8xx/9xx fixed
        }
        if (nd == 10 || nd == 11 && d.charAt(0) == '1') {
            String local = nd == 11 ? d.substring(1) : d;
            boolean nanp = local.charAt(0) >= '2' && local.charAt(3) >= '2';
            return nanp && (separators >= 2 || parens);                               // US: written in groups, not a bare number
        }
        return false;
    }

    /** 8 digits, then the DNI letter: end of the letter when it is right, minus the end when wrong, 0 when no letter. */
    private static int dni(String text, int end, String digits) {
        int n = text.length();
        int j = end;
        if (j < n && (text.charAt(j) == '-' || text.charAt(j) == ' ')) j++;
        if (j >= n || !Character.isLetter(text.charAt(j)) || j + 1 < n && PiiRail.wordChar(text.charAt(j + 1))) return 0;
        return Checksums.dni(digits, text.charAt(j)) ? j + 1 : -(j + 1);
    }

    private static boolean dniLetterNext(String text, int end, CharSequence digits) {
        return digits.length() == 8 && Character.isLetter(text.charAt(end)) && (end + 1 >= text.length() || !PiiRail.wordChar(text.charAt(end + 1)));
    }

    private static int skip(String text, int from) {
        int j = from;
        while (j < text.length() && PiiRail.wordChar(text.charAt(j))) j++;
        return j;
    }

    private static boolean ssnShape(String s) {
        return s.length() == 11 && s.charAt(3) == s.charAt(6) && !isDigit(s.charAt(3));
    }

    private static boolean ipv4(String s) {
        int parts = 0;
        int value = 0;
        int len = 0;
        for (int k = 0; k <= s.length(); k++) {
            char c = k == s.length() ? '.' : s.charAt(k);
            if (c == '.') {
                if (len == 0 || len > 3 || value > 255 || len > 1 && s.charAt(k - len) == '0') return false;
                parts++;
                value = 0;
                len = 0;
            } else {
                value = value * 10 + (c - '0');
                len++;
            }
        }
        return parts == 4;
    }

    private static boolean isSep(char c) {
        return c == ' ' || c == '-' || c == '.';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
