package dev.playground.engine.study;

/**
 * What a lab opens in the playground: a starter prompt in our prompt-file format (a path under {@code study/labs/},
 * empty when the lab has none) and the handbook collection it uses (null when it uses none).
 */
public record LabOpens(String prompt, LabCollection collection) {
    public LabOpens {
        prompt = prompt == null ? "" : prompt.strip();
    }

    public boolean hasPrompt() {
        return !prompt.isEmpty();
    }
}
