package dev.playground.ui.editor;

import dev.playground.engine.prompt.syntax.TemplateProblem;
import dev.playground.ui.common.I18n;
import java.text.MessageFormat;
import java.util.MissingResourceException;

/**
 * A template problem in the interface's language. The engine says which problem it is and with
 * which names (it has no user interface); the words come from the resource bundle, keys
 * {@code template.<kind>.what} and {@code template.<kind>.fix}, with the same arguments.
 */
public final class ProblemText {
    private ProblemText() {}

    /** "`{{` sin cerrar en la línea 3, columna 12: cierra la variable con `}}`." in Spanish. */
    public static String describe(TemplateProblem problem, I18n i18n) {
        String key = "template." + problem.kind().key();
        Object[] args = problem.args().toArray();
        return format(i18n, "template.problem", format(i18n, key + ".what", args), String.valueOf(problem.line()),
                String.valueOf(problem.column()), format(i18n, key + ".fix", args));
    }

    /** Formats even without arguments, so the quoting in the patterns is the same for every key. */
    private static String format(I18n i18n, String key, Object... args) {
        try {
            return new MessageFormat(i18n.bundle().getString(key), i18n.locale()).format(args);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }
}
