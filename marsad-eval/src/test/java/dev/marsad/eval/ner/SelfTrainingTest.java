package dev.marsad.eval.ner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.extract.ner.NerLexicon;
import dev.marsad.extract.ner.NerModel;
import dev.marsad.extract.ner.NerTrainer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Picking unlabelled sentences a first model is sure of, on sentences written for the test. */
class SelfTrainingTest {
    private static final String[] KNOWN = "وقال الرئيس فلاديمير بوتين في موسكو أمس .".split(" ");
    private static final int[] KNOWN_TAGS = {0, 0, 1, 2, 0, 3, 0, 0};

    @Test
    void textIsCutIntoSentencesOfSixToFiftyTokens() {
        List<String[]> s = SelfTraining.sentences("وصل الوفد إلى القاهرة صباح اليوم . قال ذلك .\nزار الوزير عمّان والتقى نظيره هناك");
        assertThat(s).hasSize(2);
        assertThat(s.get(0)).containsExactly("وصل", "الوفد", "إلى", "القاهرة", "صباح", "اليوم", ".");
        assertThat(s.get(1)[0]).isEqualTo("زار");
    }

    @Test
    void aSentenceIsKeptOnlyWithANameAndEveryTokenSure() {
        assertThat(SelfTraining.sure(new NerModel.Confident(new int[] {0, 1, 2, 0}, new double[] {0.99, 0.97, 0.96, 0.99}), 0.95)).isTrue();
        assertThat(SelfTraining.sure(new NerModel.Confident(new int[] {0, 1, 2, 0}, new double[] {0.99, 0.97, 0.80, 0.99}), 0.95)).isFalse();
        assertThat(SelfTraining.sure(new NerModel.Confident(new int[] {0, 0, 0, 0}, new double[] {1, 1, 1, 1}), 0.95)).isFalse();
    }

    @Test
    void confidentSentencesComeFromTheStreamsWithTheModelsTags(@TempDir Path data) throws IOException {
        List<String[]> sentences = new ArrayList<>();
        List<int[]> gold = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sentences.add(KNOWN);
            gold.add(KNOWN_TAGS);
        }
        NerModel model = new NerTrainer(NerLexicon.empty()).train(sentences, gold, new NerTrainer.Settings(5, 1L, 1), (m, e) -> { });
        Path stream = data.resolve("saudinewsnet");
        Files.createDirectories(stream);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(stream.resolve("articles.jsonl.gz")))) {
            out.write(("{\"url\":\"u1\",\"content\":\"" + String.join(" ", KNOWN) + "\"}\n"
                    + "{\"url\":\"u2\",\"content\":\"\"}\n").getBytes(StandardCharsets.UTF_8));
        }
        List<NerData.Sentence> picked = SelfTraining.confidentSentences(data, model, 10, 0.5);
        assertThat(picked).hasSize(1);
        assertThat(picked.get(0).tokens()).containsExactly(KNOWN);
        assertThat(picked.get(0).labels()).containsExactly("O", "O", "B-PERS", "I-PERS", "O", "B-LOC", "O", "O");
        assertThat(SelfTraining.confidentSentences(data, model, 0, 0.5)).isEmpty();
    }
}
