package dev.playground.engine.study;

import java.lang.reflect.RecordComponent;
import java.util.List;

/** Jackson leaves a missing field null; this names the first one missing, down through nested records and lists. */
final class RequiredFields {

    private RequiredFields() {
    }

    static void check(Object value, String where) throws StudyContentException {
        String missing = firstMissing(value, "");
        if (missing != null) throw new StudyContentException(where + ": '" + missing + "' is missing. Add it.");
    }

    private static String firstMissing(Object value, String prefix) {
        if (value == null || !value.getClass().isRecord()) return null;
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            Object field;
            try {
                field = component.getAccessor().invoke(value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            String name = prefix + component.getName();
            if (field == null) return name;
            if (field instanceof List<?> items) {
                for (int i = 0; i < items.size(); i++) {
                    if (items.get(i) == null) return name + "[" + i + "]";
                }
            }
            String nested = firstMissing(field, name + ".");
            if (nested != null) return nested;
        }
        return null;
    }
}
