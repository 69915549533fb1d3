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
}
