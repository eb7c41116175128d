package dev.marsad.cluster;

import java.util.Collection;
import java.util.function.IntUnaryOperator;

/**
 * The name rule (issue 10): an article that scores under the threshold with every candidate story, and that the event
 * rule places in none, still joins the best-scoring candidate whose articles of the last days name, in their first
 * paragraph, a person its own first paragraph names in full (two words or more), when the name is rare, concentrated in
 * that story, and the article scores at least {@code scoreFloor} with it. Reports of one person's story (an interview, an
 * apology, an account) can share few words beyond the name, and a rare full name shared up front by one day's articles
 * is strong evidence of one story. A figure of the news (a king, بوتين, a former president named in every Yemen report)
 * is named up front by reports of many events: its name is not rare ({@code minIdf}) or not concentrated (the test is
 * {@link RecentHeadlines#concentrated}, over the names of the window's first paragraphs, every other story counting).
 * Rarity is that of the name's rarest word or rarest adjacent word pair (the background counts common pairs, {@link
 * BackgroundFrequencies#pair}): سعود الدوسري on the Saudi day is two common words but a rare pair (docs/EVALUATION.md,
 * "s10-16", "s10-18").
 *
 * @param scoreFloor    score with the story the article still needs: a name alone is not a whole article
 * @param concentration share of the window's first paragraphs naming the person that must not be in other stories
 * @param minIdf        IDF (background + stream) the name's rarest word or word pair needs: without it علي عبدالله صالح
 *                      and فلاديمير بوتين chained stories of different events on the development days
 */
public record NameRule(double scoreFloor, double concentration, double minIdf) {
    /**
     * As shipped (docs/EVALUATION.md, "s10-16"; the floor 0.12 → 0.11 in "s10-18": the Dosari death's tribute report
     * scores 0.118 with the first report, and no other join of the development days moved).
     */
    public static final NameRule SHIPPED = new NameRule(0.11, 2.0 / 3, 8.0);

    /**
     * Every other story competes for a name, a story of one article too: unlike an event's place (early in a day an
     * event's reports are many singletons), a person named up front by several unrelated reports (علي عبدالله صالح in
     * every Yemen report, a king in every telegram) is a figure of the news, not the subject of one story.
     */
    private static final IntUnaryOperator EVERY_STORY = story -> 2;

    public NameRule {
        if (scoreFloor < 0 || concentration < 0 || concentration > 1) {
            throw new IllegalArgumentException("name rule: need scoreFloor >= 0 and concentration in [0, 1]");
        }
    }

    /**
     * The candidate (of {@code candidates}, parallel to {@code scores}) the article joins by name, -1 when none.
     *
     * @param names   the article's full-name terms ({@link ArticleWeigher}: one term number per person key)
     * @param recent  the window's first-paragraph names by story
     */
    int story(RareTerms names, Collection<Integer> candidates, double[] scores, RecentHeadlines recent) {
        if (names.size() == 0) {
            return -1;
        }
        return BestCandidate.of(candidates, scores, scoreFloor, candidate -> {
            for (int i = 0; i < names.size(); i++) {
                int name = names.term(i);
                if (recent.names(name, candidate) && recent.concentrated(name, candidate, concentration, EVERY_STORY)) {
                    return true;
                }
            }
            return false;
        });
    }
}
