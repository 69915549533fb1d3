package dev.playground.engine.guard;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Decodes base64 (standard or URL-safe) when the result is readable text; null otherwise. */
final class Base64Text {
    private Base64Text() {}

    static String decode(String token) {
        String t = token.replace('-', '+').replace('_', '/');
        int pad = t.length() % 4;
        if (pad == 1) return null;
        if (pad > 0) t = t + "==".substring(0, 4 - pad);
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(t);
        } catch (IllegalArgumentException e) {
            return null;
        }
        String s = new String(bytes, StandardCharsets.UTF_8);
        int printable = 0;
        int letters = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c >= 32 && c != 0xFFFD || c == '\n' || c == '\t' || c == '\r') printable++;
            if (Character.isLetter(c) || c == ' ') letters++;
        }
        return s.isEmpty() || printable < s.length() * 0.95 || letters < s.length() * 0.7 ? null : s;
    }
}
