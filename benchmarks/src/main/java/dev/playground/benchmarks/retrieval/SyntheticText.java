package dev.playground.benchmarks.retrieval;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Deterministic English-like prose from a fixed vocabulary, for load tests (not for quality figures). */
final class SyntheticText {
    static final String[] WORDS = ("""
            river mountain valley forest desert ocean island harbour bridge tower castle village city market garden field
            farmer teacher doctor engineer pilot sailor painter writer student scientist miner baker weaver builder driver
            water stone wood iron copper glass paper cotton wool salt sugar bread cheese honey coffee tea rice wheat corn
            morning evening winter summer spring autumn storm rain snow wind cloud sunlight shadow fire smoke dust ice
            build carry measure repair paint write study teach grow harvest cook bake sell trade travel climb sail drive
            quickly slowly carefully rarely often always never early late together alone again already almost nearly
            large small ancient modern narrow wide heavy light bright dark quiet loud warm cold dry wet strong fragile
            engine wheel lever pump valve motor battery cable signal lamp lens clock compass map ladder rope hammer saw
            theory method result sample record report survey measure chart model system network process pattern factor
            the a of and in on with for from by to at over under between through after before during while because
            council library museum hospital school station airport factory mill mine quarry dock warehouse workshop farm
            """).trim().split("\\s+");

    private SyntheticText() {}

    static String sentence(Random random, int minWords, int maxWords) {
        int n = minWords + random.nextInt(maxWords - minWords + 1);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String word = WORDS[(int) Math.min(WORDS.length - 1, Math.abs(random.nextGaussian()) * WORDS.length / 2.5)];
            if (i == 0) word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            s.append(i == 0 ? "" : " ").append(word);
        }
        return s.append('.').toString();
    }

    static String paragraph(Random random, int minWords, int maxWords) {
        StringBuilder p = new StringBuilder();
        int target = minWords + random.nextInt(maxWords - minWords + 1);
        int words = 0;
        while (words < target) {
            String sentence = sentence(random, 6, 16);
            words += sentence.split(" ").length;
            p.append(p.isEmpty() ? "" : " ").append(sentence);
        }
        return p.toString();
    }

    static List<String> paragraphs(Random random, int count, int minWords, int maxWords) {
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) out.add(paragraph(random, minWords, maxWords));
        return out;
    }

    static String query(Random random) {
        StringBuilder q = new StringBuilder();
        for (int i = 0; i < 3 + random.nextInt(3); i++) q.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        return q.toString();
    }
}
