package dev.marsad.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What precedes a word elsewhere in its article, and the head-noun chain before a word, on sentences written here. */
class DocumentContextTest {
    private static WordInfo[] words(NerLexicon lexicon, String sentence) {
        return new FeatureExtractor(lexicon).words(sentence.split(" "));
    }

    private static NerLexicon lexicon() {
        NerLexicon lexicon = NerLexicon.empty();
        NerCues.addTo(lexicon);
        return lexicon;
    }

    @Test
    void aBareMentionKnowsTheHeadNounItHadElsewhereButNotItsOwn() {
        NerLexicon lexicon = lexicon();
        List<WordInfo[]> doc = List.of(words(lexicon, "أعلنت حركة حماس موافقتها على الهدنة"),
                words(lexicon, "وقالت حماس في بيان إن الوفد سيصل غدا"));
        int[][] codes = DocumentContext.codes(doc);
        int orgBefore = 1 << NerLexicon.ORGANIZATION;
        int occurs = 1 << 7;
        // حماس after the head noun: its other mention had none before it.
        assertThat(codes[0][2]).isEqualTo(occurs);
        // The bare حماس: elsewhere an organisation head noun stood right before it.
        assertThat(codes[1][1]).isEqualTo(occurs | orgBefore);
        // A word seen once gets nothing; a cue word itself gets nothing.
        assertThat(codes[1][3]).isZero();
        assertThat(codes[0][1]).isZero();
    }

    @Test
    void aWordAloneInItsArticleHasNoCode() {
        int[][] codes = DocumentContext.codes(List.<WordInfo[]>of(words(lexicon(), "زار الوفد مدينة حلب أمس")));
        for (int c : codes[0]) {
            assertThat(c).isZero();
        }
    }

    @Test
    void aHeadNounReachesOverWordsWithTheArticleOnly() {
        WordInfo[] w = words(lexicon(), "أدانت منظمة التحرير الفلسطينية القرار وقالت وزارة إنها");
        int org = 1 << NerLexicon.ORGANIZATION;
        // التحرير: head one word back, with the article.
        assertThat(FeatureExtractor.headChainCode(w, 2)).isEqualTo((org * 4) * 2 + 1);
        // الفلسطينية: two words back, over التحرير.
        assertThat(FeatureExtractor.headChainCode(w, 3)).isEqualTo((org * 4 + 1) * 2 + 1);
        // إنها: the head noun right before, the word without the article.
        assertThat(FeatureExtractor.headChainCode(w, 7)).isEqualTo((org * 4) * 2);
        // وقالت: a verb without the article breaks the chain back to منظمة.
        assertThat(FeatureExtractor.headChainCode(w, 6)).isZero();
    }

    @Test
    void runTimeScoresWithDocumentAndChainFeaturesAreTheWeightsOfTheTrainingFeatures() {
        NerLexicon lexicon = lexicon();
        List<String[]> sentences = List.of("أعلنت حركة حماس موافقتها على الهدنة".split(" "),
                "وقالت حماس في بيان إن منظمة التحرير الفلسطينية رحبت".split(" "));
        List<int[]> gold = List.of(new int[] {0, 5, 6, 0, 0, 0}, new int[] {0, 5, 0, 0, 0, 5, 6, 6, 0});
        NerModel model = new NerTrainer(lexicon).train(sentences, gold, new int[] {0, 0},
                new NerTrainer.Settings(3, 1L, 1, 1, false, TagScheme.BILOU, true, true, false), (m, e) -> { });
        FeatureExtractor extractor = new FeatureExtractor(lexicon, true);
        List<WordInfo[]> infos = sentences.stream().map(extractor::words).toList();
        int[][] codes = DocumentContext.codes(infos);
        List<float[]> runTime = model.documentEmissions(sentences.stream().map(model::words).toList());
        int t = model.tagCount();
        for (int s = 0; s < sentences.size(); s++) {
            long[][] features = extractor.extract(infos.get(s), codes[s], null);
            for (int i = 0; i < features.length; i++) {
                for (int k = 0; k < t; k++) {
                    float sum = 0f;
                    for (long f : features[i]) {
                        int row = model.rows().get(f, -1);
                        sum += row < 0 ? 0f : model.weights()[row * t + k];
                    }
                    assertThat(runTime.get(s)[i * t + k]).as("sentence %d token %d tag %d", s, i, k)
                            .isCloseTo(sum, org.assertj.core.api.Assertions.within(1e-3f));
                }
            }
        }
        assertThat(model.tagDocument(sentences)).containsExactlyElementsOf(gold);
    }

    @Test
    void aTwoPassModelLearnsItsDocumentsAndKeepsThemThroughItsFile() throws java.io.IOException {
        NerLexicon lexicon = lexicon();
        List<String[]> sentences = new java.util.ArrayList<>();
        List<int[]> gold = new java.util.ArrayList<>();
        int[] documents = new int[10];
        for (int d = 0; d < 5; d++) {
            sentences.add("أعلنت حركة حماس موافقتها على الهدنة".split(" "));
            gold.add(new int[] {0, 5, 6, 0, 0, 0});
            sentences.add("وقالت حماس في بيان إن الوفد سيصل".split(" "));
            gold.add(new int[] {0, 5, 0, 0, 0, 0, 0});
            documents[2 * d] = d;
            documents[2 * d + 1] = d;
        }
        NerModel model = new NerTrainer(lexicon).train(sentences, gold, documents,
                new NerTrainer.Settings(3, 1L, 1, 1, false, TagScheme.IOB2, false, false, true), (m, e) -> { });
        List<String[]> doc = sentences.subList(0, 2);
        assertThat(model.tagDocument(doc)).containsExactlyElementsOf(gold.subList(0, 2));
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        model.write(bytes);
        NerModel read = NerModel.read(new java.io.ByteArrayInputStream(bytes.toByteArray()));
        assertThat(read.tagDocument(doc)).containsExactlyElementsOf(model.tagDocument(doc));
    }
}
