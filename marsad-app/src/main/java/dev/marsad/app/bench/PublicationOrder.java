package dev.marsad.app.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.marsad.adapter.files.ArchiveReader;
import dev.marsad.model.PublicationTime;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Archives merged into one stream in publication order, as a monitor would have received them: the corpora of
 * ../shared/data are stored by outlet and category, not by time. Sorted by publication instant as the story
 * standings read it ({@link PublicationTime}: a time without an offset read as UTC), stably, so equal times keep the
 * archives' order; articles without a readable time come last. Written back as JSON Lines that
 * {@link ArchiveReader} reads to the same articles.
 */
public final class PublicationOrder {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PublicationOrder() {
    }

    /** The articles of {@code archives}, in that order, then sorted by publication time; bad lines are left out. */
    public static List<ArchiveReader.Entry.Article> read(List<Path> archives) {
        List<ArchiveReader.Entry.Article> all = new ArrayList<>();
        for (Path archive : archives) {
            ArchiveReader.read(archive, entry -> {
                if (entry instanceof ArchiveReader.Entry.Article a) {
                    all.add(a);
                }
            });
        }
        return sorted(all);
    }

    /** {@code articles} sorted by publication time, stably; undated ones last. */
    public static List<ArchiveReader.Entry.Article> sorted(List<ArchiveReader.Entry.Article> articles) {
        List<ArchiveReader.Entry.Article> out = new ArrayList<>(articles);
        out.sort(Comparator.comparing(
                (ArchiveReader.Entry.Article a) -> PublicationTime.instant(a.published()).orElse(Instant.MAX)));
        return out;
    }

    /** Writes {@code articles} to {@code file} as JSON Lines (url, title, text, published, outlet). */
    public static void write(Path file, List<ArchiveReader.Entry.Article> articles) {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (ArchiveReader.Entry.Article a : articles) {
                ObjectNode row = JSON.createObjectNode();
                row.put("url", a.source());
                a.title().ifPresent(t -> row.put("title", t));
                row.put("text", a.text());
                a.published().ifPresent(p -> row.put("published", p));
                a.outlet().ifPresent(o -> row.put("outlet", o));
                out.write(JSON.writeValueAsString(row));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
