package dev.marsad.eval.extract;

import dev.marsad.eval.extract.LabelledPassage.GoldTime;
import dev.marsad.model.TimeMention;
import java.util.List;
import java.util.Locale;

/**
 * Time-expression scoring over passages. A predicted expression matches a gold one when their texts are equal
 * after trimming (one to one, in text order); its value is then right when it equals the gold value exactly (a
 * missing value is right only where the gold value is empty). As a diagnostic, gold expressions without an exact
 * match that overlap an unmatched prediction (gold located by its first occurrence after the previous gold one)
 * are counted separately.
 */
public final class TimeTally extends DetectionTally {
    int valueCorrect;
    int overlapping;
    int overlappingValueCorrect;

    /** Scores one passage; {@code text} is the passage the offsets of {@code predictions} point into. */
    @Override
    public void add(String where, FixtureRunner.PassageResult result) {
        add(where, result.passage().text(), result.passage().times(), result.extraction().times());
    }

    public void add(String where, String text, List<GoldTime> goldTimes, List<TimeMention> predictions) {
        gold += goldTimes.size();
        predicted += predictions.size();
        TimeMention[] pairedWith = new TimeMention[goldTimes.size()];
        boolean[] used = new boolean[predictions.size()];
        for (int g = 0; g < goldTimes.size(); g++) {
            String want = goldTimes.get(g).text().strip();
            for (int p = 0; p < predictions.size(); p++) {
                if (!used[p] && predictions.get(p).text().strip().equals(want)) {
                    used[p] = true;
                    pairedWith[g] = predictions.get(p);
                    break;
                }
            }
        }
        int from = 0;
        for (int g = 0; g < goldTimes.size(); g++) {
            GoldTime want = goldTimes.get(g);
            int start = text.indexOf(want.text(), from);
            if (start >= 0) {
                from = start + 1;
            }
            TimeMention got = pairedWith[g];
            if (got != null) {
                matched++;
                String value = got.value().orElse("");
                if (value.equals(want.value())) {
                    valueCorrect++;
                } else {
                    misses.add(where + " wrong value: " + want.text() + " want " + show(want.value()) + " got " + show(value));
                }
                continue;
            }
            TimeMention near = null;
            if (start >= 0) {
                int end = start + want.text().length();
                for (int p = 0; p < predictions.size() && near == null; p++) {
                    TimeMention m = predictions.get(p);
                    if (!used[p] && m.start() < end && start < m.end()) {
                        used[p] = true;
                        near = m;
                    }
                }
            }
            if (near == null) {
                misses.add(where + " missed time: " + want.text() + " = " + show(want.value()));
            } else {
                overlapping++;
                String value = near.value().orElse("");
                overlappingValueCorrect += value.equals(want.value()) ? 1 : 0;
                misses.add(where + " span differs: want [" + want.text() + "] = " + show(want.value())
                        + " got [" + near.text() + "] = " + show(value));
            }
        }
        for (int p = 0; p < predictions.size(); p++) {
            if (!used[p]) {
                TimeMention m = predictions.get(p);
                misses.add(where + " spurious time: [" + m.text() + "] = " + show(m.value().orElse("")));
            }
        }
    }

    public int valueCorrect() {
        return valueCorrect;
    }

    public int overlapping() {
        return overlapping;
    }

    /** Value accuracy over exactly matched expressions. */
    public double valueAccuracy() {
        return Match.ratio(valueCorrect, matched);
    }

    /** The report table. */
    @Override
    public List<String> report() {
        return List.of(
                String.format(Locale.ROOT, "  detection (exact span)   gold %3d  predicted %3d  matched %3d   precision %.3f  recall %.3f  F1 %.3f",
                        gold, predicted, matched, precision(), recall(), f1()),
                "  value accuracy over matched expressions: " + Match.fraction(valueCorrect, matched),
                String.format(Locale.ROOT, "  end to end (span and value right)   precision %.3f  recall %.3f",
                        Match.ratio(valueCorrect, predicted), Match.ratio(valueCorrect, gold)),
                "  diagnostic: gold expressions found only with another span (overlap) " + overlapping
                        + ", their value right " + overlappingValueCorrect);
    }

    private static String show(String value) {
        return value.isEmpty() ? "(none)" : value;
    }
}
