package dev.playground.engine.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import dev.playground.engine.judge.SafetyJudge;
import org.junit.jupiter.api.Test;

class GuardPolicyTest {
    @Test
    void parsesAndOverrides() {
        GuardPolicy connection = GuardPolicy.parse("pii=flag,injection=block");
        GuardPolicy run = GuardPolicy.parse("pii=mask");
        GuardPolicy merged = connection.overriddenBy(run);
        assertEquals(GuardAction.MASK, merged.action("pii"));
        assertEquals(GuardAction.BLOCK, merged.action("injection"));
        assertEquals("pii=mask,injection=block", merged.toString());
        assertEquals(GuardAction.FLAG, GuardPolicy.parse("pii").action("pii"));
        assertThrows(IllegalArgumentException.class, () -> GuardPolicy.parse("pii=hide"));
        assertThrows(IllegalArgumentException.class, () -> GuardPolicy.parse("faces=mask"));
    }

    @Test
    void bannedWordsIgnoreCaseAndAccents() {
        BannedWordsRail rail = new BannedWordsRail(List.of("competidor", "project falcon"));
        List<GuardFinding> found = rail.check("Compara con el Competidor y con PROJECT  Falcon, no competidores.");
        assertEquals(List.of("Competidor", "PROJECT  Falcon"), found.stream().map(GuardFinding::text).toList());
    }

    @Test
    void safetyVerdictsAreParsed() {
        assertEquals(true, SafetyJudge.parse("safe").safe());
        SafetyJudge.SafetyVerdict unsafe = SafetyJudge.parse("unsafe\nS1,S10");
        assertEquals(List.of("S1", "S10"), unsafe.categories());
        assertEquals(List.of("UNSAFE_S1", "UNSAFE_S10"), unsafe.findings(5).stream().map(GuardFinding::kind).toList());
        assertEquals(true, SafetyJudge.parse("I cannot tell").failed());
    }
}
