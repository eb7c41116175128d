package dev.marsad.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.marsad.extract.ArticleExtractor;
import dev.marsad.extract.ner.NameFinder.NameSpan;
import dev.marsad.model.ArticleMetadata;
import dev.marsad.model.CleanArticle;
import dev.marsad.model.EntityType;
import dev.marsad.model.Role;
import dev.marsad.model.TimeMention;
import dev.marsad.pipeline.NewsPipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * One prepared page on the articles topic: what a worker made of a fetched page without an extraction run
 * ({@link NewsPipeline#prepare}: decoded, cleaned, times and name spans found), for the placer to finish against
 * its publisher's run in publication order, as the single process does. Explicit JSON, field by field (never Java
 * serialisation, never reflection, so a renamed record component cannot silently change the wire):
 *
 * <pre>
 * {"format":2, "source":"…", "fetched":123, "run":{"publisher":1764658000000000,"counter":0}, "removed":["…"],
 *  "articles":[{"role":"main", "title":…, "outlet":…, "agency":…, "published":…, "dateline":…, "language":…,
 *               "text":"…", "times":[{"text":…,"value":…,"start":0,"end":9}],
 *               "ruleSpans":[{"start":0,"end":9,"type":"PERSON","score":1.0}], "modelSpans":[…]}]}
 * </pre>
 *
 * The metadata fields are those of the contract's article object (null when unknown). {@code run} names the
 * publisher's extraction run ({@link PublisherRun}); it is left out for a page whose publisher named none, and a
 * page written before it existed reads as such (still format 2: a reader ignores what it does not know, and a placer
 * given a page without it finishes it against one run of its own, as before). Format 1 carried finished
 * analyses; a placer refuses a record of another format with a line naming it. Keyed by {@link #partitionKey}.
 */
public final class PreparedMessage {
    static final int FORMAT = 2;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PreparedMessage() {
    }

    /**
     * A prepared page with its place in the publisher's fetch order ({@link PageMessage#fetched}) and the
     * publisher's run it was fetched in ({@link PageMessage#run}).
     */
    public record Fetched(NewsPipeline.Prepared page, long fetched, Optional<PublisherRun> run) {
        public Fetched {
            java.util.Objects.requireNonNull(run, "run");
        }

        public Fetched(NewsPipeline.Prepared page, long fetched) {
            this(page, fetched, Optional.empty());
        }
    }

    /** The JSON of {@code page}, fetched at {@code fetched}, naming no run. */
    public static String write(NewsPipeline.Prepared page, long fetched) {
        return write(page, fetched, Optional.empty());
    }

    /** The JSON of {@code page}, fetched at {@code fetched} in the publisher's {@code run}. */
    public static String write(NewsPipeline.Prepared page, long fetched, Optional<PublisherRun> run) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("format", FORMAT);
        node.put("source", page.source());
        node.put("fetched", fetched);
        run.ifPresent(r -> {
            ObjectNode named = node.putObject("run");
            named.put("publisher", r.publisher());
            named.put("counter", r.counter());
        });
        ArrayNode removed = node.putArray("removed");
        page.removed().forEach(removed::add);
        ArrayNode articles = node.putArray("articles");
        page.articles().forEach(a -> articles.add(article(a)));
        return node.toString();
    }

    /** The prepared page of JSON written by {@link #write}; a one-line error naming {@code where} for anything else. */
    public static Fetched read(String json, String where) {
        JsonNode node = MessageJson.tree(MAPPER, json, where);
        if (node == null || node.path("format").asInt(-1) != FORMAT || !node.path("source").isTextual()) {
            throw new IllegalArgumentException(where + ": not a Marsad prepared page of format " + FORMAT);
        }
        try {
            NewsPipeline.Prepared page = new NewsPipeline.Prepared(node.get("source").asText(),
                    list(node, "articles", PreparedMessage::article), list(node, "removed", PreparedMessage::text));
            return new Fetched(page, node.path("fetched").asLong(0), run(node.get("run")));
        } catch (IllegalArgumentException | NullPointerException | IndexOutOfBoundsException e) {
            throw new IllegalArgumentException(where + ": a broken prepared page (" + e.getMessage() + ")", e);
        }
    }

    /**
     * The articles topic's key: the language of the page's own article ({@code und} when unknown). Every article of
     * one language goes through one partition, so one placer sees them in the order the workers finished them, and
     * a later deployment can give each language a placer (and a store) of its own; see docs/DEPLOY.md.
     */
    public static String partitionKey(NewsPipeline.Prepared page) {
        return page.articles().isEmpty() ? "und"
                : page.articles().get(0).article().metadata().language().orElse("und");
    }

    private static Optional<PublisherRun> run(JsonNode node) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        JsonNode publisher = node.get("publisher");
        JsonNode counter = node.get("counter");
        if (publisher == null || !publisher.isIntegralNumber() || !publisher.canConvertToLong()
                || counter == null || !counter.isIntegralNumber() || !counter.canConvertToLong()) {
            throw new IllegalArgumentException("a run without its publisher and counter");
        }
        return Optional.of(new PublisherRun(publisher.asLong(), counter.asLong()));
    }

    private static ObjectNode article(ArticleExtractor.Prepared prepared) {
        ObjectNode node = MAPPER.createObjectNode();
        CleanArticle article = prepared.article();
        ArticleMetadata meta = article.metadata();
        node.put("role", article.role().wireName());
        putOptional(node, "title", meta.title());
        putOptional(node, "outlet", meta.outlet());
        putOptional(node, "agency", meta.agency());
        putOptional(node, "published", meta.published());
        putOptional(node, "dateline", meta.dateline());
        putOptional(node, "language", meta.language());
        node.put("text", article.text());
        ArrayNode times = node.putArray("times");
        for (TimeMention t : prepared.times()) {
            ObjectNode time = times.addObject();
            time.put("text", t.text());
            putOptional(time, "value", t.value());
            time.put("start", t.start());
            time.put("end", t.end());
        }
        spans(node.putArray("ruleSpans"), prepared.ruleSpans());
        spans(node.putArray("modelSpans"), prepared.modelSpans());
        return node;
    }

    private static ArticleExtractor.Prepared article(JsonNode node) {
        ArticleMetadata meta = new ArticleMetadata(optional(node, "title"), optional(node, "outlet"),
                optional(node, "agency"), optional(node, "published"), optional(node, "dateline"),
                optional(node, "language"));
        CleanArticle article = new CleanArticle(Role.valueOf(text(node, "role").toUpperCase(Locale.ROOT)), meta,
                text(node, "text"));
        List<TimeMention> times = list(node, "times", t -> new TimeMention(text(t, "text"), optional(t, "value"),
                integer(t, "start"), integer(t, "end")));
        return ArticleExtractor.Prepared.of(article, times, list(node, "ruleSpans", PreparedMessage::span),
                list(node, "modelSpans", PreparedMessage::span));
    }

    private static void spans(ArrayNode array, List<NameSpan> spans) {
        for (NameSpan s : spans) {
            ObjectNode span = array.addObject();
            span.put("start", s.start());
            span.put("end", s.end());
            span.put("type", s.type().name());
            // Jackson writes the shortest decimal that reads back as the same double: the score survives exactly.
            span.put("score", s.score());
        }
    }

    private static NameSpan span(JsonNode node) {
        JsonNode score = node.get("score");
        if (score == null || !(score.isNumber() || score.isTextual())) {
            throw new IllegalArgumentException("a name span lacks its score");
        }
        return new NameSpan(integer(node, "start"), integer(node, "end"), EntityType.valueOf(text(node, "type")),
                score.asDouble());
    }

    private static void putOptional(ObjectNode node, String field, Optional<String> value) {
        if (value.isPresent()) {
            node.put(field, value.get());
        } else {
            node.putNull(field);
        }
    }

    private static Optional<String> optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }

    private static String text(JsonNode node) {
        if (!node.isTextual()) {
            throw new IllegalArgumentException("a text expected, found " + node.getNodeType());
        }
        return node.asText();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("no text field " + field);
        }
        return value.asText();
    }

    private static int integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new IllegalArgumentException("no integer field " + field);
        }
        return value.asInt();
    }

    private static <T> List<T> list(JsonNode node, String field, Function<JsonNode, T> reader) {
        JsonNode array = node.get(field);
        if (array == null || !array.isArray()) {
            throw new IllegalArgumentException("no list field " + field);
        }
        List<T> out = new ArrayList<>(array.size());
        array.forEach(element -> out.add(reader.apply(element)));
        return out;
    }
}
