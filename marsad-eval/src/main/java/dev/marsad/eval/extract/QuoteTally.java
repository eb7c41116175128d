package dev.marsad.eval.extract;

import dev.marsad.eval.extract.LabelledPassage.GoldQuote;
import dev.marsad.model.Quote;
import java.util.List;

/**
 * Quote scoring over passages. A predicted quote matches a gold one when its folded text starts with the gold
 * first words (tried first) or contains them; each predicted quote matches at most one gold quote, gold quotes
 * taken in text order. Speakers are compared after folding, an empty gold speaker wanting no speaker.
 */
public final class QuoteTally extends DetectionTally {
    int speakerCorrect;
    int namedGold;
    int namedMatched;
    int namedCorrect;
    int unnamedGold;
    int unnamedMatched;
    int unnamedCorrect;

    /** Scores one passage's predictions against its gold quotes; {@code where} names the passage in misses. */
    @Override
    public void add(String where, FixtureRunner.PassageResult result) {
        add(where, result.passage().quotes(), result.extraction().quotes());
    }

    /** Whether one gold quote was found, and found with the right speaker. */
    public record Outcome(boolean found, boolean right) {
    }

    /** Scores one passage; returns what became of each gold quote, in the order given. */
    public List<Outcome> add(String where, List<GoldQuote> goldQuotes, List<Quote> predictions) {
        List<Outcome> outcomes = new java.util.ArrayList<>(goldQuotes.size());
        gold += goldQuotes.size();
        predicted += predictions.size();
        int[] pairs = GoldPairs.pair(goldQuotes, predictions);
        Quote[] pairedWith = new Quote[goldQuotes.size()];
        boolean[] used = new boolean[predictions.size()];
        for (int g = 0; g < pairs.length; g++) {
            if (pairs[g] >= 0) {
                pairedWith[g] = predictions.get(pairs[g]);
                used[pairs[g]] = true;
            }
        }
        for (int g = 0; g < goldQuotes.size(); g++) {
            GoldQuote want = goldQuotes.get(g);
            if (want.named()) {
                namedGold++;
            } else {
                unnamedGold++;
            }
            Quote got = pairedWith[g];
            if (got == null) {
                misses.add(where + " missed quote: [" + show(want.speaker()) + "] " + want.firstWords() + " …");
                outcomes.add(new Outcome(false, false));
                continue;
            }
            matched++;
            boolean right = Match.norm(want.speaker()).equals(Match.norm(got.speaker().orElse("")));
            outcomes.add(new Outcome(true, right));
            if (want.named()) {
                namedMatched++;
            } else {
                unnamedMatched++;
            }
            if (right) {
                speakerCorrect++;
                if (want.named()) {
                    namedCorrect++;
                } else {
                    unnamedCorrect++;
                }
            } else {
                misses.add(where + " wrong speaker: want [" + show(want.speaker()) + "] got ["
                        + show(got.speaker().orElse("")) + "] for " + clip(got.text()));
            }
        }
        for (int p = 0; p < predictions.size(); p++) {
            if (!used[p]) {
                Quote q = predictions.get(p);
                misses.add(where + " spurious quote: [" + show(q.speaker().orElse("")) + "] "
                        + (q.direct() ? "direct " : "indirect ") + clip(q.text()));
            }
        }
        return outcomes;
    }

    public int speakerCorrect() {
        return speakerCorrect;
    }

    /** Gold quotes matched with a found quote. */
    public int matchedCount() {
        return matched;
    }

    /** Speaker accuracy over matched quotes. */
    public double speakerAccuracy() {
        return Match.ratio(speakerCorrect, matched);
    }

    public double namedSpeakerAccuracy() {
        return Match.ratio(namedCorrect, namedMatched);
    }

    public double unnamedSpeakerAccuracy() {
        return Match.ratio(unnamedCorrect, unnamedMatched);
    }

    /** Quotes found with the right speaker, over all predictions. */
    public double attributionPrecision() {
        return Match.ratio(speakerCorrect, predicted);
    }

    /** Quotes found with the right speaker, over all gold quotes. */
    public double attributionRecall() {
        return Match.ratio(speakerCorrect, gold);
    }

    /** The report table. */
    @Override
    public List<String> report() {
        return List.of(
                String.format(java.util.Locale.ROOT, "  detection     gold %3d  predicted %3d  matched %3d   precision %.3f  recall %.3f  F1 %.3f",
                        gold, predicted, matched, precision(), recall(), f1()),
                "  speaker accuracy over matched quotes:  all " + Match.fraction(speakerCorrect, matched)
                        + "   named gold speaker " + Match.fraction(namedCorrect, namedMatched)
                        + "   unnamed gold speaker " + Match.fraction(unnamedCorrect, unnamedMatched),
                String.format(java.util.Locale.ROOT, "  attribution (quote found and speaker right)   precision %.3f  recall %.3f  F1 %.3f",
                        attributionPrecision(), attributionRecall(), Match.f1(attributionPrecision(), attributionRecall())),
                "  gold speakers: named " + namedGold + ", unnamed " + unnamedGold);
    }

    private static String show(String speaker) {
        return speaker.isBlank() ? "-" : speaker;
    }

    static String clip(String text) {
        String t = text.replaceAll("\\s+", " ").strip();
        return t.length() <= 70 ? t : t.substring(0, 70) + " …";
    }
}
