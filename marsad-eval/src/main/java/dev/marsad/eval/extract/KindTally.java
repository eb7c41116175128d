package dev.marsad.eval.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Recall per kind of gold quotation (direct / reported, named / unnamed speaker): how many were found, and how
 * many found with the right speaker. Precision has no kind on the gold side, so it stays with {@link QuoteTally}.
 */
final class KindTally {
    private static final List<String> KINDS = List.of("direct", "reported", "named", "unnamed");
    private final Map<String, int[]> counts = new LinkedHashMap<>();

    KindTally() {
        KINDS.forEach(k -> counts.put(k, new int[3]));
    }

    void add(NewsQuotes.NewsQuote quote, QuoteTally.Outcome outcome) {
        count(quote.direct() ? "direct" : "reported", outcome);
        count(quote.gold().named() ? "named" : "unnamed", outcome);
    }

    private void count(String kind, QuoteTally.Outcome outcome) {
        int[] c = counts.get(kind);
        c[0]++;
        c[1] += outcome.found() ? 1 : 0;
        c[2] += outcome.right() ? 1 : 0;
    }

    List<String> report() {
        return KINDS.stream().map(k -> {
            int[] c = counts.get(k);
            return String.format(Locale.ROOT, "  %-9s gold %3d   found %3d (recall %.3f)   found with the right speaker %3d (recall %.3f)",
                    k, c[0], c[1], Match.ratio(c[1], c[0]), c[2], Match.ratio(c[2], c[0]));
        }).toList();
    }
}
