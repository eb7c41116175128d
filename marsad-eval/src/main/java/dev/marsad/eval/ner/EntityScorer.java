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
    /** Error kinds ({@link #ERROR_KINDS}) by the type of the gold name (the predicted one's for spurious names). */
    private final int[][] errors = new int[ERROR_KINDS.length][3];

    /**
     * Where F1 is lost. A gold name not found exactly is {@code missed} (nothing predicted overlaps it),
     * {@code type} (same span, other type), {@code boundary} (an overlapping name of its type, other span) or
     * {@code boundary+type}; a predicted name overlapping no gold name is {@code spurious}.
     */
    static final String[] ERROR_KINDS = {"missed", "type", "boundary", "boundary+type", "spurious"};

    void add(int[] goldTags, int[] predictedTags) {
        Set<Long> g = chunks(goldTags);
        Set<Long> p = chunks(predictedTags);
        classifyErrors(g, p);
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

    private void classifyErrors(Set<Long> g, Set<Long> p) {
        for (long c : g) {
            if (p.contains(c)) {
                continue;
            }
            int kind = 0;
            for (long q : p) {
                if (overlap(c, q)) {
                    boolean sameSpan = (c >>> 2) == (q >>> 2);
                    boolean sameType = (c & 3) == (q & 3);
                    int k = sameSpan ? 1 : sameType ? 2 : 3;
                    kind = kind == 0 ? k : Math.min(kind, k);
                }
            }
            errors[kind][(int) (c & 3)]++;
        }
        for (long q : p) {
            if (g.stream().noneMatch(c -> overlap(c, q))) {
                errors[4][(int) (q & 3)]++;
            }
        }
    }

    private static boolean overlap(long a, long b) {
        int aStart = (int) (a >>> 32);
        int aEnd = (int) ((a & 0xFFFFFFFFL) >>> 2);
        int bStart = (int) (b >>> 32);
        int bEnd = (int) ((b & 0xFFFFFFFFL) >>> 2);
        return aStart < bEnd && bStart < aEnd;
    }

    /** Count of errors of kind {@code kind} (an index of {@link #ERROR_KINDS}) over all types. */
    int errors(int kind) {
        return sum(errors[kind]);
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
        out.append(String.format(Locale.ROOT, "  %-14s %6s %6s %6s %6s%n", "errors", "PERS", "LOC", "ORG", "all"));
        for (int k = 0; k < ERROR_KINDS.length; k++) {
            out.append(String.format(Locale.ROOT, "  %-14s %6d %6d %6d %6d%n", ERROR_KINDS[k], errors[k][0], errors[k][1],
                    errors[k][2], sum(errors[k])));
        }
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
