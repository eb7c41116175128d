package dev.marsad.eval.extract;

import java.util.ArrayList;
import java.util.List;

/** Counts shared by the quote and time tallies: gold, predicted and matched items, and the miss lines. */
abstract class DetectionTally implements FixtureEvalCommand.Tally {
    int gold;
    int predicted;
    int matched;
    final List<String> misses = new ArrayList<>();

    public int gold() {
        return gold;
    }

    public int predicted() {
        return predicted;
    }

    public int matched() {
        return matched;
    }

    public double precision() {
        return Match.ratio(matched, predicted);
    }

    public double recall() {
        return Match.ratio(matched, gold);
    }

    public double f1() {
        return Match.f1(precision(), recall());
    }

    /** One line per missed, spurious or mis-scored item, in passage order. */
    @Override
    public List<String> misses() {
        return List.copyOf(misses);
    }
}
