package dev.marsad.eval.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.eval.extract.LabelledPassage.GoldQuote;
import dev.marsad.model.Quote;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Gold quotes are paired with found ones as the scorer pairs them: "starts with" first, then "contains", one to one. */
class GoldPairsTest {

    private static Quote found(String text) {
        return new Quote(Optional.empty(), Optional.empty(), text, false);
    }

    @Test
    void startsWithWinsOverContainsAndEachFoundQuoteIsPairedOnce() {
        List<Quote> quotes = List.of(found("قال إن «الحكومة ستدعم المزارعين»"), found("الحكومة ستدعم المزارعين هذا العام"));
        List<GoldQuote> golds = List.of(new GoldQuote("", "الحكومة ستدعم المزارعين"), new GoldQuote("", "الحكومة ستدعم"),
                new GoldQuote("", "لم يقلها أحد"));
        int[] pairs = GoldPairs.pair(golds, quotes);
        assertThat(pairs).containsExactly(1, 0, -1);
        assertThat(GoldPairs.pair(golds, List.of())).containsExactly(-1, -1, -1);
    }

    @Test
    void punctuationCopiedAfterTheGoldsLastWordIsNoWord() {
        // The found quotation ends right before the comma that the labeller copied with the first words.
        List<Quote> quotes = List.of(found("الحادث خلف مقتل ما لا يقل عن 35 شخصا"));
        assertThat(GoldPairs.pair(List.of(new GoldQuote("", "الحادث خلف مقتل ما لا يقل عن 35 شخصا،")), quotes)).containsExactly(0);
        assertThat(GoldPairs.pair(List.of(new GoldQuote("", "الحادث خلف مقتل ما لا يقل عن 36")), quotes)).containsExactly(-1);
    }
}
