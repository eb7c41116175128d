package dev.marsad.eval.ner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.marsad.extract.ArticleExtractor;
import dev.marsad.extract.ExtractConfig;
import dev.marsad.extract.ExtractionRun;
import dev.marsad.extract.NameFinder;
import dev.marsad.extract.ner.NerModel;
import dev.marsad.extract.ner.TrainedNameFinder;
import dev.marsad.model.ArticleMetadata;
import dev.marsad.model.CleanArticle;
import dev.marsad.model.Entity;
import dev.marsad.model.Role;
import dev.marsad.text.ArabicNormalizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Mention-level P/R/F1 of what {@code analyze} reports on ../shared/data/names-dev (modern news, 2015 and 2018):
 * each article's text runs alone through {@link ArticleExtractor}; per article, reported mentions and gold
 * mentions are compared as multisets of (folded text, type), every occurrence counted. The split (docs/EVALUATION.md,
 * issue 13): even ids are the tune part, odd ids the held-out part.
 */
final class NamesDevScorer {
    private static final String[] TYPES = {"PERSON", "LOCATION", "ORGANIZATION"};

    /** One article: its text and gold (mention, type) pairs. */
    record Article(String id, String text, List<String[]> gold) {
    }

    private NamesDevScorer() {
    }

    /** The articles whose id number has this parity (0 tune, 1 held out). */
    static List<Article> load(Path dir, int parity) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, String> texts = new LinkedHashMap<>();
        for (String line : Files.readAllLines(dir.resolve("texts.jsonl"), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode row = json.readTree(line);
                texts.put(row.path("id").asText(), row.path("text").asText());
            }
        }
        List<Article> out = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("gold.jsonl"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode row = json.readTree(line);
            String id = row.path("id").asText();
            if (Integer.parseInt(id.substring(1)) % 2 != parity || !texts.containsKey(id)) {
                continue;
            }
            List<String[]> gold = new ArrayList<>();
            for (JsonNode e : row.path("entities")) {
                gold.add(new String[] {e.get(0).asText(), e.get(1).asText()});
            }
            out.add(new Article(id, texts.get(id), gold));
        }
        return out;
    }

    /** The report, per type and overall; with {@code errors}, each article's missed (-) and spurious (+) mentions. */
    static String score(NerModel model, List<Article> articles, String title, Optional<StringBuilder> errors) {
        ArticleExtractor extractor = new ArticleExtractor(ExtractConfig.DEFAULT,
                Optional.<NameFinder>of(new TrainedNameFinder(model)));
        int[] tp = new int[3];
        int[] pred = new int[3];
        int[] gold = new int[3];
        for (Article a : articles) {
            List<Entity> entities = extractor.extract(new CleanArticle(Role.MAIN, ArticleMetadata.EMPTY, a.text()),
                    new ExtractionRun()).entities();
            Map<String, Integer> g = new HashMap<>();
            for (String[] e : a.gold()) {
                g.merge(key(e[0], e[1]), 1, Integer::sum);
                gold[type(e[1])]++;
            }
            Map<String, Integer> p = new HashMap<>();
            for (Entity e : entities) {
                p.merge(key(e.text(), e.type().name()), 1, Integer::sum);
                pred[type(e.type().name())]++;
            }
            for (Map.Entry<String, Integer> e : p.entrySet()) {
                int match = Math.min(e.getValue(), g.getOrDefault(e.getKey(), 0));
                tp[type(e.getKey().substring(0, e.getKey().indexOf('\t')))] += match;
            }
            errors.ifPresent(out -> {
                for (Map.Entry<String, Integer> e : g.entrySet()) {
                    for (int i = p.getOrDefault(e.getKey(), 0); i < e.getValue(); i++) {
                        out.append(a.id()).append(" - ").append(e.getKey()).append('\n');
                    }
                }
                for (Map.Entry<String, Integer> e : p.entrySet()) {
                    for (int i = g.getOrDefault(e.getKey(), 0); i < e.getValue(); i++) {
                        out.append(a.id()).append(" + ").append(e.getKey()).append('\n');
                    }
                }
            });
        }
        StringBuilder out = new StringBuilder(title).append('\n');
        out.append(String.format(Locale.ROOT, "  %-13s %6s %6s %6s %6s %6s%n", "type", "P", "R", "F1", "gold", "pred"));
        for (int t = 0; t < 3; t++) {
            out.append(line(TYPES[t], tp[t], pred[t], gold[t]));
        }
        out.append(line("overall", tp[0] + tp[1] + tp[2], pred[0] + pred[1] + pred[2], gold[0] + gold[1] + gold[2]));
        return out.toString();
    }

    private static String line(String name, int tp, int pred, int gold) {
        double p = pred == 0 ? 0 : (double) tp / pred;
        double r = gold == 0 ? 0 : (double) tp / gold;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return String.format(Locale.ROOT, "  %-13s %6.3f %6.3f %6.3f %6d %6d%n", name, p, r, f, gold, pred);
    }

    private static String key(String mention, String type) {
        String m = mention.startsWith("#") ? mention.substring(1) : mention;
        return type + "\t" + ArabicNormalizer.fold(m.replace('_', ' ')).strip();
    }

    private static int type(String name) {
        for (int t = 0; t < 3; t++) {
            if (TYPES[t].equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown type " + name);
    }
}
