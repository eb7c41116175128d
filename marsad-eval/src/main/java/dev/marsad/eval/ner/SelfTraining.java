package dev.marsad.eval.ner;

import dev.marsad.eval.data.StoryDays;
import dev.marsad.extract.ner.NerModel;
import dev.marsad.extract.ner.NerTags;
import dev.marsad.text.ArabicTokenizer;
import dev.marsad.text.Token;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Self-training material for {@code train ner --self-train N}: sentences of the unlabelled news streams
 * (SaudiNewsNet, ANT multi-source, ANT JawharaFM; story-day articles, so every names-dev article, left out by URL)
 * tagged by a first model, kept only where the model is sure of every token and finds at least one name. The
 * streams are read in turn, one article from each, so that every year and source is represented.
 */
final class SelfTraining {
    static final List<String> STREAMS = List.of("saudinewsnet", "ant-multisource", "ant-jawharafm");
    private static final int MIN_TOKENS = 6;
    private static final int MAX_TOKENS = 50;
    private static final String SENTENCE_END = ".!?؟";

    private SelfTraining() {
    }

    /**
     * Up to {@code wanted} sentences the model tags with every token's confidence at least {@code minConfidence},
     * each with at least one name, as training sentences with the model's tags as labels; empty when the streams
     * are absent.
     */
    static List<NerData.Sentence> confidentSentences(Path dataDir, NerModel model, int wanted, double minConfidence)
            throws IOException {
        List<Path> files = STREAMS.stream().map(s -> dataDir.resolve(s).resolve("articles.jsonl.gz")).filter(Files::isRegularFile).toList();
        List<NerData.Sentence> out = new ArrayList<>();
        if (files.isEmpty() || wanted <= 0) {
            return out;
        }
        Set<String> heldOut = StoryDays.pageUrls(dataDir.resolve("story-days"));
        StreamsInTurn.read(files, () -> out.size() < wanted, row -> {
            if (heldOut.contains(row.path("url").asText())) {
                return;
            }
            String text = row.path("content").asText() + row.path("text").asText();
            for (String[] sentence : sentences(text)) {
                NerModel.Confident tagged = model.tagWithConfidence(sentence);
                if (out.size() < wanted && sure(tagged, minConfidence)) {
                    String[] labels = new String[sentence.length];
                    for (int i = 0; i < labels.length; i++) {
                        labels[i] = NerTags.name(tagged.tags()[i]);
                    }
                    out.add(new NerData.Sentence(sentence, labels));
                }
            }
        });
        return out;
    }

    /** At least one name and every token's tag at least {@code min} sure. */
    static boolean sure(NerModel.Confident tagged, double min) {
        boolean name = false;
        for (int i = 0; i < tagged.tags().length; i++) {
            if (tagged.confidence()[i] < min) {
                return false;
            }
            name |= tagged.tags()[i] != 0;
        }
        return name;
    }

    /** The text's sentences as tokens: cut at line breaks and end punctuation, 6 to 50 tokens kept. */
    static List<String[]> sentences(String text) {
        List<String[]> out = new ArrayList<>();
        for (String para : text.split("\n")) {
            List<String> current = new ArrayList<>();
            for (Token t : ArabicTokenizer.tokenize(para)) {
                current.add(t.text());
                if (t.text().length() == 1 && SENTENCE_END.indexOf(t.text().charAt(0)) >= 0) {
                    keep(current, out);
                    current = new ArrayList<>();
                }
            }
            keep(current, out);
        }
        return out;
    }

    private static void keep(List<String> tokens, List<String[]> out) {
        if (tokens.size() >= MIN_TOKENS && tokens.size() <= MAX_TOKENS) {
            out.add(tokens.toArray(new String[0]));
        }
    }
}
