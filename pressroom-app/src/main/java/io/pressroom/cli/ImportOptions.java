package io.pressroom.cli;

import picocli.CommandLine.Option;

/** What {@code import} and {@code import-parquet} share besides the data folder. */
final class ImportOptions {
    @Option(names = "--commit-every", paramLabel = "N", defaultValue = "10000", description = "Commit after this many new articles. Default: ${DEFAULT-VALUE}.")
    int commitEvery;
}
