package dev.playground.engine.guard;

/**
 * Keys and tokens: the shapes providers give their keys ({@code sk-…}, {@code AKIA…}, {@code ghp_…}, {@code xoxb-…},
 * {@code AIza…}, {@code glpat-…}, JWTs) and long random-looking tokens. Base64 that decodes to readable text is
 * encoded prose, not a key; the injection rail reads it instead.
 */
final class SecretShapes {
    private static final String[][] PREFIXES = {
            {"sk-", "20"}, {"AKIA", "16"}, {"ASIA", "16"}, {"ghp_", "36"}, {"gho_", "36"}, {"ghu_", "36"}, {"ghs_", "36"},
            {"ghr_", "36"}, {"github_pat_", "22"}, {"xoxb-", "10"}, {"xoxp-", "10"}, {"xoxa-", "10"}, {"xoxs-", "10"},
            {"AIza", "30"}, {"glpat-", "20"}, {"hf_", "30"}, {"eyJ", "20"}};
    private static final int MIN_RANDOM = 24;

    private SecretShapes() {}

    /** A key with a provider's prefix starting at {@code i}: its end, or {@code i}. */
    static int knownPrefix(String text, int i) {
        for (String[] p : PREFIXES) {
            if (!text.startsWith(p[0], i)) continue;
            int end = tokenEnd(text, i, p[0].equals("eyJ"));
            int body = end - i - p[0].length();
            if (body < Integer.parseInt(p[1])) continue;
            if (p[0].startsWith("AKIA") || p[0].startsWith("ASIA")) {
                if (body != 16 || !upperDigits(text, i + 4, end)) continue;
            }
            if (p[0].equals("eyJ") && count(text, i, end, '.') != 2) continue;
            if (p[0].equals("sk-") && !hasDigit(text, i + 3, end)) continue;
            return end;
        }
        return i;
    }

    /** A long token with upper case, lower case and digits mixed at random: its end, or {@code i}. */
    static int highEntropy(String text, int i) {
        int end = tokenEnd(text, i, false);
        int length = end - i;
        if (length < MIN_RANDOM || length > 512) return i;
        int upper = 0, lower = 0, digits = 0;
        int[] counts = new int[128];
        for (int k = i; k < end; k++) {
            char c = text.charAt(k);
            if (c >= 'A' && c <= 'Z') upper++;
            else if (c >= 'a' && c <= 'z') lower++;
            else if (c >= '0' && c <= '9') digits++;
            counts[c]++;
        }
        if (upper < 2 || lower < 2 || digits < 2) return i;
        double entropy = 0;
        for (int c : counts) {
            if (c == 0) continue;
            double p = (double) c / length;
            entropy -= p * Math.log(p);
        }
        entropy /= Math.log(2);
        if (entropy < 4.0) return i;
        if (readableBase64(text.substring(i, end))) return i;
        return end;
    }

    /** True when {@code token} is base64 of mostly printable text (an encoded sentence, not a key). */
    static boolean readableBase64(String token) {
        String decoded = Base64Text.decode(token);
        return decoded != null && decoded.length() >= 12;
    }

    private static int tokenEnd(String text, int i, boolean dots) {
        int j = i;
        while (j < text.length()) {
            char c = text.charAt(j);
            boolean padding = c == '=' && (j + 1 >= text.length() || text.charAt(j + 1) == '=' || !PiiRail.alnum(text.charAt(j + 1)));
            if (PiiRail.alnum(c) || c == '_' || c == '-' || c == '+' || c == '/' || padding || dots && c == '.') j++;
            else break;
        }
        while (j > i && text.charAt(j - 1) == '-') j--;
        return j;
    }

    private static boolean upperDigits(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) return false;
        }
        return true;
    }

    private static boolean hasDigit(String text, int from, int to) {
        for (int k = from; k < to; k++) if (Character.isDigit(text.charAt(k))) return true;
        return false;
    }

    private static int count(String text, int from, int to, char c) {
        int count = 0;
        for (int k = from; k < to; k++) if (text.charAt(k) == c) count++;
        return count;
    }
}
