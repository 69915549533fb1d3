package dev.playground.engine.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PiiRailTest {
    private final PiiRail rail = new PiiRail();

    private List<String> kinds(String text) {
        return rail.check(text).stream().map(f -> f.kind() + ":" + f.text()).toList();
    }

    @Test
    void findsEachKindWithItsOffsets() {
        String text = "Escribe a ana.garcia@correo.es o llama al +34 612 345 678.";
        List<GuardFinding> found = rail.check(text);
        assertEquals(List.of("EMAIL:ana.garcia@correo.es", "PHONE:+34 612 345 678"), kinds(text));
        GuardFinding email = found.getFirst();
        assertEquals("ana.garcia@correo.es", text.substring(email.start(), email.end()));
        assertEquals("pii", email.rail());
    }

    @Test
    void checksumsDecide() {
        assertEquals(List.of("CREDIT_CARD:4111 1111 1111 1111"), kinds("card 4111 1111 1111 1111 ok"));
        assertEquals(List.of(), kinds("card 4111 1111 1111 1112 ok"));
        assertEquals(List.of("IBAN:ES91 2100 0418 4502 0005 1332"), kinds("IBAN ES91 2100 0418 4502 0005 1332."));
        assertEquals(List.of(), kinds("IBAN ES92 2100 0418 4502 0005 1332."));
        assertEquals(List.of("ES_DNI:12345678Z"), kinds("DNI 12345678Z"));
        assertEquals(List.of(), kinds("DNI 12345678A"));
        assertEquals(List.of("ES_NIE:X1234567L"), kinds("NIE X1234567L"));
        assertEquals(List.of(), kinds("NIE X1234567A"));
        assertEquals(List.of("US_SSN:536-22-1234"), kinds("SSN 536-22-1234"));
        assertEquals(List.of(), kinds("SSN 666-22-1234 and 900-12-3456 and 123-00-4567"));
    }

    @Test
    void phonesAddressesAndSecrets() {
        assertEquals(List.of("PHONE:(415) 555-2671"), kinds("call (415) 555-2671 today"));
        assertEquals(List.of("PHONE:612-34-56-78"), kinds("móvil 612-34-56-78"));
        assertEquals(List.of("IP_ADDRESS:192.168.1.20", "IP_ADDRESS:2001:db8::8a2e:370:7334"),
                kinds("hosts 192.168.1.20 and 2001:db8::8a2e:370:7334"));
        assertEquals(List.of(), kinds("at 10:30:00 on 03/12/2026, version 1.2.3, 999.1.1.1"));
        assertEquals(List.of("SECRET:sk-proj-Ab12Cd34Ef56Gh78Ij90Kl12"), kinds("key sk-proj-Ab12Cd34Ef56Gh78Ij90Kl12 here"));
        assertEquals(List.of("SECRET:AKIAIOSFODNN7EXAMPLE"), kinds("aws AKIAIOSFODNN7EXAMPLE"));
        assertTrue(kinds("token Zx9Qw3Er7Ty1Ui5Op2As8Df4Gh6Jk0L here").getFirst().startsWith("SECRET"));
        assertEquals(List.of(), kinds("the word internationalization and aGVsbG8gd29ybGQsIGhvdyBhcmUgeW91IHRvZGF5Pw=="));
    }

    @Test
    void maskingIsConsistentAndRestores() {
        Masking masking = new Masking();
        String a = "ana@x.es wrote to bo@y.com, then ana@x.es again";
        String masked = masking.mask(a, rail.check(a));
        assertEquals("<EMAIL_1> wrote to <EMAIL_2>, then <EMAIL_1> again", masked);
        String second = masking.mask("cc ana@x.es", rail.check("cc ana@x.es"));
        assertEquals("cc <EMAIL_1>", second);
        assertEquals("Reply to ana@x.es and <PHONE_9>", masking.restore("Reply to <EMAIL_1> and <PHONE_9>"));
    }
}
