package dev.playground.ui.playground;

import dev.playground.engine.model.RenderedMessage;
import dev.playground.engine.prompt.PromptTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A conversation in the Playground as a tree of turns: each turn is one message as sent (user, assistant, the model's
 * tool calls, their answers); a turn's children are the alternatives that followed it (an edited user turn or a re-run
 * answer starts a new child: a branch), and each turn remembers which child is shown. The branch shown is the path
 * from the root through the chosen children. The opening turns are the rendered prompt; the template and values they
 * came from are kept so a saved version can keep its variables. Plain Java, used on the FX thread only.
 */
final class Conversation {
    /** One message of the tree. */
    static final class Turn {
        private final RenderedMessage message;
        private final Turn parent;
        private final boolean opening;
        private final List<Turn> children = new ArrayList<>();
        private int chosen = -1;
        /** The figures line of an answer (latency, tokens), shown again when its branch is chosen. */
        private String stats = "";

        private Turn(RenderedMessage message, Turn parent, boolean opening) {
            this.message = message;
            this.parent = parent;
            this.opening = opening;
        }

        RenderedMessage message() { return message; }
        Turn parent() { return parent; }
        /** True for a message of the rendered prompt the conversation began with (not edited since). */
        boolean opening() { return opening; }
        String stats() { return stats; }
        void setStats(String text) { stats = text == null ? "" : text; }

        /** 1-based place among the alternatives at this point of the conversation. */
        int position() { return parent == null ? 1 : parent.children.indexOf(this) + 1; }

        /** How many alternatives there are at this point (1 when it was never branched). */
        int alternatives() { return parent == null ? 1 : parent.children.size(); }

        Turn chosenChild() { return chosen < 0 ? null : children.get(chosen); }
    }

    private Turn root = new Turn(null, null, false);
    private PromptTemplate template;
    private Map<String, String> values = Map.of();

    /** Forgets everything and starts from the rendered prompt {@code opening}, made from {@code template} with {@code values}. */
    void start(List<RenderedMessage> opening, PromptTemplate template, Map<String, String> values) {
        root = new Turn(null, null, false);
        this.template = template;
        this.values = values == null ? Map.of() : Map.copyOf(values);
        Turn at = root;
        for (RenderedMessage message : opening) at = add(at, message, true);
    }

    void clear() {
        root = new Turn(null, null, false);
        template = null;
        values = Map.of();
    }

    boolean isEmpty() {
        return root.children.isEmpty();
    }

    /** The template the opening turns were rendered from (null before the first run). */
    PromptTemplate template() { return template; }

    Map<String, String> values() { return values; }

    /** Adds {@code message} after {@code parent} as a new alternative there, and chooses it. */
    Turn add(Turn parent, RenderedMessage message) {
        return add(parent, message, false);
    }

    private Turn add(Turn parent, RenderedMessage message, boolean opening) {
        Turn turn = new Turn(message, parent, opening);
        parent.children.add(turn);
        parent.chosen = parent.children.size() - 1;
        return turn;
    }

    /** Takes {@code turn} (and all that follows it) out of the tree; its parent shows its previous alternative. */
    void remove(Turn turn) {
        Turn parent = turn.parent;
        if (parent == null) return;
        int index = parent.children.indexOf(turn);
        if (index < 0) return;
        parent.children.remove(index);
        parent.chosen = parent.children.isEmpty() ? -1 : Math.min(Math.max(index - 1, 0), parent.children.size() - 1);
    }

    /** The sentinel before the first message: a run from it starts from nothing. */
    Turn root() { return root; }

    /** The branch shown: the first message to the last, through the chosen alternatives. */
    List<Turn> branch() {
        List<Turn> turns = new ArrayList<>();
        for (Turn at = root.chosenChild(); at != null; at = at.chosenChild()) turns.add(at);
        return turns;
    }

    /** The last turn of the branch shown (the root when there is none). */
    Turn tip() {
        Turn at = root;
        while (at.chosenChild() != null) at = at.chosenChild();
        return at;
    }

    /** The messages from the first up to and including {@code turn} (none for the root). */
    List<RenderedMessage> messagesUpTo(Turn turn) {
        List<RenderedMessage> messages = new ArrayList<>();
        for (Turn at = turn; at != null && at != root; at = at.parent) messages.add(0, at.message);
        return messages;
    }

    /** Shows the alternative {@code delta} places away from {@code turn} (-1 the one before, +1 the one after). */
    void move(Turn turn, int delta) {
        Turn parent = turn.parent;
        if (parent == null) return;
        int next = parent.children.indexOf(turn) + delta;
        if (next >= 0 && next < parent.children.size()) parent.chosen = next;
    }

    /** Shows {@code turn}'s branch at its point of the conversation. */
    void choose(Turn turn) {
        if (turn.parent != null) turn.parent.chosen = turn.parent.children.indexOf(turn);
    }
}
