package dev.marsad.eval.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * Story days rebuilt from a corpus: the unseen story days ({@link #UNSEEN}, real news days labelled into stories and
 * never used for tuning) and the development streams ({@link #DEVELOPMENT}, labelled streams that may be tuned on, such
 * as a week of news). Only their definition (which corpus records make the day) and gold labels ship, under
 * {@code SET/NAME/} in this module's resources (see SOURCE.md in each set); the articles are rebuilt at run time from
 * {@code ../shared/data/CORPUS}, whose text may not be redistributed, as one HTML page per record in the format of
 * {@code story-days}. The methods without a set name read the unseen days.
 */
public final class UnseenStoryDays {
    /** The set of unseen days: never tuned on. */
    public static final String UNSEEN = "story-unseen";
    /** The set of development streams rebuilt from a corpus: scored beside {@code story-days}, may be tuned on. */
    public static final String DEVELOPMENT = "story-dev";
    private static final String ROOT = "/dev/marsad/eval/";
    private static final DateTimeFormatter ISO_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);

    private UnseenStoryDays() {
    }

    /**
     * Which corpus records make one day.
     *
     * @param name       the day's name ({@code pan-arab-2018-04-09})
     * @param corpus     the corpus folder under the data directory ({@code ant-multisource})
     * @param file       the corpus file in that folder ({@code articles.jsonl.gz})
     * @param categories the record categories ({@code cat}) taken
     * @param dates      the dates taken, as the last eight characters of the record's {@code docno} ({@code 20180409})
     * @param articles   how many records the rule must select (a check that the corpus is the labelled one)
     * @param outlets    the outlet's display name ({@code og:site_name}) by the record's {@code src}
     * @param sources    the record sources ({@code src}) taken; empty: every source
     */
    public record Definition(String name, String corpus, String file, List<String> categories, List<String> dates,
                             int articles, Map<String, String> outlets, List<String> sources) {
        public Definition {
            categories = List.copyOf(categories);
            dates = List.copyOf(dates);
            outlets = Map.copyOf(outlets);
            sources = List.copyOf(sources);
        }

        /** A day of every source. */
        public Definition(String name, String corpus, String file, List<String> categories, List<String> dates,
                          int articles, Map<String, String> outlets) {
            this(name, corpus, file, categories, dates, articles, outlets, List.of());
        }

        /** Whether a corpus record belongs to the day. */
        public boolean selects(JsonNode record) {
            String docno = record.path("docno").asText();
            return categories.contains(record.path("cat").asText())
                    && docno.length() >= 8 && dates.contains(docno.substring(docno.length() - 8))
                    && (sources.isEmpty() || sources.contains(record.path("src").asText()));
        }
    }

    /** One rebuilt article page: the corpus id, a source name for messages, and the page's HTML. */
    public record Page(String id, String source, byte[] html) {
    }

    /** A rebuilt day: its pages in publication order and the gold story of each page's id. */
    public record Day(String name, List<Page> pages, Map<String, String> gold) {
    }

    /** The names of the unseen days that ship, in the order they are reported. */
    public static List<String> names() throws IOException {
        return names(UNSEEN);
    }

    /** The names of the days of {@code set} ({@link #UNSEEN} or {@link #DEVELOPMENT}), in the order they are reported. */
    public static List<String> names(String set) throws IOException {
        List<String> names = new ArrayList<>();
        for (String line : resourceLines(set, "days.txt")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                names.add(line.strip());
            }
        }
        return names;
    }

    /** The shipped definition of the unseen day {@code name}. */
    public static Definition definition(String name) throws IOException {
        return definition(UNSEEN, name);
    }

    /** The shipped definition of the day {@code name} of {@code set}. */
    public static Definition definition(String set, String name) throws IOException {
        JsonNode json = new ObjectMapper().readTree(String.join("\n", resourceLines(set, name + "/day.json")));
        List<String> categories = new ArrayList<>();
        json.path("categories").forEach(c -> categories.add(c.asText()));
        List<String> dates = new ArrayList<>();
        json.path("dates").forEach(d -> dates.add(d.asText()));
        Map<String, String> outlets = new TreeMap<>();
        json.path("outlets").fields().forEachRemaining(e -> outlets.put(e.getKey(), e.getValue().asText()));
        List<String> sources = new ArrayList<>();
        json.path("sources").forEach(s -> sources.add(s.asText()));
        return new Definition(json.path("name").asText(), json.path("corpus").asText(), json.path("file").asText(),
                categories, dates, json.path("articles").asInt(), outlets, sources);
    }

    /** The shipped gold labels of the unseen day {@code name}: story by article id, in file order. */
    public static Map<String, String> gold(String name) throws IOException {
        return gold(UNSEEN, name);
    }

    /** The shipped gold labels of the day {@code name} of {@code set}: story by article id, in file order. */
    public static Map<String, String> gold(String set, String name) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, String> gold = new LinkedHashMap<>();
        for (String line : resourceLines(set, name + "/gold.jsonl")) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode row = json.readTree(line);
            if (gold.put(row.path("id").asText(), row.path("story").asText()) != null) {
                throw new IOException(set + "/" + name + "/gold.jsonl: id " + row.path("id").asText() + " twice");
            }
        }
        return gold;
    }

    /** The definitions of every shipped unseen day. */
    public static List<Definition> definitions() throws IOException {
        List<Definition> out = new ArrayList<>();
        for (String name : names()) {
            out.add(definition(name));
        }
        return out;
    }

    /** The corpus file a definition reads, under the data directory. */
    public static Path corpusFile(Path dataDir, Definition definition) {
        return dataDir.resolve(definition.corpus()).resolve(definition.file());
    }

    /**
     * Rebuilds the day from the corpus under {@code dataDir}; empty when the corpus file is absent. Fails when the
     * corpus does not give exactly the labelled articles (another corpus version), naming the first difference.
     */
    public static Optional<Day> build(Path dataDir, Definition definition, Map<String, String> gold) throws IOException {
        Path file = corpusFile(dataDir, definition);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> records = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode record = json.readTree(line);
                if (definition.selects(record)) {
                    records.add(record);
                }
            }
        }
        records.sort(Comparator.comparing((JsonNode r) -> published(r).toInstant())
                .thenComparing(r -> r.path("docno").asText()));
        String where = definition.name() + " (" + file + ")";
        if (records.size() != definition.articles()) {
            throw new IOException(where + ": the rule selects " + records.size() + " articles, the labels are for "
                    + definition.articles());
        }
        List<Page> pages = new ArrayList<>();
        for (JsonNode record : records) {
            String id = record.path("docno").asText();
            if (!gold.containsKey(id)) {
                throw new IOException(where + ": article " + id + " has no gold story");
            }
            pages.add(new Page(id, definition.corpus() + ":" + id, html(record, definition).getBytes(StandardCharsets.UTF_8)));
        }
        if (gold.size() != pages.size()) {
            throw new IOException(where + ": " + gold.size() + " gold labels for " + pages.size() + " articles");
        }
        return Optional.of(new Day(definition.name(), pages, gold));
    }

    /** The record's publication time: RFC 1123 as most records give it, or ISO with an offset. */
    static OffsetDateTime published(JsonNode record) {
        String time = record.path("time").asText().strip();
        try {
            return OffsetDateTime.parse(time, DateTimeFormatter.RFC_1123_DATE_TIME);
        } catch (DateTimeParseException notRfc) {
            try {
                return OffsetDateTime.parse(time);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(record.path("docno").asText() + ": unreadable time '" + time + "'", e);
            }
        }
    }

    /**
     * The record as the page a crawler would fetch, laid out as the {@code story-days} pages are: title, outlet,
     * publication time and canonical URL in the head; heading, byline and one paragraph per text line in the body.
     */
    static String html(JsonNode record, Definition definition) {
        String title = escape(record.path("title").asText().strip());
        String outlet = escape(definition.outlets().getOrDefault(record.path("src").asText(), record.path("src").asText()));
        StringBuilder page = new StringBuilder(4096)
                .append("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">\n")
                .append("<title>").append(title).append(" | ").append(outlet).append("</title>\n")
                .append("<meta property=\"og:site_name\" content=\"").append(outlet).append("\">\n")
                .append("<meta property=\"og:title\" content=\"").append(title).append("\">\n")
                .append("<meta property=\"article:published_time\" content=\"")
                .append(published(record).format(ISO_SECONDS)).append("\">\n")
                .append("<link rel=\"canonical\" href=\"").append(escape(record.path("url").asText())).append("\">\n")
                .append("</head><body>\n<article><h1>").append(title).append("</h1>\n")
                .append("<p class=\"byline\">").append(escape(record.path("author").asText().strip())).append("</p>\n");
        for (String paragraph : record.path("text").asText().split("\n")) {
            if (!paragraph.isBlank()) {
                page.append("<p>").append(escape(paragraph.strip())).append("</p>\n");
            }
        }
        return page.append("</article></body></html>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static List<String> resourceLines(String set, String path) throws IOException {
        try (InputStream in = UnseenStoryDays.class.getResourceAsStream(ROOT + set + "/" + path)) {
            if (in == null) {
                throw new IOException(set + ": resource " + path + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
