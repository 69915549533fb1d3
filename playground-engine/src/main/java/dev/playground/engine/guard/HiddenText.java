package dev.playground.engine.guard;

import java.util.List;

/**
 * Instructions nobody sees: Unicode tag characters (an invisible copy of ASCII), right-to-left overrides that show text
 * in another order than the model reads it, and base64 that decodes to an instruction.
 */
final class HiddenText {
    private HiddenText() {}

    static void find(String text, InjectionRail rail, List<GuardFinding> found) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\uDB40' && i + 1 < n && text.charAt(i + 1) >= '\uDC00' && text.charAt(i + 1) <= '\uDC7F') {
                int start = i;
                StringBuilder decoded = new StringBuilder();
                while (i + 1 < n && text.charAt(i) == '\uDB40' && text.charAt(i + 1) >= '\uDC00' && text.charAt(i + 1) <= '\uDC7F') {
                    decoded.append((char) (text.charAt(i + 1) - '\uDC00'));
                    i += 2;
                }
                boolean flagEmoji = start >= 2 && text.charAt(start - 2) == '\uD83C' && text.charAt(start - 1) == '\uDFF4';
                if (!flagEmoji) {
                    double inner = rail.strongest(decoded.toString());
                    found.add(new GuardFinding(InjectionRail.NAME, InjectionRules.HIDDEN_TEXT, start, i, text.substring(start, i),
                            inner >= InjectionRail.THRESHOLD ? 0.97 : 0.8, "invisible tag characters that read: " + clip(decoded)));
                }
                continue;
            }
            if (c == '\u202E' || c == '\u202D') {
                int end = i + 1;
                while (end < n && text.charAt(end) != '\u202C' && text.charAt(end) != '\n' && end - i < 400) end++;
                if (end < n && text.charAt(end) == '\u202C') end++;
                String shown = new StringBuilder(text.substring(i + 1, end)).reverse().toString();
                found.add(new GuardFinding(InjectionRail.NAME, InjectionRules.HIDDEN_TEXT, i, end, text.substring(i, end), 0.8,
                        "a right-to-left override changes the order the text is shown in: " + clip(shown)));
                i = end;
                continue;
            }
            if (base64Start(text, i)) {
                int end = i;
                while (end < n && base64Char(text.charAt(end))) end++;
                if (end - i >= 20) {
                    String decoded = Base64Text.decode(text.substring(i, end));
                    if (decoded != null) {
                        double inner = rail.strongest(decoded);
                        if (inner >= 0.5) {
                            found.add(new GuardFinding(InjectionRail.NAME, InjectionRules.INJECTION, i, end, text.substring(i, end),
                                    InjectionRail.round(Math.max(0.9, inner)), "base64 that decodes to an instruction: " + clip(decoded)));
                        }
                    }
                }
                i = Math.max(end, i + 1);
                continue;
            }
            i++;
        }
    }

    private static boolean base64Start(String text, int i) {
        char c = text.charAt(i);
        return PiiRail.alnum(c) && (i == 0 || !base64Char(text.charAt(i - 1)));
    }

    private static boolean base64Char(char c) {
        return PiiRail.alnum(c) || c == '+' || c == '/' || c == '=' || c == '-' || c == '_';
    }

    private static String clip(CharSequence s) {
        String t = s.toString().replaceAll("\\s+", " ").trim();
        return t.length() > 80 ? t.substring(0, 77) + "..." : t;
    }
}
