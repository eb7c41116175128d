package dev.marsad.eval.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exchange clustering on a toy corpus whose words fall into two groups by the contexts they share. */
class ExchangeClusteringTest {

    /**
     * Words 0..3 (city-like) always follow context 0 ("in") and precede context 2 ("."); words 4..7 (verb-like)
     * follow context 1 ("he") and precede context 3 ("the"). Two classes must separate them, whatever the
     * round-robin start put together.
     */
    @Test
    void wordsSharingContextsEndInOneClass() {
        int words = 8;
        int side = 2;
        List<int[]> rows = new ArrayList<>();
        for (int w = 0; w < words; w++) {
            int left = w < 4 ? 0 : 1;
            int right = side + (w < 4 ? 0 : 1);
            rows.add(new int[] {left, right});
        }
        int[] start = new int[words + 1];
        int[] ctx = new int[2 * words];
        int[] count = new int[2 * words];
        long[] freq = new long[words];
        for (int w = 0; w < words; w++) {
            start[w + 1] = start[w] + 2;
            ctx[2 * w] = rows.get(w)[0];
            ctx[2 * w + 1] = rows.get(w)[1];
            count[2 * w] = 10 + w;
            count[2 * w + 1] = 10 + w;
            freq[w] = 10 + w;
        }
        ExchangeClustering.Contexts data = new ExchangeClustering.Contexts(words, 2 * side, start, ctx, count, freq);
        int[] cls = ExchangeClustering.cluster(data, 2, 10, 0.0, moved -> { });
        for (int w = 1; w < 4; w++) {
            assertThat(cls[w]).isEqualTo(cls[0]);
            assertThat(cls[w + 4]).isEqualTo(cls[4]);
        }
        assertThat(cls[0]).isNotEqualTo(cls[4]);
        assertThat(ExchangeClustering.cluster(data, 2, 10, 0.0, moved -> { })).containsExactly(cls);
    }

    @Test
    void classesAreRenumberedByFirstAppearance() {
        assertThat(ExchangeClustering.renumber(new int[] {5, 2, 5, 0}, 6)).containsExactly(0, 1, 0, 2);
    }
}
