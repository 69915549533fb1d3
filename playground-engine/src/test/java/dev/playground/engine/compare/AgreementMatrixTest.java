package dev.playground.engine.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementMatrixTest {
    private static List<AgreementMatrix.Pair> pairs(int a, int b, int c, int d) {
        List<AgreementMatrix.Pair> pairs = new ArrayList<>();
        for (int i = 0; i < a; i++) pairs.add(new AgreementMatrix.Pair(true, true));
        for (int i = 0; i < b; i++) pairs.add(new AgreementMatrix.Pair(true, false));
        for (int i = 0; i < c; i++) pairs.add(new AgreementMatrix.Pair(false, true));
        for (int i = 0; i < d; i++) pairs.add(new AgreementMatrix.Pair(false, false));
        return pairs;
    }

    @Test
    void kappa_of_a_worked_example() {
        // 20 both pass, 5 judge only, 10 person only, 15 both fail: po = 0.7, pe = 0.5, kappa = 0.4.
        AgreementMatrix matrix = AgreementMatrix.of(pairs(20, 5, 10, 15));
        assertThat(matrix.compared()).isEqualTo(50);
        assertThat(matrix.observed()).isCloseTo(0.7, within(1e-9));
        assertThat(matrix.kappa()).isCloseTo(0.4, within(1e-9));
        assertThat(matrix.judgePassPersonFail()).isEqualTo(5);
    }

    @Test
    void full_agreement_chance_agreement_and_nothing_to_compare() {
        assertThat(AgreementMatrix.of(pairs(3, 0, 0, 2)).kappa()).isCloseTo(1.0, within(1e-9));
        assertThat(AgreementMatrix.of(pairs(1, 1, 1, 1)).kappa()).isCloseTo(0.0, within(1e-9));
        assertThat(AgreementMatrix.of(pairs(0, 2, 2, 0)).kappa()).isCloseTo(-1.0, within(1e-9));
        assertThat(AgreementMatrix.of(List.of()).kappa()).isNaN();
        assertThat(AgreementMatrix.of(pairs(4, 0, 0, 0)).kappa()).isNaN();
    }

    @Test
    void kappa_of_an_uneven_table_worked_by_hand() {
        // n = 100; po = (45 + 15) / 100 = 0.60; judge passes 60%, person approves 70%;
        // pe = 0.6 * 0.7 + 0.4 * 0.3 = 0.54; kappa = (0.60 - 0.54) / (1 - 0.54) = 0.06 / 0.46 = 0.1304...
        AgreementMatrix matrix = AgreementMatrix.of(pairs(45, 15, 25, 15));
        assertThat(matrix.observed()).isCloseTo(0.60, within(1e-9));
        assertThat(matrix.kappa()).isCloseTo(0.06 / 0.46, within(1e-9));
        assertThat(matrix.judgeFailPersonPass()).isEqualTo(25);
        assertThat(matrix.bothFail()).isEqualTo(15);
    }

    @Test
    void a_judge_that_always_passes_is_no_better_than_chance_however_often_it_is_right() {
        // po = 0.8, judge passes 100%, person approves 80%: pe = 1.0 * 0.8 + 0 * 0.2 = 0.8, kappa = 0.
        AgreementMatrix matrix = AgreementMatrix.of(pairs(8, 2, 0, 0));
        assertThat(matrix.observed()).isCloseTo(0.8, within(1e-9));
        assertThat(matrix.kappa()).isCloseTo(0.0, within(1e-9));
        // One judge fail the person agreed with lifts it: n = 11, po = 9/11, pj = 10/11, pp = 8/11,
        // pe = (10*8 + 1*3) / 121 = 83/121, kappa = (99/121 - 83/121) / (38/121) = 16/38.
        assertThat(AgreementMatrix.of(pairs(8, 2, 0, 1)).kappa()).isCloseTo(16.0 / 38, within(1e-9));
    }
}
