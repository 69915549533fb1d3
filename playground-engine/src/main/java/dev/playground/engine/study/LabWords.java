package dev.playground.engine.study;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A lab finding's words in a form either language can render: where it was found (a case of the check, by number and
 * description, or the lab as a whole), the check's name (an assertion type or name, the same in both languages), and
 * a message key with its values. The patterns live in {@code LabFindings.properties} and {@code LabFindings_es.properties};
 * the English text of a finding is this rendered in English, so the command line and the window say the same thing.
 */
public record LabWords(int caseNumber, String caseName, String check, String key, List<String> args) {
    private static final String BUNDLE = "dev.playground.engine.study.LabFindings";

    public LabWords {
        caseName = caseName == null ? "" : caseName;
        check = check == null ? "" : check;
        args = args == null ? List.of() : List.copyOf(args);
    }

    /** Words for a check of the lab as a whole. */
    static LabWords lab(String check, String key, Object... args) {
        return new LabWords(0, "", check, key, strings(args));
    }

    /** The same place, other words. */
    LabWords say(String newKey, Object... newArgs) {
        return new LabWords(caseNumber, caseName, check, newKey, strings(newArgs));
    }

    /** "case 2 (late parcel): is-json", "caso 2 (late parcel): is-json", or the check's name alone. */
    public String label(StudyLanguage language) {
        if (caseNumber == 0) return check;
        String where = caseName.isEmpty() ? format(language, "label.case", caseNumber) : format(language, "label.caseNamed", caseNumber, caseName);
        return check.isEmpty() ? where : where + ": " + check;
    }

    public String detail(StudyLanguage language) {
        return format(language, key, args.toArray());
    }

    static String format(StudyLanguage language, String key, Object... args) {
        Locale locale = Locale.forLanguageTag(language.code());
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    private static List<String> strings(Object... args) {
        return java.util.Arrays.stream(args).map(a -> a == null ? "" : a.toString()).toList();
    }
}
