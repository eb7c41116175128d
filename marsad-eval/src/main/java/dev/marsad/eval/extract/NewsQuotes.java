package dev.marsad.eval.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.marsad.eval.extract.LabelledPassage.GoldQuote;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The quotes-dev format (../shared/data/quotes-dev): {@code texts.jsonl} ({@code {"id","from","title","text"}}) and
 * {@code gold.jsonl} ({@code {"id","quotes":[{"text","speaker","direct"}]}}), read into labelled articles. The
 * held-out part is fixed by id (docs/EVALUATION.md): odd ids from {@code q05} on; the rest is for development.
 */
final class NewsQuotes {
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
