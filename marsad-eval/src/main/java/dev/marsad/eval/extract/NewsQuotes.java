package dev.marsad.eval.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.marsad.eval.extract.LabelledPassage.GoldQuote;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The quotes-dev format (../shared/data/quotes-dev): {@code texts.jsonl} ({@code {"id","from","title","text"}}) and
 * {@code gold.jsonl} ({@code {"id","quotes":[{"text","speaker","direct"}]}}), read into labelled articles. The
 * held-out part is fixed by id (docs/EVALUATION.md): odd ids from {@code q05} on; the rest is for development.
 */
public final class NewsQuotes {
    private NewsQuotes() {
    }

    /** A labelled quotation: the gold quote as the fixture scorer takes it, and whether it is in quotation marks. */
    record NewsQuote(GoldQuote gold, boolean direct) {
    }

    /** One labelled article; {@code published} comes from the story-day folder it was drawn from. */
    record NewsArticle(String id, String published, String text, List<NewsQuote> quotes) {
        /** Odd ids from q05 on: never read while developing (q01 and q03 were seen, so they are development). */
        boolean heldOut() {
            Matcher m = NUMBER.matcher(id);
            if (!m.find()) {
                return false;
            }
            int n = Integer.parseInt(m.group());
            return n % 2 == 1 && n >= 5;
        }

        List<GoldQuote> golds() {
            return quotes.stream().map(NewsQuote::gold).toList();
        }
    }

    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** True when {@code dir} holds both files of the format. */
    static boolean present(Path dir) {
        return Files.isRegularFile(dir.resolve("texts.jsonl")) && Files.isRegularFile(dir.resolve("gold.jsonl"));
    }

    /** The articles of {@code dir} in the order of texts.jsonl; a malformed line fails naming its file and line. */
    static List<NewsArticle> load(Path dir) {
        ObjectMapper json = new ObjectMapper();
        Map<String, List<NewsQuote>> gold = new LinkedHashMap<>();
        forEachLine(dir.resolve("gold.jsonl"), json, node -> {
            List<NewsQuote> quotes = new ArrayList<>();
            for (JsonNode q : node.path("quotes")) {
                String text = q.path("text").asText("");
                if (text.isBlank()) {
                    throw new IllegalArgumentException("a quote without text in " + node.path("id").asText());
                }
                quotes.add(new NewsQuote(new GoldQuote(q.path("speaker").asText("").strip(), text.strip()),
                        q.path("direct").asBoolean(false)));
            }
            gold.put(node.path("id").asText(), quotes);
        });
        List<NewsArticle> out = new ArrayList<>();
        forEachLine(dir.resolve("texts.jsonl"), json, node -> {
            String id = node.path("id").asText();
            Matcher date = DATE.matcher(node.path("from").asText(""));
            out.add(new NewsArticle(id, date.find() ? date.group() : "", node.path("text").asText(""),
                    gold.getOrDefault(id, List.of())));
        });
        return List.copyOf(out);
    }

    /** The labels of quotes-fresh (labels only, shipped with the eval; texts stay in their corpora). */
    static final String FRESH_GOLD = "/dev/marsad/eval/quotes-fresh/gold.jsonl";

    /**
     * The labels of quotes-fresh2, same format: 30 more articles labelled before the rules of their round were
     * changed, scored to measure how the rules carry over (its misses are never listed).
     */
    static final String FRESH2_GOLD = "/dev/marsad/eval/quotes-fresh2/gold.jsonl";

    /**
     * The labels of quotes-fresh3, same format: 30 more articles labelled before Marsad was run on them, the unseen
     * check of rules and speaker ranker since quotes-fresh2 became the ranker's training data (misses never listed).
     */
    static final String FRESH3_GOLD = "/dev/marsad/eval/quotes-fresh3/gold.jsonl";

    /**
     * The labels of quotes-fresh4, same format: 30 more articles labelled before Marsad was run on them (2026-12-02),
     * a third unseen check of rules and ranker beside quotes-fresh3 and the held-out part (misses never listed).
     */
    static final String FRESH4_GOLD = "/dev/marsad/eval/quotes-fresh4/gold.jsonl";

    /**
     * The labels of quotes-fresh5, same format: 30 more articles labelled before Marsad was run on them (2026-12-02),
     * the speaker ranker's deciding set in the q17-9 round; since the q17-10 round training data of the ranker, never
     * read for rules (misses never listed).
     */
    static final String FRESH5_GOLD = "/dev/marsad/eval/quotes-fresh5/gold.jsonl";

    /**
     * The labels of quotes-fresh6, same format: 30 more articles labelled before Marsad was run on them (2026-12-02,
     * q17-10), the speaker ranker's deciding set since then: never read for rules (misses never listed), never trained
     * on; where {@code ./marsad train speakers} and {@code ./marsad eval quotes} decide whether the ranker overrules
     * the rules.
     */
    static final String FRESH6_GOLD = "/dev/marsad/eval/quotes-fresh6/gold.jsonl";

    /**
     * The labels of quotes-fresh7, same format: 30 more articles labelled before Marsad was run on them (2026-12-02,
     * q17-11), a tuning set from the start: read for rules (misses listed with --verbose) and ranker training data.
     */
    static final String FRESH7_GOLD = "/dev/marsad/eval/quotes-fresh7/gold.jsonl";

    /**
     * The labels of quotes-fresh8, same format: 30 more articles labelled before Marsad was run on them (2026-12-05,
     * stop 43), a tuning set from the start: read for rules (misses listed with --verbose); not (yet) ranker training
     * data, so that the committed ranker stays the one its command rebuilds.
     */
    static final String FRESH8_GOLD = "/dev/marsad/eval/quotes-fresh8/gold.jsonl";

    /** The labels of quotes-fresh9 (2026-12-05, stop 44): as quotes-fresh8, a tuning set from the start. */
    static final String FRESH9_GOLD = "/dev/marsad/eval/quotes-fresh9/gold.jsonl";

    /** The labels of quotes-fresh10 (2026-12-05, stop 45): as quotes-fresh8, a tuning set from the start. */
    static final String FRESH10_GOLD = "/dev/marsad/eval/quotes-fresh10/gold.jsonl";
    /** The labels of quotes-fresh11 (2026-12-06, stop 46): as quotes-fresh8, a tuning set from the start. */
    static final String FRESH11_GOLD = "/dev/marsad/eval/quotes-fresh11/gold.jsonl";
    /** The labels of quotes-fresh12 (2026-12-06, stop 47): as quotes-fresh8, a tuning set from the start. */
    static final String FRESH12_GOLD = "/dev/marsad/eval/quotes-fresh12/gold.jsonl";
    /** The labels of quotes-fresh13 (2026-12-06, stop 48): as quotes-fresh8, a tuning set from the start. */
    static final String FRESH13_GOLD = "/dev/marsad/eval/quotes-fresh13/gold.jsonl";
    /** The labels of quotes-fresh14 (2026-12-06, stop 49): as quotes-fresh8, a tuning set from the start. */
    static final String FRESH14_GOLD = "/dev/marsad/eval/quotes-fresh14/gold.jsonl";

    /** Every labels-only set shipped with the evaluation. */
    static final List<String> FRESH_GOLDS = List.of(FRESH_GOLD, FRESH2_GOLD, FRESH3_GOLD, FRESH4_GOLD, FRESH5_GOLD,
            FRESH6_GOLD, FRESH7_GOLD, FRESH8_GOLD, FRESH9_GOLD, FRESH10_GOLD, FRESH11_GOLD,
            FRESH12_GOLD, FRESH13_GOLD, FRESH14_GOLD);

    /**
     * The corpus keys (a SaudiNewsNet URL, an ANT docno) of every article of the labels-only sets: what nothing learnt
     * from the unlabelled streams may read ({@code train people}).
     */
    public static java.util.Set<String> labelledKeys() {
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (String gold : FRESH_GOLDS) {
            readLabels(gold).forEach(l -> keys.add(l.path("key").asText()));
        }
        return keys;
    }

    /** The label lines of a shipped labels-only set ({@code gold}), one JSON object each. */
    private static List<JsonNode> readLabels(String gold) {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> labels = new ArrayList<>();
        try (InputStream in = NewsQuotes.class.getResourceAsStream(gold)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + gold);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    labels.add(json.readTree(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + gold, e);
        }
        return labels;
    }

    /** The corpus files quotes-fresh reads its texts from, under the data folder, and each corpus's key field. */
    private static final Map<String, String[]> FRESH_CORPORA = Map.of(
            "saudinewsnet", new String[] {"saudinewsnet/articles.jsonl.gz", "url", "content"},
            "ant-multisource", new String[] {"ant-multisource/articles.jsonl.gz", "docno", "text"});

    /** True when {@code dataRoot} holds both corpora quotes-fresh takes its texts from. */
    static boolean freshPresent(Path dataRoot) {
        return FRESH_CORPORA.values().stream().allMatch(c -> Files.isRegularFile(dataRoot.resolve(c[0])));
    }

    /**
     * The articles of a labels-only set ({@link #FRESH_GOLD}, {@link #FRESH2_GOLD}, {@link #FRESH3_GOLD}, {@link #FRESH4_GOLD}, {@link #FRESH5_GOLD}, {@link #FRESH6_GOLD}, {@link #FRESH7_GOLD}, {@link #FRESH8_GOLD}, {@link #FRESH9_GOLD}, {@link #FRESH10_GOLD}, {@link #FRESH11_GOLD}, {@link #FRESH12_GOLD}, {@link #FRESH13_GOLD}, {@link #FRESH14_GOLD}), labels from the shipped
     * resource {@code gold}, texts looked up by key in the corpora under {@code dataRoot}. An article whose text is missing or not the labelled length is left out with a
     * one-line note in {@code problems}, so a changed corpus never scores labels against another text.
     */
    static List<NewsArticle> loadFresh(Path dataRoot, String gold, List<String> problems) {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> labels = readLabels(gold);
        Map<String, String> texts = new HashMap<>();
        for (Map.Entry<String, String[]> corpus : FRESH_CORPORA.entrySet()) {
            java.util.Set<String> wanted = new java.util.HashSet<>();
            labels.stream().filter(l -> l.path("corpus").asText().equals(corpus.getKey()))
                    .forEach(l -> wanted.add(l.path("key").asText()));
            String[] c = corpus.getValue();
            readCorpus(dataRoot.resolve(c[0]), json, wanted, c[1], c[2], corpus.getKey(), texts);
        }
        List<NewsArticle> out = new ArrayList<>();
        for (JsonNode l : labels) {
            String id = l.path("id").asText();
            String text = texts.get(l.path("corpus").asText() + "\t" + l.path("key").asText());
            if (text == null) {
                problems.add(id + ": no text under key " + l.path("key").asText() + " in " + l.path("corpus").asText());
                continue;
            }
            if (text.length() != l.path("chars").asInt()) {
                problems.add(id + ": text has " + text.length() + " characters, labelled on " + l.path("chars").asInt());
                continue;
            }
            List<NewsQuote> quotes = new ArrayList<>();
            for (JsonNode q : l.path("quotes")) {
                quotes.add(new NewsQuote(new GoldQuote(q.path("speaker").asText("").strip(), q.path("text").asText().strip()),
                        q.path("direct").asBoolean(false)));
            }
            out.add(new NewsArticle(id, l.path("published").asText(""), text, List.copyOf(quotes)));
        }
        return List.copyOf(out);
    }

    /** Puts the body of every record of {@code file} whose key is wanted into {@code texts} (first one wins). */
    private static void readCorpus(Path file, ObjectMapper json, java.util.Set<String> wanted, String keyField,
            String textField, String corpus, Map<String, String> texts) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                JsonNode node = json.readTree(line);
                String key = node.path(keyField).asText();
                if (wanted.contains(key)) {
                    texts.putIfAbsent(corpus + "\t" + key, node.path(textField).asText(""));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static void forEachLine(Path file, ObjectMapper json, java.util.function.Consumer<JsonNode> each) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                each.accept(json.readTree(lines.get(i)));
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
    }
}
