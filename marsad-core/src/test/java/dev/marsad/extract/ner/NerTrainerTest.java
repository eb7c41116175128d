package dev.marsad.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Training, decoding and the model file on a tiny corpus (seconds, not a quality test). */
class NerTrainerTest {
    private static final String[] SENTENCE = "وقال الرئيس الروسي فلاديمير بوتين في موسكو .".split(" ");
    private static final int[] GOLD = {0, 0, 0, 1, 2, 0, 3, 0};

    private static NerModel train() {
        NerLexicon lexicon = NerLexicon.empty();
        NerCues.addTo(lexicon);
        return new NerTrainer(lexicon).train(List.<String[]>of(SENTENCE), List.<int[]>of(GOLD), new NerTrainer.Settings(3, 1L, 1), (m, e) -> { });
    }

    @Test
    void learnsItsTrainingSentence() {
        assertThat(train().tag(SENTENCE)).containsExactly(GOLD);
    }

    @Test
    void modelFileRoundTripsWithTheSameTags() throws IOException {
        NerModel model = train();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(bytes);
        NerModel read = NerModel.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(read.tag(SENTENCE)).containsExactly(model.tag(SENTENCE));
    }

    @Test
    void emptySentenceHasNoTags() {
        assertThat(train().tag(new String[0])).isEmpty();
    }

    @Test
    void insideTagNeverFollowsOutside() {
        assertThat(NerTags.allowed(0, NerTags.parse("I-PERS"))).isFalse();
        assertThat(NerTags.allowed(NerTags.parse("B-PERS"), NerTags.parse("I-PERS"))).isTrue();
    }

    @Test
    void miscAndAqmarMisLabelsAreOutside() {
        assertThat(NerTags.parse("B-MISC")).isZero();
        assertThat(NerTags.parse("I-MIS1")).isZero();
        assertThat(NerTags.parse("B-PER")).isEqualTo(NerTags.parse("B-PERS"));
    }

    @Test
    void wordsUsedOftenOutsideNamesAndNeverInsideAreCommon() throws IOException {
        java.util.List<String[]> sentences = new java.util.ArrayList<>();
        java.util.List<int[]> gold = new java.util.ArrayList<>();
        for (int i = 0; i < NerTrainer.COMMON_MIN; i++) {
            sentences.add(SENTENCE);
            gold.add(GOLD);
        }
        NerLexicon lexicon = NerLexicon.empty();
        NerModel model = new NerTrainer(lexicon).train(sentences, gold, new NerTrainer.Settings(1, 1L, 1), (m, e) -> { });
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(bytes);
        NerLexicon read = NerModel.read(new ByteArrayInputStream(bytes.toByteArray())).lexicon();
        assertThat(read.isCommonWord(Hashing.of(dev.marsad.text.ArabicNormalizer.fold("الروسي")))).isTrue();
        assertThat(read.isCommonWord(Hashing.of(dev.marsad.text.ArabicNormalizer.fold("بوتين")))).isFalse();
        assertThat(read.isCommonWord(Hashing.of(dev.marsad.text.ArabicNormalizer.fold("الكرملين")))).isFalse();
    }
}
