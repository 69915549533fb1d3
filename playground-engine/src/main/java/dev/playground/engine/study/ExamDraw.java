package dev.playground.engine.study;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Draws questions for practice: a mock exam spread over the sections by the guide's weights, or a
 * quiz on one section or topic. The {@link Random} is passed in so tests can fix the draw.
 */
public final class ExamDraw {
    /** The real exam's length. */
    public static final int MOCK_EXAM_SIZE = 45;

    private final List<Section> sections;
    private final List<Question> questions;

    public ExamDraw(List<Section> sections, List<Question> questions) {
        this.sections = List.copyOf(sections);
        this.questions = List.copyOf(questions);
    }

    public static ExamDraw of(QuestionBank bank) {
        return new ExamDraw(bank.sections(), bank.questions());
    }

    /**
     * How many questions each section gets out of {@code total}: its weight's share rounded down, then the
     * questions left over go one each to the largest remainders (ties to the lower section), so the sum is exact.
     */
    public static Map<Integer, Integer> quotas(List<Section> sections, int total) {
        int weightSum = sections.stream().mapToInt(Section::weight).sum();
        if (weightSum <= 0) throw new IllegalArgumentException("the sections have no weights, so no exam can be drawn.");
        Map<Integer, Integer> quota = new LinkedHashMap<>();
        List<long[]> remainders = new ArrayList<>(); // {section id, remainder scaled by weightSum}
        int given = 0;
        for (Section s : sections) {
            long scaled = (long) s.weight() * total;
            quota.put(s.id(), (int) (scaled / weightSum));
            given += (int) (scaled / weightSum);
            remainders.add(new long[] {s.id(), scaled % weightSum});
        }
        remainders.sort(Comparator.<long[]>comparingLong(r -> -r[1]).thenComparingLong(r -> r[0]));
        for (int i = 0; i < total - given; i++) quota.merge((int) remainders.get(i)[0], 1, Integer::sum);
        return quota;
    }

    /** A 45-question mock exam drawn by the sections' weights, in shuffled order. */
    public List<Question> mockExam(Random random) {
        return mockExam(MOCK_EXAM_SIZE, random);
    }

    /** A mock exam of {@code size} questions (a shorter one for a quick try) drawn by the sections' weights, shuffled. */
    public List<Question> mockExam(int size, Random random) {
        if (size < 1) throw new IllegalArgumentException("a mock exam needs at least one question.");
        List<Question> drawn = new ArrayList<>();
        quotas(sections, size).forEach((section, count) -> {
            List<Question> pool = new ArrayList<>(questions.stream().filter(q -> q.section() == section).toList());
            if (pool.size() < count) {
                throw new IllegalArgumentException("section " + section + " has " + pool.size() + " questions but a mock exam needs "
                        + count + " from it.");
            }
            Collections.shuffle(pool, random);
            drawn.addAll(pool.subList(0, count));
        });
        Collections.shuffle(drawn, random);
        return drawn;
    }

    /**
     * Up to {@code count} questions, in shuffled order, from one section and/or one topic (null for any).
     * Fewer when fewer match; an empty match is bad input.
     */
    public List<Question> quiz(Integer section, String topic, int count, Random random) {
        if (count < 1) throw new IllegalArgumentException("the count must be 1 or more.");
        List<Question> pool = new ArrayList<>(questions.stream()
                .filter(q -> section == null || q.section() == section)
                .filter(q -> topic == null || q.topic().equals(topic))
                .toList());
        if (pool.isEmpty()) {
            throw new IllegalArgumentException("no question matches" + (section == null ? "" : " section " + section)
                    + (topic == null ? "" : " topic " + topic) + "; check the section (1-6) and the topic (for example 3.5).");
        }
        Collections.shuffle(pool, random);
        return List.copyOf(pool.subList(0, Math.min(count, pool.size())));
    }
}
