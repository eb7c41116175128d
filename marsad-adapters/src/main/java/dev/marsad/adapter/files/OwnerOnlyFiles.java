package dev.marsad.adapter.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Files and directories only their owner can read: the data directory (0700), the write token and the database
 * password (0600). Where the file system has no POSIX permissions (Windows), the platform's defaults apply.
 */
public final class OwnerOnlyFiles {
    private OwnerOnlyFiles() {
    }

    /** Creates {@code file}, failing if it exists, readable and writable by its owner only from the start. */
    public static void createFile(Path file) throws IOException {
        if (posix(file.toAbsolutePath().getParent())) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
    }

    /** Makes an existing file readable and writable by its owner only. */
    public static void restrict(Path file) throws IOException {
        if (posix(file)) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    /**
     * Creates the data directory {@code dir} (and its parents) rwx for its owner only. An existing one is
     * tightened too when it is empty or already a Marsad data directory ({@code marker} in it), never when it
     * is some other folder the user pointed at (a home directory, say).
     */
    public static void directory(Path dir, String marker) {
        try {
            boolean fresh = !Files.exists(dir);
            Files.createDirectories(dir);
            if (posix(dir) && (fresh || isEmpty(dir) || Files.exists(dir.resolve(marker)))) {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create data directory " + dir + ": " + e.getMessage(), e);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (java.util.stream.Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static boolean posix(Path path) {
        return path != null && Files.getFileAttributeView(path, PosixFileAttributeView.class) != null;
    }
}
