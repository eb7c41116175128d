package dev.marsad.eval.ner;

import dev.marsad.extract.ner.NerCues;
import dev.marsad.extract.ner.NerLexicon;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the NER data sets of ../shared/data (each folder's SOURCE.md says what may be trained, tuned and
 * tested on) and the name lists used as lexicons.
 */
final class NerData {
    /** ANERcorp-original lines before this one are training data; the CAMeL test part starts near 125,304. */
    static final int TRAIN_END_LINE = 125_000;
    /** Lines from here to {@link #TRAIN_END_LINE} are held out for tuning the number of epochs. */
    static final int TUNE_START_LINE = 112_500;
    private static final int MAX_SENTENCE = 120;
    static final int DOCUMENT_SENTENCES = 20;

    /** Tokens and their gold IOB2 labels. */
    record Sentence(String[] tokens, String[] labels) {
    }

    private NerData() {
    }

    /** {@code --data DIR} when given, else ../shared/data beside the repository root. */
    static Path dataDir(Optional<Path> option) {
        return NerPaths.dataDir(option);
    }


    /** ANERcorp-original lines {@code [from, to)} (1-based), cut into sentences at end punctuation. */
    static List<Sentence> anerOriginal(Path file, int from, int to) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Sentence> out = new ArrayList<>();
        List<String[]> current = new ArrayList<>();
        for (int n = from; n < to && n <= lines.size(); n++) {
            String line = lines.get(n - 1).strip();
            int sp = line.lastIndexOf(' ');
            if (sp <= 0) {
                continue;
            }
            String token = line.substring(0, sp).strip().replace("\u200F", "");
            current.add(new String[] {token, line.substring(sp + 1)});
            if (token.equals(".") || token.equals("\u061F") || token.equals("!") || current.size() >= MAX_SENTENCE) {
                out.add(toSentence(current));
                current.clear();
            }
        }
        if (!current.isEmpty()) {
            out.add(toSentence(current));
        }
        return out;
    }

    /** A CoNLL-style file: {@code TOKEN TAG} lines, blank lines between sentences. */
    static List<Sentence> conll(Path file) throws IOException {
        List<Sentence> out = new ArrayList<>();
        List<String[]> current = new ArrayList<>();
        for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String line = raw.strip();
            int sp = line.lastIndexOf(' ');
            if (line.isEmpty() || sp <= 0) {
                if (line.isEmpty() && !current.isEmpty()) {
                    out.add(toSentence(current));
                    current.clear();
                }
                continue;
            }
            current.add(new String[] {line.substring(0, sp).strip(), line.substring(sp + 1)});
        }
        if (!current.isEmpty()) {
            out.add(toSentence(current));
        }
        return out;
    }

    /** AQMAR articles of one split ({@code dev} or {@code test}) as listed in split.tsv, one document each. */
    static List<List<Sentence>> aqmar(Path dir, String split) throws IOException {
        List<List<Sentence>> out = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("split.tsv"), StandardCharsets.UTF_8)) {
            String[] cols = line.split("\t");
            if (cols.length == 2 && cols[1].strip().equals(split)) {
                out.add(conll(dir.resolve(cols[0].strip())));
            }
        }
        return out;
    }

    /**
     * ANERcorp has no article boundaries, so documents are runs of {@value #DOCUMENT_SENTENCES} consecutive
     * sentences (about 500 tokens, a news article's length).
     */
    static List<List<Sentence>> blocks(List<Sentence> sentences) {
        List<List<Sentence>> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i += DOCUMENT_SENTENCES) {
            out.add(sentences.subList(i, Math.min(sentences.size(), i + DOCUMENT_SENTENCES)));
        }
        return out;
    }

    /** ANERgazet (curated, source 0), ANETAC Arabic names (automatic, source 1) and the cue words. */
    static NerLexicon lexicon(Path data) throws IOException {
        NerLexicon lexicon = NerLexicon.empty();
        String[][] gazet = {{"AlignedPersGazetteer.txt", "PERSON"}, {"AlignedLocGazetteer.txt", "LOCATION"},
            {"AlignedOrgGazetteer.txt", "ORGANIZATION"}};
        for (String[] g : gazet) {
            for (String line : Files.readAllLines(data.resolve("anergazet").resolve(g[0]), StandardCharsets.UTF_8)) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("====") && !name.startsWith("****")) {
                    lexicon.addName(0, NerCues.typeIndex(g[1]), name);
                }
            }
        }
        Path anetac = data.resolve("anetac").resolve("EN-AR NE").resolve("EN-AR Named-entities.txt");
        for (String line : Files.readAllLines(anetac, StandardCharsets.UTF_8)) {
            String[] words = line.strip().split(" ");
            StringBuilder arabic = new StringBuilder();
            for (int i = 1; i < words.length; i++) {
                if (isArabic(words[i])) {
                    arabic.append(arabic.length() > 0 ? " " : "").append(words[i]);
                }
            }
            if (words.length > 1 && arabic.length() > 0) {
                lexicon.addName(1, NerCues.typeIndex(words[0]), arabic.toString());
            }
        }
        NerCues.addTo(lexicon);
        return lexicon;
    }

    /** The committed word-class file ({@code ./marsad train words}), in marsad-core's resources. */
    static final String WORD_CLASSES = "/dev/marsad/extract/ner/word-clusters-ar.tsv.gz";

    /**
     * Adds the word classes learnt from unlabelled news ({@code ./marsad train words}) to {@code lexicon}: from
     * {@code file} when given, else the committed resource; returns how many words were read.
     */
    static int addWordClasses(NerLexicon lexicon, Optional<Path> file) throws IOException {
        try (java.io.InputStream raw = file.isPresent() ? Files.newInputStream(file.get())
                : NerData.class.getResourceAsStream(WORD_CLASSES)) {
            if (raw == null) {
                throw new IOException("no word classes at " + WORD_CLASSES + "; run ./marsad train words");
            }
            java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(
                    new java.util.zip.GZIPInputStream(raw), StandardCharsets.UTF_8));
            int n = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("# ")) {
                    continue;
                }
                String[] cols = line.split("\t");
                lexicon.addWordClass(cols[0], Integer.parseInt(cols[1]), Integer.parseInt(cols[2]),
                        cols.length > 3 ? Integer.parseInt(cols[3]) : 0);
                n++;
            }
            return n;
        }
    }

    private static boolean isArabic(String word) {
        return word.chars().anyMatch(c -> c >= 0x0600 && c <= 0x06FF);
    }

    private static Sentence toSentence(List<String[]> pairs) {
        String[] tokens = new String[pairs.size()];
        String[] labels = new String[pairs.size()];
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = pairs.get(i)[0];
            labels[i] = pairs.get(i)[1];
        }
        return new Sentence(tokens, labels);
    }
}
