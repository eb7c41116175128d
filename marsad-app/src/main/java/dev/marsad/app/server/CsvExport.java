package dev.marsad.app.server;

import dev.marsad.model.ArticleRef;
import dev.marsad.port.SearchIndex.SearchHit;
import dev.marsad.port.SearchIndex.SnippetPart;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV exports ({@code format=csv}) of search hits, entities and quotations: RFC 4180 quoting by Apache Commons CSV, UTF-8
 * with a byte-order mark so spreadsheet tools read Arabic as UTF-8, and a cell that a spreadsheet would run as a
 * formula (one starting with {@code = + - @}, tab or carriage return) prefixed with an apostrophe, as OWASP
 * advises against CSV injection: stored text is untrusted, and a formula is markup for a spreadsheet.
 */
final class CsvExport {
    static final int DEFAULT_ROWS = 1000;
    static final int MAX_ROWS = 5000;
    static final String BOM = "\uFEFF";
    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private CsvExport() {
    }

    /** Sends {@code csv} as a download named {@code filename}. */
    static void send(Context ctx, String filename, String csv) {
        ctx.status(200).contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .result(BOM + csv);
    }

    static String hits(List<SearchHit> hits) {
        return write(List.of("id", "title", "outlet", "published", "score", "snippet"), printer -> {
            for (SearchHit h : hits) {
                printer.printRecord(h.articleId(), cell(h.title()), cell(h.outlet()), cell(h.published()),
                        String.format(Locale.ROOT, "%.4f", h.score()),
                        cell(h.snippet().stream().map(SnippetPart::text).collect(Collectors.joining())));
            }
        });
    }

    static String quotes(List<QuoteRow> rows, Map<ArticleRef, String> storyIds) {
        return write(List.of("text", "speaker", "speakerKey", "direct", "articleId", "source", "title", "outlet",
                "published", "storyId"), printer -> {
                    for (QuoteRow r : rows) {
                        printer.printRecord(cell(r.quote().text()), cell(r.quote().speaker()),
                                cell(r.quote().speakerKey()), r.quote().direct(), r.article().id(),
                                cell(r.article().ref().source()), cell(r.metadata().title()),
                                cell(r.metadata().outlet()), cell(r.metadata().published()),
                                cell(Optional.ofNullable(storyIds.get(r.article().ref()))));
                    }
                });
    }

    /** One row per entity: key, name, type, its other spellings joined by the Arabic comma, mentions, articles. */
    static String entities(List<EntityDirectory.Entry> entries) {
        return write(List.of("key", "name", "type", "variants", "mentions", "articles"), printer -> {
            for (EntityDirectory.Entry e : entries) {
                printer.printRecord(cell(e.entity().key()), cell(e.entity().name()), e.entity().type().name(),
                        cell(String.join("، ", e.entity().variants())), e.entity().mentions(), e.articles().size());
            }
        });
    }

    /** Text as a cell, defused if a spreadsheet would read it as a formula. */
    static String cell(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private static String cell(Optional<String> text) {
        return text.map(CsvExport::cell).orElse("");
    }

    private interface Rows {
        void print(CSVPrinter printer) throws IOException;
    }

    private static String write(List<String> header, Rows rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT.builder().setHeader(header.toArray(String[]::new))
                .build())) {
            rows.print(printer);
        } catch (IOException e) {
            throw new UncheckedIOException("writing CSV to memory", e);
        }
        return out.toString();
    }
}
