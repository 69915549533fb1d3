package dev.playground.engine.guard;

/** An IPv6 address written in full or shortened with {@code ::}; times like 10:30:00 are not addresses. */
final class Ipv6 {
    private Ipv6() {}

    /** The end of an IPv6 address starting at {@code i}, or {@code i}. */
    static int match(String text, int i) {
        int n = text.length();
        int j = i;
        int colons = 0;
        while (j < n && j - i < 45) {
            char c = text.charAt(j);
            if (c == ':') colons++;
            else if (!hex(c)) break;
            j++;
        }
        if (colons < 2) return i;
        if (j < n && PiiRail.wordChar(text.charAt(j))) return i;
        // A colon that ends a sentence ("fe80::1: the router") is not part of the address.
        while (j > i + 2 && text.charAt(j - 1) == ':' && text.charAt(j - 2) != ':') j--;
        return valid(text.substring(i, j)) ? j : i;
    }

    private static boolean valid(String s) {
        int gap = s.indexOf("::");
        if (gap >= 0 && s.indexOf("::", gap + 1) >= 0) return false;
        if (s.contains(":::")) return false;
        String[] groups = s.replace("::", ":#:").split(":", -1);
        int count = 0;
        boolean letters = false;
        for (String g : groups) {
            if (g.equals("#")) continue;
            if (g.isEmpty()) {
                if (gap < 0) return false;
                continue;
            }
            if (g.length() > 4) return false;
            for (int k = 0; k < g.length(); k++) if (!Character.isDigit(g.charAt(k))) letters = true;
            count++;
        }
        if (gap < 0) return count == 8;
        return count >= 1 && count <= 7 && (letters || count >= 1 && (s.startsWith("::") || s.endsWith("::") || count >= 2));
    }

    private static boolean hex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
}
