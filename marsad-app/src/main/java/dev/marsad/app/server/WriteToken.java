package dev.marsad.app.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import dev.marsad.adapter.files.OwnerOnlyFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The secret that write requests carry in the {@value #HEADER} header. Generated at the first start of a data
 * directory into {@code DIR/write-token}, readable by its owner only (the token is as strong as that file:
 * anyone who can read it can already read the database beside it).
 *
 * @param value   the token: 32 random bytes as 64 hex digits
 * @param created true when this start created it (the only time it is printed)
 * @param file    where it is kept
 */
public record WriteToken(String value, boolean created, Path file) {
    public static final String HEADER = "X-Marsad-Token";
    public static final String FILE_NAME = "write-token";
    static final int MIN_LENGTH = 32;

    public WriteToken {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(file, "file");
        if (value.length() < MIN_LENGTH) {
            throw new IllegalArgumentException("write token shorter than " + MIN_LENGTH + " characters in " + file);
        }
    }

    /** The token in {@code dataDir}, created with owner-only permissions when there is none yet. */
    public static WriteToken loadOrCreate(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            if (!Files.exists(file)) {
                String fresh = random();
                try {
                    OwnerOnlyFiles.createFile(file);
                    Files.writeString(file, fresh + "\n", StandardCharsets.US_ASCII);
                    return new WriteToken(fresh, true, file);
                } catch (FileAlreadyExistsException raced) {
                    // Another process created it first: use theirs.
                }
            }
            OwnerOnlyFiles.restrict(file);
            return new WriteToken(Files.readString(file, StandardCharsets.US_ASCII).strip(), false, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create or read the write token " + file + ": " + e.getMessage(), e);
        }
    }

    /** A fresh token not kept anywhere (tests, embedded use). */
    public static WriteToken ephemeral() {
        return new WriteToken(random(), true, Path.of("(memory)"));
    }

    /** Constant-time comparison, so the token cannot be guessed a character at a time from response times. */
    boolean matches(String offered) {
        if (offered == null) {
            return false;
        }
        return MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8), offered.strip().getBytes(StandardCharsets.UTF_8));
    }

    private static String random() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public String toString() {
        return "WriteToken[" + file + "]";
    }
}
