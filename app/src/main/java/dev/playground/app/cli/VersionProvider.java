package dev.playground.app.cli;

import picocli.CommandLine.IVersionProvider;

final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = PlaygroundCommand.class.getPackage().getImplementationVersion();
        return new String[] {"Prompt Playground " + (version == null ? "development build" : version)};
    }
}
