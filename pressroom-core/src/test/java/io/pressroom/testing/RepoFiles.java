package io.pressroom.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the repository's own files (samples/) and the optional shared development data (../shared/
 * beside the repository) from whichever module folder the tests run in. Tests that need shared data
 * skip when it is absent, so a fresh clone elsewhere still passes.
 */
public final class RepoFiles {
    private RepoFiles() { }

    /** The repository root: the nearest folder upwards that holds samples/ and pom.xml. */
    public static Path root() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null) {
            if (Files.isDirectory(p.resolve("samples")) && Files.isRegularFile(p.resolve("pom.xml"))) return p;
            p = p.getParent();
        }
        throw new IllegalStateException("cannot find the repository root from " + Path.of("").toAbsolutePath());
    }

    public static Path samples() {
        return root().resolve("samples");
    }

    /** A path under ../shared/, if the shared folder and that path exist. */
    public static Optional<Path> shared(String relative) {
        String override = System.getenv("PRESSROOM_SHARED");
        Path base = override != null ? Path.of(override) : root().resolveSibling("shared");
        Path p = base.resolve(relative);
        return Files.exists(p) ? Optional.of(p) : Optional.empty();
    }
}
