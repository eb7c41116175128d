package dev.marsad.eval.story;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * What {@code eval stories --errors} prints for one day: every gold story the engine split (its pieces, largest
 * first) and every engine story that merged several gold stories (its gold parts), each with the B-cubed F1 the
 * day would gain if that one error alone were repaired, largest first, so the costly errors come first.
 */
final class StoryErrors {
    private StoryErrors() {
    }

    static void print(PrintWriter out, List<Integer> gold, List<Integer> predicted, IntFunction<String> label) {
        double base = BCubed.score(gold, predicted).f1();
        List<Error> errors = new ArrayList<>();
        Map<Integer, Map<Integer, List<Integer>>> piecesOfGold = group(gold, predicted);
        piecesOfGold.forEach((g, pieces) -> {
            if (pieces.size() > 1) {
                List<Integer> repaired = new ArrayList<>(predicted);
                for (int i = 0; i < gold.size(); i++) {
                    if (gold.get(i).equals(g)) {
                        repaired.set(i, Integer.MIN_VALUE);
                    }
                }
                errors.add(new Error("split", BCubed.score(gold, repaired).f1() - base, pieces));
            }
        });
        Map<Integer, Map<Integer, List<Integer>>> partsOfPredicted = group(predicted, gold);
        partsOfPredicted.forEach((p, parts) -> {
            if (parts.size() > 1) {
                List<Integer> repaired = new ArrayList<>(predicted);
                int fresh = Integer.MIN_VALUE + 1;
                for (List<Integer> part : parts.values()) {
                    for (int i : part) {
                        repaired.set(i, fresh);
                    }
                    fresh++;
                }
                errors.add(new Error("merged", BCubed.score(gold, repaired).f1() - base, parts));
            }
        });
        errors.sort(Comparator.comparingDouble(Error::gain).reversed());
        for (Error e : errors) {
            out.printf(Locale.ROOT, "  %s (F1 +%.4f if repaired):%n", e.kind(), e.gain());
            int n = 0;
            for (List<Integer> group : e.groups().values().stream().sorted(Comparator.comparingInt(List<Integer>::size).reversed()).toList()) {
                out.printf(Locale.ROOT, "    %s %d:%n", e.kind().equals("split") ? "piece" : "gold part", ++n);
                for (int i : group) {
                    out.printf(Locale.ROOT, "      %s%n", label.apply(i));
                }
            }
        }
        out.flush();
    }

    private record Error(String kind, double gain, Map<Integer, List<Integer>> groups) {
    }

    /** For each value of {@code outer}: the items grouped by their value of {@code inner}, in item order. */
    private static Map<Integer, Map<Integer, List<Integer>>> group(List<Integer> outer, List<Integer> inner) {
        Map<Integer, Map<Integer, List<Integer>>> out = new LinkedHashMap<>();
        for (int i = 0; i < outer.size(); i++) {
            out.computeIfAbsent(outer.get(i), k -> new LinkedHashMap<>())
                    .computeIfAbsent(inner.get(i), k -> new ArrayList<>()).add(i);
        }
        return out;
    }
}
