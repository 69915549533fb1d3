package dev.playground.engine.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Judge against person, per judge, over every call that has both a judge's verdict and a person's thumbs or rating
 * (in Compare or the Evaluate view): one {@link AgreementMatrix} (confusion matrix and Cohen's kappa) per judge.
 * The person's verdict is the thumb when there is one, else a rating of 4–5 as good and 1–2 as bad; a rating of 3
 * alone says neither, and the call is left out.
 */
public final class JudgeAgreements {
    /** A judge's verdict on a call and the person's feedback on the same call ({@code thumbs} +1, -1, 0; {@code rating} 1–5, 0 none). */
    public record Rated(String judge, boolean judgePassed, int thumbs, int rating) {
        /** The person's verdict, or null when the feedback says neither good nor bad. */
        public Boolean personApproves() {
            if (thumbs != 0) return thumbs > 0;
            if (rating == 0 || rating == 3) return null;
            return rating >= 4;
        }
    }

    private JudgeAgreements() {}

    /** One matrix per judge, judges in name order; a judge whose calls have no usable feedback is left out. */
    public static Map<String, AgreementMatrix> perJudge(List<Rated> rated) {
        Map<String, List<AgreementMatrix.Pair>> pairs = new TreeMap<>();
        for (Rated r : rated) {
            Boolean person = r.personApproves();
            if (person == null) continue;
            pairs.computeIfAbsent(r.judge(), j -> new ArrayList<>()).add(new AgreementMatrix.Pair(r.judgePassed(), person));
        }
        Map<String, AgreementMatrix> out = new LinkedHashMap<>();
        pairs.forEach((judge, list) -> out.put(judge, AgreementMatrix.of(list)));
        return out;
    }
}
