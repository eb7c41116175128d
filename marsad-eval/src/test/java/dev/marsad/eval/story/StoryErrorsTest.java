package dev.marsad.eval.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryErrorsTest {

    @Test
    void listsSplitAndMergedStoriesCostliestFirstWithTheGainOfRepairingEach() {
        // Gold story 0 (articles 0, 1, 2) is split: article 2 went to a story with article 3 of gold story 1.
        List<Integer> gold = List.of(0, 0, 0, 1, 2);
        List<Integer> predicted = List.of(7, 7, 8, 8, 9);
        StringWriter text = new StringWriter();
        StoryErrors.print(new PrintWriter(text), gold, predicted, i -> "article " + i);
        String out = text.toString();

        // Base F1 0.7652; gold story 0 in one story: every article right (1.0); the merged story cut in its gold
        // parts: precision 1, recall 0.7333 (0.8462, +0.0809).
        assertThat(out).contains("split (F1 +0.2348 if repaired)", "merged (F1 +0.0809 if repaired)");
        assertThat(out.indexOf("split")).isLessThan(out.indexOf("merged"));
        String split = out.substring(out.indexOf("split"), out.indexOf("merged"));
        // The split's pieces, largest first, with the articles of each.
        assertThat(split.indexOf("article 0")).isLessThan(split.indexOf("article 2"));
        assertThat(split).contains("piece 1:", "piece 2:").doesNotContain("article 3", "article 4");
        String merged = out.substring(out.indexOf("merged"));
        assertThat(merged).contains("gold part 1:", "gold part 2:", "article 2", "article 3").doesNotContain("article 0");
    }

    @Test
    void aPerfectPartitionHasNoErrors() {
        StringWriter text = new StringWriter();
        StoryErrors.print(new PrintWriter(text), List.of(0, 0, 1), List.of(5, 5, 6), i -> "article " + i);
        assertThat(text.toString()).isEmpty();
    }
}
