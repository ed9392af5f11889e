package io.pressroom.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option shared by every command that touches the index. */
public final class DataDir {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "${env:PRESSROOM_DATA:-pressroom-data}",
            description = "Data folder holding the index (default: ${DEFAULT-VALUE}; env PRESSROOM_DATA).")
    Path dir;

    public Path path() {
        return dir;
    }
}
