package dev.playground.engine.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.playground.engine.compare.JudgeAgreements.Rated;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JudgeAgreementsTest {
    @Test
    void one_matrix_per_judge_from_thumbs_and_ratings() {
        List<Rated> rated = List.of(
                new Rated("tone", true, 1, 0),    // both pass
                new Rated("tone", true, -1, 0),   // judge pass, person fail
                new Rated("tone", false, 0, 5),   // judge fail, person pass (rating 5)
                new Rated("tone", false, 0, 1),   // both fail (rating 1)
                new Rated("tone", false, 0, 3),   // a 3 says neither: left out
                new Rated("facts", true, 1, 2),   // the thumb wins over the rating: both pass
                new Rated("facts", false, 0, 0)); // no feedback: left out

        Map<String, AgreementMatrix> perJudge = JudgeAgreements.perJudge(rated);

        assertThat(perJudge).containsOnlyKeys("facts", "tone");
        assertThat(perJudge.keySet()).containsExactly("facts", "tone");
        AgreementMatrix tone = perJudge.get("tone");
        assertThat(List.of(tone.bothPass(), tone.judgePassPersonFail(), tone.judgeFailPersonPass(), tone.bothFail())).containsExactly(1, 1, 1, 1);
        assertThat(tone.kappa()).isCloseTo(0.0, within(1e-9));
        assertThat(perJudge.get("facts").compared()).isEqualTo(1);
    }
}
