package dev.playground.engine.guard;

/**
 * Text lower-cased, without accents and without invisible characters, with the way back to the original offsets, so
 * that "Ign\u200Bore", "IGNORA" and "ignorá" all read as the same word.
 */
record Normalized(String text, int[] origin, boolean[] hiddenAfter, int originalLength) {

    static Normalized of(String original) {
        int n = original.length();
        char[] out = new char[n];
        int[] origin = new int[n + 1];
        boolean[] hidden = new boolean[n + 1];
        int k = 0;
        for (int i = 0; i < n; i++) {
            char c = original.charAt(i);
            if (invisible(c)) {
                hidden[k] = true;
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < n && original.charAt(i + 1) >= '\uDC00' && c == '\uDB40') {
                hidden[k] = true; // Unicode tag characters: invisible, read separately by HiddenText
                i++;
                continue;
            }
            out[k] = fold(c);
            origin[k] = i;
            k++;
        }
        origin[k] = n;
        return new Normalized(new String(out, 0, k), origin, hidden, n);
    }

    int original(int index) {
        return origin[index];
    }

    int originalEnd(int index) {
        return index == 0 ? 0 : origin[index - 1] + 1;
    }

    /** True when invisible characters were removed between these normalized offsets. */
    boolean hiddenBetween(int start, int end) {
        for (int k = start + 1; k < end; k++) if (hiddenAfter[k]) return true;
        return false;
    }

    static boolean invisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u2060' || c == '\u2061' || c == '\u2062' || c == '\u2063' || c == '\u2064'
                || c == '\uFEFF' || c == '\u00AD' || c == '\u180E' || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }

    private static char fold(char c) {
        if (c < 128) return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        return switch (Character.toLowerCase(c)) {
            case 'á', 'à', 'ä', 'â', 'ã' -> 'a';
            case 'é', 'è', 'ë', 'ê' -> 'e';
            case 'í', 'ì', 'ï', 'î' -> 'i';
            case 'ó', 'ò', 'ö', 'ô', 'õ' -> 'o';
            case 'ú', 'ù', 'ü', 'û' -> 'u';
            case 'ñ' -> 'n';
            case 'ç' -> 'c';
            case '\u2019', '\u2018' -> '\'';
            case '\u00a0' -> ' ';
            default -> Character.toLowerCase(c);
        };
    }
}
