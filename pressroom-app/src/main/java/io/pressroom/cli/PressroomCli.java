package io.pressroom.cli;

import io.pressroom.store.IndexInUseException;
import io.pressroom.store.NoIndexException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code pressroom} command: one entry point, one subcommand per task. */
@Command(name = "pressroom", mixinStandardHelpOptions = true, version = "pressroom 0.1.0",
        description = {"Turns raw news pages into clean, searchable articles.", ""},
        subcommands = {DemoCommand.class, IngestCommand.class, ExtractCommand.class, SearchCommand.class, QuotesCommand.class, StatementsCommand.class, StoriesCommand.class, EntityCommand.class, TimelineCommand.class, ShowCommand.class, ImportCommand.class, ImportParquetCommand.class, OptimizeCommand.class,
                ExportCommand.class, StatsCommand.class, ServeCommand.class, BenchCommand.class, BenchLinksCommand.class, LoadTestCommand.class, SynthCommand.class, EvalCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 some documents failed, 2 usage error, 3 index in use, 4 not found, 5 I/O error, 130 interrupted."})
public final class PressroomCli {

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Print stack traces of errors.")
    boolean verbose;

    public static void main(String[] args) {
        int code = newCommandLine().execute(args);
        // During Ctrl-C the shutdown hooks are running; System.exit would wait for them forever.
        if (!Shutdown.inProgress()) System.exit(code);
    }

    public static CommandLine newCommandLine() {
        CommandLine cl = new CommandLine(new PressroomCli());
        cl.setExecutionExceptionHandler(PressroomCli::handle);
        return cl;
    }

    private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        PrintWriter err = cl.getErr();
        err.println("pressroom: " + message(cause));
        boolean verbose = parsed.expandedArgs().contains("--verbose");
        if (verbose) cause.printStackTrace(err);
        err.flush();
        if (cause instanceof IndexInUseException) return ExitCodes.IN_USE;
        if (cause instanceof NoIndexException) return ExitCodes.NOT_FOUND;
        if (cause instanceof IllegalArgumentException) return ExitCodes.USAGE;
        if (cause instanceof IOException) return ExitCodes.IO;
        return ExitCodes.IO;
    }

    private static String message(Throwable t) {
        String m = t.getMessage();
        if (m == null || m.isBlank()) m = t.getClass().getSimpleName();
        if (t instanceof java.nio.file.NoSuchFileException) m = "no such file: " + m;
        if (t instanceof java.nio.file.AccessDeniedException) m = "permission denied: " + m;
        return m.replaceAll("\\s+", " ").strip();
    }
}
