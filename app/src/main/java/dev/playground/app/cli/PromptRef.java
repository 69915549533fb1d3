package dev.playground.app.cli;

import dev.playground.store.LocalStore;
import dev.playground.store.PromptVersion;
import dev.playground.store.UnknownPromptException;

/**
 * A prompt version as typed on the command line: {@code NAME} (the latest), {@code NAME/3}
 * (version 3) or {@code NAME@production} (where the alias points), like MLflow's
 * {@code prompts:/name/3} and {@code prompts:/name@alias}.
 */
record PromptRef(String name, Integer version, String alias) {
    static PromptRef parse(String text) {
        int at = text.lastIndexOf('@');
        if (at > 0) return new PromptRef(text.substring(0, at), null, text.substring(at + 1));
        int slash = text.lastIndexOf('/');
        if (slash > 0) {
            String number = text.substring(slash + 1);
            if (!number.matches("\\d{1,9}")) throw new BadInputException("'" + number + "' is not a version number. Write NAME/3 or NAME@alias.");
            return new PromptRef(text.substring(0, slash), Integer.parseInt(number), null);
        }
        return new PromptRef(text, null, null);
    }

    PromptVersion resolve(LocalStore store) {
        try {
            if (alias != null && !alias.equals("latest")) {
                int target = store.aliases().resolve(name, alias).orElseThrow(() -> new BadInputException(
                        "Prompt '" + name + "' has no alias '" + alias + "'. Its aliases: " + store.aliases().aliases(name).keySet()));
                return store.prompts().version(name, target).orElseThrow(() -> new UnknownPromptException(name, target));
            }
            if (version != null) return store.prompts().version(name, version).orElseThrow(() -> new UnknownPromptException(name, version));
            return store.prompts().latest(name).orElseThrow(() -> new UnknownPromptException(name));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }
}
