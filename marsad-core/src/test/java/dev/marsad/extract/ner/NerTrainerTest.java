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

    private static NerModel trainBilou() {
        NerLexicon lexicon = NerLexicon.empty();
        NerCues.addTo(lexicon);
        return new NerTrainer(lexicon).train(List.<String[]>of(SENTENCE), List.<int[]>of(GOLD),
                new NerTrainer.Settings(3, 1L, 1, 1, false, TagScheme.BILOU), (m, e) -> { });
    }

    @Test
    void aBilouModelLearnsItsSentenceAndAnswersInIob2() {
        NerModel model = trainBilou();
        assertThat(model.scheme()).isEqualTo(TagScheme.BILOU);
        assertThat(model.tag(SENTENCE)).containsExactly(GOLD);
        NerModel.Confident sure = model.tagWithConfidence(SENTENCE);
        assertThat(sure.tags()).containsExactly(GOLD);
        for (double c : sure.confidence()) {
            assertThat(c).isBetween(1.0 / TagScheme.BILOU.count(), 1.0);
        }
    }

    @Test
    void aBilouModelFileIsVersionFourAndRoundTrips() throws IOException {
        NerModel model = trainBilou();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(bytes);
        java.io.DataInputStream in = new java.io.DataInputStream(new java.util.zip.GZIPInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        in.readInt();
        assertThat(in.readInt()).isEqualTo(4);
        NerModel read = NerModel.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(read.scheme()).isEqualTo(TagScheme.BILOU);
        assertThat(read.tag(SENTENCE)).containsExactly(model.tag(SENTENCE));
    }

    @Test
    void anIob2ModelWithoutDocumentFeaturesIsWrittenAsVersionThreeForOlderPrograms() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        train().write(bytes);
        java.io.DataInputStream in = new java.io.DataInputStream(new java.util.zip.GZIPInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        in.readInt();
        assertThat(in.readInt()).isEqualTo(3);
    }

    @Test
    void aModelWithDocumentFeaturesIsVersionFour() throws IOException {
        NerLexicon lexicon = NerLexicon.empty();
        NerCues.addTo(lexicon);
        NerModel model = new NerTrainer(lexicon).train(List.of(SENTENCE, SENTENCE), List.of(GOLD, GOLD), new int[] {0, 0},
                new NerTrainer.Settings(3, 1L, 1, 1, false, TagScheme.IOB2, true, true, false), (m, e) -> { });
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(bytes);
        java.io.DataInputStream in = new java.io.DataInputStream(new java.util.zip.GZIPInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        in.readInt();
        assertThat(in.readInt()).isEqualTo(4);
        assertThat(NerModel.read(new ByteArrayInputStream(bytes.toByteArray())).tag(SENTENCE)).containsExactly(model.tag(SENTENCE));
    }

    @Test
    void aVersionThreeFileStillLoadsAsIob2() throws IOException {
        NerModel model = train();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        NerModelFile.write(new NerModelFile.Contents(model.rows(), model.weights(), model.transitions(), model.lexicon(),
                TagScheme.IOB2), bytes, 3);
        java.io.DataInputStream in = new java.io.DataInputStream(new java.util.zip.GZIPInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        in.readInt();
        assertThat(in.readInt()).isEqualTo(3);
        NerModel read = NerModel.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(read.scheme()).isEqualTo(TagScheme.IOB2);
        assertThat(read.tag(SENTENCE)).containsExactly(model.tag(SENTENCE));
    }

    @Test
    void aModelFileOfANewerVersionIsRefusedWithItsVersion() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(new java.util.zip.GZIPOutputStream(bytes))) {
            out.writeInt(0x4D4E4552);
            out.writeInt(9);
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> NerModel.read(new ByteArrayInputStream(bytes.toByteArray())))
                .isInstanceOf(IOException.class).hasMessageContaining("version 9").hasMessageContaining("2..4");
    }

    @Test
    void perceptronsTrainedSideBySideGiveOneModelThatLearnsTheSentence() {
        NerLexicon lexicon = NerLexicon.empty();
        NerCues.addTo(lexicon);
        NerModel model = new NerTrainer(lexicon).train(List.<String[]>of(SENTENCE), List.<int[]>of(GOLD),
                new NerTrainer.Settings(3, 1L, 1, 3, false, TagScheme.IOB2), (m, e) -> { });
        assertThat(model.tag(SENTENCE)).containsExactly(GOLD);
        assertThat(model.featureCount()).isEqualTo(train().featureCount());
    }

    @Test
    void settingsRefuseNoEpochsOrNoRuns() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new NerTrainer.Settings(0, 1L, 1))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new NerTrainer.Settings(3, 1L, 1, 0, false, TagScheme.IOB2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tagsWithConfidenceAreTheTagsWithAProbabilityEach() {
        NerModel model = train();
        NerModel.Confident tagged = model.tagWithConfidence(SENTENCE);
        assertThat(tagged.tags()).containsExactly(model.tag(SENTENCE));
        assertThat(tagged.confidence()).hasSize(SENTENCE.length);
        // Trained on this very sentence, the model is surer of its tags than of a coin toss between seven.
        for (double c : tagged.confidence()) {
            assertThat(c).isBetween(1.0 / NerTags.COUNT, 1.0);
        }
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

    @Test
    void anUnseenWordOfAClassTheTrainingTextNeverUsesInNamesIsCommon() {
        java.util.List<String[]> sentences = new java.util.ArrayList<>();
        java.util.List<int[]> gold = new java.util.ArrayList<>();
        for (int i = 0; i < NerTrainer.NAMELESS_CLASS_MIN; i++) {
            sentences.add(SENTENCE);
            gold.add(GOLD);
        }
        NerLexicon lexicon = NerLexicon.empty();
        // وقال (seen 50 times, never in a name) and وذكر (never seen) share a class; بوتين (in a name) and ترامب too.
        lexicon.addWordClass(dev.marsad.text.ArabicNormalizer.fold("وقال"), 5, 1, 0);
        lexicon.addWordClass(dev.marsad.text.ArabicNormalizer.fold("وذكر"), 5, 1, 0);
        lexicon.addWordClass(dev.marsad.text.ArabicNormalizer.fold("بوتين"), 7, 2, 0);
        lexicon.addWordClass(dev.marsad.text.ArabicNormalizer.fold("ترامب"), 7, 2, 0);
        new NerTrainer(lexicon).train(sentences, gold, new NerTrainer.Settings(1, 1L, 1), (m, e) -> { });
        assertThat(lexicon.isCommonWord(Hashing.of(dev.marsad.text.ArabicNormalizer.fold("وذكر")))).isFalse();
        new NerTrainer(lexicon).train(sentences, gold, new NerTrainer.Settings(1, 1L, 1, 1, true, TagScheme.IOB2), (m, e) -> { });
        assertThat(lexicon.isCommonWord(Hashing.of(dev.marsad.text.ArabicNormalizer.fold("وذكر")))).isTrue();
        assertThat(lexicon.isCommonWord(Hashing.of(dev.marsad.text.ArabicNormalizer.fold("ترامب")))).isFalse();
        assertThat(lexicon.isCommonWord(Hashing.of(dev.marsad.text.ArabicNormalizer.fold("بوتين")))).isFalse();
    }

    @Test
    void runTimeScoresAreTheWeightsOfTheTrainingFeatures() {
        // The tagger sums word-local scores, cached pair rows and precomputed tables (EmissionScorer); training
        // sums the weights of FeatureExtractor.extract. Both must agree, word classes included.
        NerLexicon lexicon = NerLexicon.empty();
        NerCues.addTo(lexicon);
        lexicon.addWordClass(dev.marsad.text.ArabicNormalizer.fold("بوتين"), 7, 2, 0);
        lexicon.addWordClass(dev.marsad.text.ArabicNormalizer.fold("فلاديمير"), 8, 2, 0);
        lexicon.addWordClass(dev.marsad.text.ArabicNormalizer.fold("موسكو"), 9, 3, 0);
        lexicon.addWordClass(dev.marsad.text.ArabicNormalizer.fold("الرئيس"), 10, 4, 0);
        NerModel model = new NerTrainer(lexicon).train(List.<String[]>of(SENTENCE), List.<int[]>of(GOLD),
                new NerTrainer.Settings(3, 1L, 1), (m, e) -> { });
        String[] other = "وقال الرئيس بوتين إن موسكو لن تتراجع".split(" ");
        for (String[] sentence : List.of(SENTENCE, other)) {
            float[] runTime = model.emissions(model.words(sentence));
            long[][] features = new FeatureExtractor(lexicon).extract(sentence);
            for (int i = 0; i < sentence.length; i++) {
                for (int t = 0; t < model.tagCount(); t++) {
                    float sum = 0f;
                    for (long k : features[i]) {
                        int row = model.rows().get(k, -1);
                        sum += row < 0 ? 0f : model.weights()[row * model.tagCount() + t];
                    }
                    assertThat(runTime[i * model.tagCount() + t]).as("token %d tag %d", i, t)
                            .isCloseTo(sum, org.assertj.core.api.Assertions.within(1e-3f));
                }
            }
        }
    }
}
