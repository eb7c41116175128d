package dev.marsad.eval.extract;

import dev.marsad.eval.extract.LabelledPassage.GoldQuote;
import dev.marsad.model.Quote;
import java.util.Arrays;
import java.util.List;

/**
 * Which found quote each gold quote is matched with, as the quote scorer matches them: a found quote whose folded
 * text starts with the gold first words, else one that contains them; one to one, gold in text order.
 */
final class GoldPairs {
    private GoldPairs() {
    }

    /** For each gold quote, the index of the found quote it is matched with, or −1. */
    static int[] pair(List<GoldQuote> golds, List<Quote> found) {
        List<String> texts = found.stream().map(q -> Match.norm(q.text())).toList();
        int[] pairedWith = new int[golds.size()];
        Arrays.fill(pairedWith, -1);
        boolean[] used = new boolean[found.size()];
        for (int pass = 0; pass < 2; pass++) {
            for (int g = 0; g < golds.size(); g++) {
                if (pairedWith[g] >= 0) {
                    continue;
                }
                String words = Match.firstWords(golds.get(g).firstWords());
                for (int p = 0; p < found.size(); p++) {
                    boolean hit = pass == 0 ? texts.get(p).startsWith(words) : texts.get(p).contains(words);
                    if (!used[p] && hit) {
                        used[p] = true;
                        pairedWith[g] = p;
                        break;
                    }
                }
            }
        }
        return pairedWith;
    }
}
