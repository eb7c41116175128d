package dev.marsad.adapter.files;

import dev.marsad.adapter.http.FetchOutcome;
import dev.marsad.adapter.http.PoliteFetcher;
import dev.marsad.model.outcome.RejectionReason;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads the inputs a user names on the command line: a file, a directory (every regular file in it, sorted
 * by name, hidden files skipped) or an http(s) URL. A failure is a value naming the input, never an exception.
 */
public final class InputReader {
    private final PoliteFetcher fetcher;
    private final long maxBytes;

    /** @param fetcher fetches URLs (the same polite, address-checked fetcher everywhere) */
    public InputReader(PoliteFetcher fetcher, long maxBytes) {
        this.fetcher = fetcher;
        this.maxBytes = maxBytes;
    }

    /** True when {@code input} names a URL rather than a path. */
    public static boolean isUrl(String input) {
        String lower = input.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** Expands a directory into its files; a file or URL is itself. */
    public List<String> expand(String input) {
        if (isUrl(input) || input.isBlank()) {
            // A blank argument is not "the current directory": read() refuses it by name.
            return List.of(input);
        }
        Path path;
        try {
            path = Path.of(input);
        } catch (InvalidPathException e) {
            return List.of(input);
        }
        if (!Files.isDirectory(path)) {
            return List.of(input);
        }
        try (Stream<Path> files = Files.list(path)) {
            List<String> out = new ArrayList<>();
            files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .map(Path::toString)
                    .sorted()
                    .forEach(out::add);
            return out;
        } catch (IOException e) {
            return List.of(input);
        }
    }

    /** Reads one file or URL (not a directory: expand first). */
    public InputRead read(String input) {
        if (input.isBlank()) {
            return new InputRead.Failed(input, RejectionReason.UNSUPPORTED, "an empty argument names no file");
        }
        if (isUrl(input)) {
            return fetch(input);
        }
        Path path;
        try {
            path = Path.of(input);
        } catch (InvalidPathException e) {
            return new InputRead.Failed(input, RejectionReason.NOT_FOUND, "invalid path");
        }
        if (!Files.exists(path)) {
            if (Files.isSymbolicLink(path)) {
                return new InputRead.Failed(input, RejectionReason.UNREADABLE,
                        "symbolic link to a missing file or a link loop");
            }
            return new InputRead.Failed(input, RejectionReason.NOT_FOUND, "");
        }
        if (Files.isDirectory(path)) {
            return new InputRead.Failed(input, RejectionReason.UNSUPPORTED, "directory with no files");
        }
        try {
            long size = Files.size(path);
            if (size > maxBytes) {
                return new InputRead.Failed(input, RejectionReason.TOO_LARGE, size + " bytes, limit " + maxBytes);
            }
            return new InputRead.Loaded(new InputSource(input, Files.readAllBytes(path), Optional.empty()));
        } catch (IOException | SecurityException e) {
            return new InputRead.Failed(input, RejectionReason.UNREADABLE, String.valueOf(e.getMessage()));
        }
    }

    /**
     * Fetches a URL as an input to analyse (a page); failures name the reason. The translation from a fetch to an
     * input lives here, not in the fetcher, so that http knows nothing of inputs (no files ↔ http cycle).
     */
    private InputRead fetch(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return new InputRead.Failed(url, RejectionReason.FETCH_FAILED, "malformed URL");
        }
        FetchOutcome outcome = fetcher.fetch(uri);
        if (outcome instanceof FetchOutcome.Fetched fetched) {
            return new InputRead.Loaded(new InputSource(url, fetched.body(), fetched.contentType()));
        }
        if (outcome instanceof FetchOutcome.Disallowed disallowed) {
            return new InputRead.Failed(url, RejectionReason.FETCH_FAILED, disallowed.reason());
        }
        if (outcome instanceof FetchOutcome.NotModified) {
            return new InputRead.Failed(url, RejectionReason.FETCH_FAILED, "not modified");
        }
        FetchOutcome.Failed failed = (FetchOutcome.Failed) outcome;
        boolean tooLarge = failed.reason().startsWith("more than");
        return new InputRead.Failed(url, tooLarge ? RejectionReason.TOO_LARGE : RejectionReason.FETCH_FAILED,
                failed.reason());
    }
}
