package dev.marsad.eval.clean;

import java.util.List;
import java.util.Locale;

/**
 * Line-level confusion counts for boilerplate removal. The positive class is "removed from every article
 * body" (noise, title, byline, date, source and tag lines); blank lines are not counted.
 *
 * @param removedRight noise lines the cleaner removed (true positives)
 * @param removedWrong body lines the cleaner removed (false positives)
 * @param keptWrong    noise lines the cleaner left in a body (false negatives)
 * @param keptRight    body lines the cleaner kept (true negatives)
 */
record LineScore(int removedRight, int removedWrong, int keptWrong, int keptRight) {
    static final LineScore ZERO = new LineScore(0, 0, 0, 0);

    LineScore plus(LineScore o) {
        return new LineScore(removedRight + o.removedRight, removedWrong + o.removedWrong,
                keptWrong + o.keptWrong, keptRight + o.keptRight);
    }

    /** Scores one page: {@code goldBody.get(i)} and {@code keptInBody.get(i)} describe the same line. */
    static LineScore of(List<Boolean> goldBody, List<Boolean> keptInBody) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        for (int i = 0; i < goldBody.size(); i++) {
            boolean gold = goldBody.get(i);
            boolean kept = keptInBody.get(i);
            if (!gold && !kept) {
                tp++;
            } else if (gold && !kept) {
                fp++;
            } else if (!gold) {
                fn++;
            } else {
                tn++;
            }
        }
        return new LineScore(tp, fp, fn, tn);
    }

    double precision() {
        return ratio(removedRight, removedRight + removedWrong);
    }

    double recall() {
        return ratio(removedRight, removedRight + keptWrong);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Share of gold body lines that stay in a body. */
    double bodyRetention() {
        return ratio(keptRight, keptRight + removedWrong);
    }

    String report() {
        return String.format(Locale.ROOT,
                "boilerplate removal: precision %.3f recall %.3f F1 %.3f (TP %d, FP %d, FN %d); "
                        + "body-line retention %.3f (%d of %d body lines kept)",
                precision(), recall(), f1(), removedRight, removedWrong, keptWrong, bodyRetention(), keptRight,
                keptRight + removedWrong);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 1.0 : (double) a / b;
    }
}
