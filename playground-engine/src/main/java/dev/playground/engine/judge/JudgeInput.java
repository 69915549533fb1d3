package dev.playground.engine.judge;

/** What a judge sees: the question, the answer under test, the retrieved context and the expected answer. */
public record JudgeInput(String question, String answer, String context, String expected) {
    public JudgeInput {
        question = question == null ? "" : question;
        answer = answer == null ? "" : answer;
        context = context == null ? "" : context;
        expected = expected == null ? "" : expected;
    }
}
