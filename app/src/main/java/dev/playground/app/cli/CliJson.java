package dev.playground.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The commands' shared JSON mapper, built on first use: picocli creates every command object at start, even for --version. */
final class CliJson {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private CliJson() {}
}
