package io.pressroom.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands command-line arguments into inputs: files, folders (recursively, hidden entries skipped,
 * in a stable sorted order), globs the shell did not expand ({@code "data/**.txt"}), and "-" for
 * standard input. Arguments that match nothing become failures, not exceptions.
 */
public final class InputResolver {

    /** Inputs found, and arguments that named nothing readable (with the reason). */
    public record Resolved(List<Input> inputs, List<String[]> problems) { }

    private InputResolver() { }

    public static Resolved resolve(List<String> args) {
        List<Input> inputs = new ArrayList<>();
        List<String[]> problems = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("-")) {
                inputs.add(Input.stdin());
                continue;
            }
            if (isGlob(arg)) {
                List<Path> matches = glob(arg);
                if (matches.isEmpty()) problems.add(new String[] {arg, "no file matches this pattern"});
                matches.forEach(p -> inputs.add(Input.of(p)));
                continue;
            }
            Path p = Path.of(arg);
            if (Files.isDirectory(p)) {
                List<Path> files = walk(p);
                if (files.isEmpty()) problems.add(new String[] {arg, "folder holds no files"});
                files.forEach(f -> inputs.add(Input.of(f)));
            } else if (Files.isRegularFile(p)) {
                if (Files.isReadable(p)) inputs.add(Input.of(p));
                else problems.add(new String[] {arg, "not readable (permission denied)"});
            } else if (Files.exists(p)) {
                problems.add(new String[] {arg, "not a regular file"});
            } else {
                problems.add(new String[] {arg, "no such file or folder"});
            }
        }
        return new Resolved(inputs, problems);
    }

    static boolean isGlob(String arg) {
        return arg.indexOf('*') >= 0 || arg.indexOf('?') >= 0 || arg.indexOf('[') >= 0 || arg.indexOf('{') >= 0;
    }

    private static List<Path> glob(String pattern) {
        // Walk from the longest folder prefix without wildcards; match the rest.
        String normalized = pattern.replace('\\', '/');
        int firstWild = 0;
        while (firstWild < normalized.length() && "*?[{".indexOf(normalized.charAt(firstWild)) < 0) firstWild++;
        int slash = normalized.lastIndexOf('/', firstWild);
        Path base = slash < 0 ? Path.of(".") : Path.of(slash == 0 ? "/" : normalized.substring(0, slash));
        if (!Files.isDirectory(base)) return List.of();
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + normalized);
        boolean relativeDot = slash < 0;
        List<Path> out = new ArrayList<>();
        for (Path f : walk(base)) {
            Path candidate = relativeDot ? base.relativize(f) : f;
            if (matcher.matches(candidate)) out.add(f);
        }
        return out;
    }

    private static List<Path> walk(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> !isHidden(dir.relativize(p)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw e;
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) return true;
        }
        return false;
    }
}
