package dev.playground.engine.guard;

import java.util.Map;

/** The check digits that decide whether a number is really a card, an IBAN, a DNI/NIE or an SSN. */
public final class Checksums {
    private static final String DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

    /** IBAN lengths by country (ISO 13616 registry, the countries people meet most). */
    static final Map<String, Integer> IBAN_LENGTHS = Map.ofEntries(
            Map.entry("AD", 24), Map.entry("AT", 20), Map.entry("BE", 16), Map.entry("BG", 22), Map.entry("CH", 21),
            Map.entry("CY", 28), Map.entry("CZ", 24), Map.entry("DE", 22), Map.entry("DK", 18), Map.entry("EE", 20),
            Map.entry("ES", 24), Map.entry("FI", 18), Map.entry("FR", 27), Map.entry("GB", 22), Map.entry("GR", 27),
            Map.entry("HR", 21), Map.entry("HU", 28), Map.entry("IE", 22), Map.entry("IS", 26), Map.entry("IT", 27),
            Map.entry("LI", 21), Map.entry("LT", 20), Map.entry("LU", 20), Map.entry("LV", 21), Map.entry("MC", 27),
            Map.entry("MT", 31), Map.entry("NL", 18), Map.entry("NO", 15), Map.entry("PL", 28), Map.entry("PT", 25),
            Map.entry("RO", 24), Map.entry("SE", 24), Map.entry("SI", 19), Map.entry("SK", 24), Map.entry("SM", 27),
            Map.entry("BR", 29), Map.entry("MX", 18), Map.entry("TR", 26), Map.entry("SA", 24), Map.entry("AE", 23));

    private Checksums() {}

    /** Luhn over the digits of {@code digits} (only digits expected). */
    public static boolean luhn(CharSequence digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (d < 0 || d > 9) return false;
            if (twice) {
                d *= 2;
                if (d > 9) d -= 9;
            }
            sum += d;
            twice = !twice;
        }
        return digits.length() > 1 && sum % 10 == 0;
    }

    /** A card number: 13–19 digits, a known issuer prefix and a valid Luhn digit. */
    public static boolean paymentCard(String digits) {
        int n = digits.length();
        if (n < 13 || n > 19 || !luhn(digits)) return false;
        int two = Integer.parseInt(digits.substring(0, 2));
        int four = Integer.parseInt(digits.substring(0, 4));
        char first = digits.charAt(0);
        if (first == '4') return n == 13 || n == 16 || n == 19;                               // Visa
        if (two >= 51 && two <= 55 || four >= 2221 && four <= 2720) return n == 16;          // Mastercard
        if (two == 34 || two == 37) return n == 15;                                         // Amex
        if (four == 6011 || two == 65 || four >= 6440 && four <= 6499) return n >= 16;       // Discover
        if (two == 35) return n >= 16;                                                      // JCB
        if (two == 36 || two == 38 || two == 30) return n >= 14;                             // Diners
        if (two == 62) return n >= 16;                                                      // UnionPay
        return false;
    }

    /** {@code iban} without spaces, upper case: known country, its length, and mod-97 = 1. */
    public static boolean iban(String iban) {
        if (iban.length() < 15) return false;
        Integer length = IBAN_LENGTHS.get(iban.substring(0, 2));
        if (length == null || iban.length() != length) return false;
        int remainder = 0;
        for (int k = 0; k < iban.length(); k++) {
            char c = iban.charAt((k + 4) % iban.length());
            if (c >= '0' && c <= '9') {
                remainder = (remainder * 10 + (c - '0')) % 97;
            } else if (c >= 'A' && c <= 'Z') {
                remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
            } else {
                return false;
            }
        }
        return remainder == 1;
    }

    /** Spanish DNI: eight digits and the letter for their remainder by 23. */
    public static boolean dni(String digits, char letter) {
        return digits.length() == 8 && DNI_LETTERS.charAt((int) (Long.parseLong(digits) % 23)) == Character.toUpperCase(letter);
    }

    /** Spanish NIE: X, Y or Z (read as 0, 1, 2), seven digits and the DNI letter of the result. */
    public static boolean nie(char prefix, String digits, char letter) {
        int lead = "XYZ".indexOf(Character.toUpperCase(prefix));
        return lead >= 0 && digits.length() == 7 && dni(lead + digits, letter);
    }

    /** US SSN ranges: area not 000, 666 or 900–999; group not 00; serial not 0000. */
    public static boolean ssn(int area, int group, int serial) {
        return area > 0 && area != 666 && area < 900 && group > 0 && serial > 0;
    }

    /** The control letter a DNI number needs (for tests and the corpus). */
    public static char dniLetter(long number) {
        return DNI_LETTERS.charAt((int) (number % 23));
    }
}
