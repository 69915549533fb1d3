package dev.playground.engine.provider;

import dev.playground.engine.guard.GuardAction;
import dev.playground.engine.guard.GuardFinding;
import dev.playground.engine.guard.GuardPolicy;
import dev.playground.engine.guard.GuardPreview;
import dev.playground.engine.guard.Guardrails;
import dev.playground.engine.guard.InjectionRail;
import dev.playground.engine.guard.Masking;
import dev.playground.engine.guard.PiiRail;
import dev.playground.engine.model.CompletionListener;
import dev.playground.engine.model.CompletionRequest;
import dev.playground.engine.model.CompletionResult;
import dev.playground.engine.model.ProviderException;
import dev.playground.engine.model.RenderedMessage;
import dev.playground.engine.model.Role;
import dev.playground.engine.runlog.GuardNote;
import java.util.ArrayList;
import java.util.List;

/**
 * The rails around one call. Input rails run on the rendered messages before anything is sent: personal data is
 * checked in every message, injections and banned words in what the user (or a retrieved document) wrote, not in the
 * system prompt. Masking is shared by all messages of the call, so the server and the run log see {@code <EMAIL_1>},
 * while the caller's listener gets the answer with the values put back. Output rails run on the answer.
 */
final class GuardedCall {
    private final GuardPolicy policy;
    private final Guardrails rails;
    private final Masking masking = new Masking();
    private final CompletionRequest masked;
    private final List<GuardFinding> inputFindings = new ArrayList<>();
    private final String blockReason;
    private String checkedAnswer;
    private List<GuardFinding> answerFindings = List.of();

    GuardedCall(CompletionRequest request, GuardPolicy policy, Guardrails rails) {
        this.policy = policy;
        this.rails = rails;
        List<RenderedMessage> messages = new ArrayList<>();
        String reason = null;
        for (RenderedMessage m : request.messages()) {
            List<String> names = policy.actions().keySet().stream()
                    .filter(rail -> m.role() != Role.SYSTEM || rail.equals(PiiRail.NAME) || rail.equals("tokens")).toList();
            List<GuardFinding> found = rails.check(m.text(), names);
            inputFindings.addAll(found);
            if (reason == null) reason = blockReason(found, "the prompt");
            List<GuardFinding> toMask = found.stream().filter(f -> policy.action(f.rail()) == GuardAction.MASK).toList();
            messages.add(toMask.isEmpty() ? m : m.withText(masking.mask(m.text(), toMask)));
        }
        this.blockReason = reason;
        this.masked = request.withMessages(messages);
    }

    /** The request as it may be sent: personal data replaced where the policy masks it. */
    CompletionRequest request() {
        return masked;
    }

    /** Why the call must not be sent, or null. */
    String blockReason() {
        return blockReason;
    }

    List<GuardFinding> inputFindings() {
        return List.copyOf(inputFindings);
    }

    /** Each input finding with what its rail does and, when masked, the placeholder sent instead. */
    GuardPreview preview(boolean policySet) {
        List<GuardPreview.Item> items = new ArrayList<>();
        for (GuardFinding f : inputFindings) {
            GuardAction action = policy.action(f.rail()) == null ? GuardAction.FLAG : policy.action(f.rail());
            items.add(new GuardPreview.Item(f, action, action == GuardAction.MASK ? masking.placeholder(f.kind(), f.text()) : ""));
        }
        return new GuardPreview(items, policySet, blockReason != null);
    }

    /** What the run log keeps of the findings: rail, kind, action, prompt or answer (never the text). */
    List<GuardNote> notes() {
        List<GuardNote> notes = new ArrayList<>();
        for (GuardFinding f : inputFindings) notes.add(note(f, GuardNote.PROMPT));
        for (GuardFinding f : answerFindings) notes.add(note(f, GuardNote.ANSWER));
        return notes;
    }

    private GuardNote note(GuardFinding f, String on) {
        GuardAction action = policy.action(f.rail());
        return new GuardNote(f.rail(), f.kind(), (action == null ? GuardAction.FLAG : action).cliName(), on);
    }

    /** The failure for a blocked prompt or answer. */
    static GuardBlockedException blocked(String reason) {
        return new GuardBlockedException(reason);
    }

    /** Why the answer must be withheld, or null. */
    String answerBlockReason(String answer) {
        return blockReason(outputFindings(answer), "the answer");
    }

    /** The answer as the run log keeps it: what the output rails mask is masked (with the same placeholders). */
    CompletionResult forLog(CompletionResult result) {
        List<GuardFinding> toMask = outputFindings(result.text()).stream().filter(f -> policy.action(f.rail()) == GuardAction.MASK).toList();
        if (toMask.isEmpty()) return result;
        return withText(result, masking.mask(result.text(), toMask));
    }

    /** The answer as the caller sees it: placeholders put back. */
    CompletionResult restored(CompletionResult result) {
        return masking.isEmpty() ? result : withText(result, masking.restore(result.text()));
    }

    /** A listener that gets tokens and the answer with placeholders restored (a placeholder split across tokens waits). */
    CompletionListener restoring(CompletionListener listener) {
        if (masking.isEmpty()) return listener;
        return new CompletionListener() {
            private final StringBuilder pending = new StringBuilder();

            @Override
            public synchronized void onToken(String token) {
                pending.append(token);
                StringBuilder out = new StringBuilder();
                while (!pending.isEmpty()) {
                    int open = pending.indexOf("<");
                    if (open < 0) {
                        out.append(pending);
                        pending.setLength(0);
                        break;
                    }
                    out.append(pending, 0, open);
                    pending.delete(0, open);
                    int close = pending.indexOf(">");
                    if (close >= 0) {
                        out.append(masking.restore(pending.substring(0, close + 1)));
                        pending.delete(0, close + 1);
                    } else if (pending.length() > 40) {
                        out.append(pending.charAt(0));
                        pending.deleteCharAt(0);
                    } else {
                        break;
                    }
                }
                if (!out.isEmpty()) listener.onToken(out.toString());
            }

            @Override
            public synchronized void onComplete(CompletionResult result) {
                if (!pending.isEmpty()) listener.onToken(masking.restore(pending.toString()));
                pending.setLength(0);
                listener.onComplete(restored(result));
            }

            @Override
            public void onError(ProviderException error, CompletionResult partial) {
                listener.onError(error, partial == null ? null : restored(partial));
            }
        };
    }

    private synchronized List<GuardFinding> outputFindings(String answer) {
        if (answer.equals(checkedAnswer)) return answerFindings;
        List<String> names = policy.actions().keySet().stream().filter(r -> !r.equals(InjectionRail.NAME) && !r.equals("tokens")).toList();
        answerFindings = names.isEmpty() || answer.isEmpty() ? List.of() : rails.check(answer, names);
        checkedAnswer = answer;
        return answerFindings;
    }

    private String blockReason(List<GuardFinding> found, String where) {
        for (GuardFinding f : found) {
            if (policy.action(f.rail()) != GuardAction.BLOCK) continue;
            String what = f.evidence().isEmpty() ? f.kind() : f.kind() + ", " + f.evidence();
            String shown = f.rail().equals(PiiRail.NAME) ? "" : " (\"" + clip(f.text()) + "\")";
            return where.equals("the prompt")
                    ? "Blocked by the " + f.rail() + " guardrail: the prompt contains " + what + shown + ". Nothing was sent to the model."
                    : "The answer was withheld by the " + f.rail() + " guardrail: it contains " + what + shown + ".";
        }
        return null;
    }

    private static String clip(String text) {
        String t = text.replaceAll("\\s+", " ").strip();
        return t.length() > 60 ? t.substring(0, 57) + "..." : t;
    }

    private static CompletionResult withText(CompletionResult r, String text) {
        return r.withText(text);
    }
}
