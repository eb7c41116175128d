package dev.marsad.eval.ner;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Entity-level micro precision/recall/F1 as conlleval computes it: a name counts only when its span and type
 * both match exactly; an I- tag after O or another type opens a new name. Tag indexes follow NerTags.
 */
final class EntityScorer {
    private static final String[] TYPES = {"PERS", "LOC", "ORG"};
    private final int[] truePositives = new int[3];
    private final int[] predicted = new int[3];
    private final int[] gold = new int[3];

    void add(int[] goldTags, int[] predictedTags) {
        Set<Long> g = chunks(goldTags);
        Set<Long> p = chunks(predictedTags);
        for (long c : g) {
            gold[(int) (c & 3)]++;
        }
        for (long c : p) {
            int type = (int) (c & 3);
            predicted[type]++;
            if (g.contains(c)) {
                truePositives[type]++;
            }
        }
    }

    /** Overall micro F1 in percent. */
    double f1() {
        return f1(sum(truePositives), sum(predicted), sum(gold));
    }

    String report(String title) {
        StringBuilder out = new StringBuilder(title).append('\n');
        out.append(String.format(Locale.ROOT, "  %-8s %8s %8s %8s %6s %6s%n", "type", "P", "R", "F1", "gold", "pred"));
        for (int t = 0; t < 3; t++) {
            out.append(line(TYPES[t], truePositives[t], predicted[t], gold[t]));
        }
        out.append(line("overall", sum(truePositives), sum(predicted), sum(gold)));
        return out.toString();
    }

    private static String line(String name, int tp, int pred, int gold) {
        return String.format(Locale.ROOT, "  %-8s %8.2f %8.2f %8.2f %6d %6d%n", name, pct(tp, pred), pct(tp, gold),
                f1(tp, pred, gold), gold, pred);
    }

    private static double f1(int tp, int pred, int gold) {
        double p = pct(tp, pred);
        double r = pct(tp, gold);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double pct(int a, int b) {
        return b == 0 ? 0 : 100.0 * a / b;
    }

    private static int sum(int[] a) {
        return a[0] + a[1] + a[2];
    }

    /** Names as {@code start << 32 | end << 2 | type}. */
    static Set<Long> chunks(int[] tags) {
        Set<Long> out = new HashSet<>();
        int i = 0;
        while (i < tags.length) {
            if (tags[i] == 0) {
                i++;
                continue;
            }
            int type = (tags[i] - 1) / 2;
            int end = i + 1;
            while (end < tags.length && tags[end] == 2 * type + 2) {
                end++;
            }
            out.add(((long) i << 32) | ((long) end << 2) | type);
            i = end;
        }
        return out;
    }
}
