package dev.playground.ui.editor;

import dev.playground.engine.prompt.TemplateVariables;
import dev.playground.engine.prompt.syntax.TemplateLexer;
import dev.playground.engine.prompt.syntax.TemplateToken;
import dev.playground.engine.prompt.syntax.TemplateToken.Kind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Keeps the tokens of one message template and, after an edit, re-lexes only from the token
 * before the edit until the new tokens line up with the old ones again. The result is the style
 * of just that stretch, so a keystroke in a 5,000-line template costs a few tokens, not the file.
 * Marks (syntax errors, unfilled variables) arrive later from a background check; they shift with
 * edits and are dropped where the text under them changed.
 */
public final class IncrementalHighlighter {
    /** A stretch of restyled text: apply {@code spans} at {@code from}. */
    public record Restyle(int from, StyleSpans<Collection<String>> spans) {}

    /** An extra style over a range (char offsets), e.g. "tpl-error" under a problem. */
    public record Mark(int start, int end, String style) {}

    private List<TemplateToken> tokens = new ArrayList<>();
    private List<Mark> marks = new ArrayList<>();
    private CharSequence text = "";

    /** Lexes all of {@code newText}; used on load and after a background check. */
    public Restyle reset(CharSequence newText) {
        text = newText;
        tokens = new ArrayList<>(TemplateLexer.tokenize(newText));
        return new Restyle(0, spans(0, tokens.size(), newText.length()));
    }

    public Restyle mark(List<Mark> newMarks) {
        marks = new ArrayList<>(newMarks);
        return new Restyle(0, spans(0, tokens.size(), text.length()));
    }

    /**
     * {@code newText} is the text after replacing {@code removed} chars at {@code position} with
     * {@code inserted} chars. Returns the restyled stretch.
     */
    public Restyle edit(CharSequence newText, int position, int removed, int inserted) {
        int delta = inserted - removed;
        int restart = restartIndex(position);
        int restartOffset = restart < tokens.size() ? tokens.get(restart).start() : 0;
        int editEndNew = position + inserted;

        List<TemplateToken> fresh = new ArrayList<>();
        int[] oldIndex = {firstOldAtOrAfter(restart, position + removed)};
        int[] syncedAt = {-1};
        TemplateLexer.tokenize(newText, restartOffset, token -> {
            if (token.start() >= editEndNew) {
                while (oldIndex[0] < tokens.size() && tokens.get(oldIndex[0]).start() + delta < token.start()) oldIndex[0]++;
                if (oldIndex[0] < tokens.size() && sameShifted(tokens.get(oldIndex[0]), token, delta)) {
                    syncedAt[0] = oldIndex[0];
                    return false;
                }
            }
            fresh.add(token);
            return true;
        });

        int oldEnd = syncedAt[0] < 0 ? tokens.size() : syncedAt[0];
        List<TemplateToken> updated = new ArrayList<>(tokens.size() + fresh.size());
        updated.addAll(tokens.subList(0, restart));
        updated.addAll(fresh);
        for (int i = oldEnd; i < tokens.size(); i++) updated.add(shift(tokens.get(i), delta));
        tokens = updated;
        text = newText;
        shiftMarks(position, removed, delta);

        int restyledEnd = restart + fresh.size();
        int endOffset = restyledEnd < tokens.size() ? tokens.get(restyledEnd).start() : newText.length();
        return new Restyle(restartOffset, spans(restart, restyledEnd, endOffset));
    }

    public List<TemplateToken> tokens() {
        return List.copyOf(tokens);
    }

    /**
     * Where re-lexing must start: a token's extent depends on the text up to the next {{ or {%
     * after it, so start from the last such token whose two-character opener lies wholly before the edit.
     */
    private int restartIndex(int position) {
        int index = tokenAt(position);
        while (index > 0) {
            TemplateToken token = tokens.get(index);
            if ((token.kind() == Kind.EXPRESSION || token.kind() == Kind.TAG) && token.start() + 2 <= position) break;
            index--;
        }
        // An {% endraw %} decides where the raw text before it ends: restart at its {% raw %}.
        if (index > 1 && tokens.get(index - 1).kind() == Kind.RAW_TEXT) index -= 2;
        else if (index > 0 && isRawTag(tokens.get(index - 1))) index -= 1;
        return index;
    }

    private boolean isRawTag(TemplateToken token) {
        return token.kind() == Kind.TAG && token.closed() && token.inner(text).equals("raw");
    }

    /** Index of the token containing {@code offset} (binary search), or the last one. */
    private int tokenAt(int offset) {
        int low = 0;
        int high = tokens.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            TemplateToken token = tokens.get(mid);
            if (token.end() <= offset) low = mid + 1;
            else if (token.start() > offset) high = mid - 1;
            else return mid;
        }
        return Math.max(0, Math.min(low, tokens.size() - 1));
    }

    private int firstOldAtOrAfter(int from, int offset) {
        int index = from;
        while (index < tokens.size() && tokens.get(index).start() < offset) index++;
        return index;
    }

    private static boolean sameShifted(TemplateToken old, TemplateToken now, int delta) {
        return old.kind() == now.kind() && old.closed() == now.closed() && old.start() + delta == now.start() && old.end() + delta == now.end()
                && old.kind() != Kind.RAW_TEXT;
    }

    private static TemplateToken shift(TemplateToken token, int delta) {
        return delta == 0 ? token : new TemplateToken(token.kind(), token.start() + delta, token.end() + delta,
                token.innerStart() + delta, token.innerEnd() + delta, token.closed());
    }

    private void shiftMarks(int position, int removed, int delta) {
        if (marks.isEmpty()) return;
        List<Mark> kept = new ArrayList<>(marks.size());
        for (Mark mark : marks) {
            if (mark.end() <= position) kept.add(mark);
            else if (mark.start() >= position + removed) kept.add(new Mark(mark.start() + delta, mark.end() + delta, mark.style()));
        }
        marks = kept;
    }

    /** Styles of tokens [from, to) covering text up to {@code endOffset}, with marks laid over them. */
    private StyleSpans<Collection<String>> spans(int from, int to, int endOffset) {
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        int start = from < tokens.size() ? tokens.get(from).start() : endOffset;
        boolean any = false;
        for (int i = from; i < to; i++) {
            TemplateToken token = tokens.get(i);
            any |= addWithMarks(builder, token.start(), token.end(), styleOf(token));
        }
        if (!any) builder.add(List.of(), Math.max(0, endOffset - start));
        return builder.create();
    }

    private boolean addWithMarks(StyleSpansBuilder<Collection<String>> builder, int start, int end, List<String> base) {
        if (end <= start) return false;
        int at = start;
        for (Mark mark : marks) {
            if (mark.end() <= at || mark.start() >= end) continue;
            int markStart = Math.max(mark.start(), at);
            int markEnd = Math.min(mark.end(), end);
            if (markStart > at) builder.add(base, markStart - at);
            List<String> styled = new ArrayList<>(base);
            styled.add(mark.style());
            builder.add(styled, markEnd - markStart);
            at = markEnd;
        }
        if (end > at) builder.add(base, end - at);
        return true;
    }

    private List<String> styleOf(TemplateToken token) {
        return switch (token.kind()) {
            case TEXT -> List.of();
            case RAW_TEXT -> List.of("tpl-raw");
            case COMMENT -> List.of("tpl-comment");
            case TAG -> List.of("tpl-tag");
            case EXPRESSION -> isReserved(token) ? List.of("tpl-variable", "tpl-reserved") : List.of("tpl-variable");
        };
    }

    private boolean isReserved(TemplateToken token) {
        String inner = token.inner(text);
        String head = inner.split("[\\s|.\\[(]", 2)[0];
        return TemplateVariables.isReserved(head);
    }
}
