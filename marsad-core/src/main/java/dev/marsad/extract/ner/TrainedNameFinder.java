package dev.marsad.extract.ner;

import dev.marsad.model.EntityType;
import dev.marsad.text.ArabicNormalizer;
import dev.marsad.text.ArabicTokenizer;
import dev.marsad.text.Token;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The name finder trained from ../shared/data by {@code ./marsad train ner}, loaded once from the model
 * committed in this module's resources ({@value #MODEL}). Tokenises clean text with {@link ArabicTokenizer},
 * cuts it into sentences at end punctuation and line breaks, tags each with {@link NerModel}, spreads names
 * across the article ({@link DocumentPropagation}) and returns spans
 * whose offsets exclude attached proclitics ({@link ProcliticTrimmer}). Thread-safe.
 */
public final class TrainedNameFinder implements NameFinder {
    static final String MODEL = "ner-ar.bin.gz";
    private static final int MAX_SENTENCE = 120;
    private static final String SENTENCE_END = ".!?\u061F\u061B\u06D4";

    private final NerModel model;
    private final ProcliticTrimmer trimmer;

    public TrainedNameFinder(NerModel model) {
        this.model = Objects.requireNonNull(model, "model");
        this.trimmer = new ProcliticTrimmer(model.lexicon());
    }

    /** The committed model, or empty when the build has none. */
    public static Optional<NameFinder> loadDefault() {
        return Holder.DEFAULT;
    }

    @Override
    public List<NameSpan> find(String text) {
        Objects.requireNonNull(text, "text");
        return find(text, ArabicTokenizer.tokenize(text));
    }

    @Override
    public boolean isCommonWord(String word) {
        return model.lexicon().isCommonWord(Hashing.of(dev.marsad.text.ArabicNormalizer.fold(word)));
    }

    @Override
    public boolean isCommonNewsWord(String word) {
        return model.lexicon().isCommonNewsWord(Hashing.of(dev.marsad.text.ArabicNormalizer.fold(word)));
    }

    @Override
    public boolean isFirstName(String word) {
        long h = Hashing.of(dev.marsad.text.ArabicNormalizer.fold(word));
        return (model.lexicon().tokenFlags(h) & NerLexicon.PERSON_FIRST) != 0 && !model.lexicon().isCommonWord(h);
    }

    /** {@inheritDoc} {@code tokens} must be {@link ArabicTokenizer#tokenize} of {@code text}. */
    @Override
    public List<NameSpan> find(String text, List<Token> tokens) {
        Objects.requireNonNull(text, "text");
        List<NameSpan> out = new ArrayList<>();
        List<List<Token>> sentences = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < tokens.size(); i++) {
            boolean last = i + 1 == tokens.size();
            if (last || i + 1 - from >= MAX_SENTENCE || endsSentence(text, tokens, i)) {
                sentences.add(tokens.subList(from, i + 1));
                from = i + 1;
            }
        }
        List<WordScores[]> words = new ArrayList<>(sentences.size());
        for (List<Token> sentence : sentences) {
            words.add(model.words(texts(sentence)));
        }
        NerModel.Tagged tagged = model.tagWords(words);
        List<float[]> emissions = tagged.emissions();
        List<int[]> tags = tagged.tags();
        for (int s = 0; s < sentences.size(); s++) {
            spans(sentences.get(s), emissions.get(s), tags.get(s), out);
        }
        return withSurnamesRestored(text, out);
    }

    /**
     * The spans, each whose first word lost a leading ف or و before ال given it back when the whole word is a later
     * word of a person's name in the same text: فالون in مايكل فالون is a surname, so وقال فالون names him, not
     * "الون" (ف + the article, as فالرئيس would be).
     */
    private static List<NameSpan> withSurnamesRestored(String text, List<NameSpan> spans) {
        Set<String> surnames = new HashSet<>();
        for (NameSpan s : spans) {
            String[] words = text.substring(s.start(), s.end()).strip().split("\\s+");
            for (int i = 1; s.type() == EntityType.PERSON && i < words.length; i++) {
                surnames.add(ArabicNormalizer.fold(words[i]));
            }
        }
        if (surnames.isEmpty()) {
            return spans;
        }
        List<NameSpan> out = new ArrayList<>(spans.size());
        for (NameSpan s : spans) {
            int at = s.start() - 1;
            boolean particle = at >= 0 && (text.charAt(at) == '\u0641' || text.charAt(at) == '\u0648')
                    && (at == 0 || !Character.isLetter(text.charAt(at - 1))) && text.startsWith("\u0627\u0644", s.start());
            int wordEnd = s.start();
            while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
                wordEnd++;
            }
            out.add(particle && surnames.contains(ArabicNormalizer.fold(text.substring(at, wordEnd)))
                    ? new NameSpan(at, s.end(), s.type(), s.score()) : s);
        }
        return out;
    }

    private static boolean endsSentence(String text, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.text().length() == 1 && SENTENCE_END.indexOf(t.text().charAt(0)) >= 0) {
            return true;
        }
        int next = tokens.get(i + 1).start();
        for (int c = t.end(); c < next; c++) {
            if (text.charAt(c) == '\n') {
                return true;
            }
        }
        return false;
    }

    private static String[] texts(List<Token> sentence) {
        String[] raw = new String[sentence.size()];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = sentence.get(i).text();
        }
        return raw;
    }

    private void spans(List<Token> sentence, float[] e, int[] tags, List<NameSpan> out) {
        int n = sentence.size();
        int[] own = null;
        for (int i = 0; i < n; i++) {
            if (tags[i] == 0) {
                continue;
            }
            int end = i;
            while (end + 1 < n && NerTags.isInside(tags[end + 1]) && tags[end + 1] == (tags[i] % 2 == 1 ? tags[i] + 1 : tags[i])) {
                end++;
            }
            Token first = sentence.get(i);
            int start = first.start() + trimmer.leadingClitics(first.text());
            if (own == null) {
                own = model.ownTags(tags);
            }
            out.add(new NameSpan(start, sentence.get(end).end(), NerTags.type(tags[i]), confidence(e, own, i, end)));
            i = end;
        }
    }

    /**
     * Mean over the span's words of the probability of the chosen tag given the tags decoded before and after it
     * (a softmax of emission plus transition scores): a rough confidence, not calibrated. Names added by the
     * curated list or by document propagation score lower, since the model alone did not choose them.
     */
    private double confidence(float[] e, int[] own, int from, int to) {
        double sum = 0;
        for (int i = from; i <= to; i++) {
            sum += model.confidence(e, own, i);
        }
        return Math.min(1.0, Math.max(0.0, sum / (to - from + 1)));
    }

    /** Loads the model on first use only: the JVM runs this initialiser once, thread-safely. */
    private static final class Holder {
        static final Optional<NameFinder> DEFAULT = load();

        private static Optional<NameFinder> load() {
            try (InputStream in = TrainedNameFinder.class.getResourceAsStream(MODEL)) {
                if (in == null) {
                    return Optional.empty();
                }
                return Optional.of(new TrainedNameFinder(NerModel.read(in)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled model " + MODEL, e);
            }
        }
    }
}
