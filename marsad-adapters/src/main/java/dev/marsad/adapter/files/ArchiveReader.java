package dev.marsad.adapter.files;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads a news archive in JSON Lines ({@code .jsonl}, {@code .ndjson}, either gzip-compressed as {@code .gz}): one
 * article per line, as dumps of news archives and research corpora come (the SaudiNewsNet and ANT corpora of
 * ../shared/data among them). Streamed line by line, so an archive of any size costs one article's memory. A bad
 * line is one {@link Entry.Bad} naming the file, the line and the reason; the rest goes on.
 *
 * <p>Field names accepted (the first present wins): text {@code text}, {@code content}, {@code body}; title
 * {@code title}; publication time {@code published}, {@code time}, {@code date}, {@code date_extracted}
 * (ISO 8601, RFC 1123 or {@code yyyy-MM-dd HH:mm:ss}); outlet {@code outlet}, {@code site_name}; address
 * {@code url}. An article without an address is named {@code FILE#LINE}.
 */
public final class ArchiveReader {
    private static final List<String> TEXT = List.of("text", "content", "body");
    private static final List<String> TIME = List.of("published", "time", "date", "date_extracted");
    private static final List<String> OUTLET = List.of("outlet", "site_name");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One line of an archive. */
    public sealed interface Entry {
        /**
         * An article.
         *
         * @param source    its address, else {@code FILE#LINE}
         * @param title     its headline, when given
         * @param text      its body
         * @param published ISO date-time, when given and readable
         * @param outlet    its outlet, when given
         */
        record Article(String source, Optional<String> title, String text, Optional<String> published,
                       Optional<String> outlet) implements Entry {
        }

        /** A line that is not an article: {@code FILE:LINE: reason}. */
        record Bad(String message) implements Entry {
        }
    }

    private ArchiveReader() {
    }

    /** True when {@code input} names a JSON Lines archive by its name. */
    public static boolean isArchive(String input) {
        String name = input.toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".jsonl.gz") || name.endsWith(".ndjson.gz");
    }

    /**
     * Reads {@code file} line by line, handing each entry to {@code sink}; returns the number of lines read.
     *
     * @throws UncheckedIOException when the file cannot be opened or read (a broken gzip stream included)
     */
    public static int read(Path file, Consumer<Entry> sink) {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().toLowerCase(Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                     .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)))) {
            int n = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                n++;
                if (!line.isBlank()) {
                    sink.accept(entry(file, n, line));
                }
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    static Entry entry(Path file, int lineNumber, String line) {
        String where = file + ":" + lineNumber;
        JsonNode row;
        try {
            row = JSON.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return new Entry.Bad(where + ": not a JSON object (" + e.getOriginalMessage() + ")");
        }
        if (row == null || !row.isObject()) {
            return new Entry.Bad(where + ": not a JSON object");
        }
        Optional<String> text = first(row, TEXT);
        if (text.isEmpty()) {
            return new Entry.Bad(where + ": no text (expected one of " + TEXT + ")");
        }
        String source = first(row, List.of("url")).orElse(file + "#" + lineNumber);
        return new Entry.Article(source, first(row, List.of("title")), text.get(),
                first(row, TIME).flatMap(ArchiveReader::isoTime), first(row, OUTLET));
    }

    private static Optional<String> first(JsonNode row, List<String> names) {
        for (String name : names) {
            JsonNode value = row.get(name);
            if (value != null && value.isTextual() && !value.asText().isBlank()) {
                return Optional.of(value.asText().strip());
            }
        }
        return Optional.empty();
    }

    /** An ISO 8601 date-time from the time formats archives use; empty when none fits. */
    static Optional<String> isoTime(String value) {
        String v = value.strip();
        try {
            return Optional.of(OffsetDateTime.parse(v).toString());
        } catch (DateTimeParseException e) {
            // next format
        }
        try {
            return Optional.of(ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime().toString());
        } catch (DateTimeParseException e) {
            // next format
        }
        try {
            return Optional.of(LocalDateTime.parse(v.replace(' ', 'T')).toString());
        } catch (DateTimeParseException e) {
            // next format
        }
        return v.matches("\\d{4}-\\d{2}-\\d{2}") ? Optional.of(v) : Optional.empty();
    }
}
