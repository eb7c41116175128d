package dev.marsad.cluster;

import java.util.Collection;
import java.util.function.IntPredicate;
import java.util.function.IntFunction;

/**
 * The small-story rule (issue 10): an article under the threshold that no rule above placed still joins the best-scoring
 * candidate of at most {@code maxMembers} articles (too few for an event signature: the event rule needs three) when one
 * of its members' headline names an event term of the article's headline, that member's headline and first paragraph
 * share at least {@code minShared} specific terms with the article's, counting only terms not spread over other stories of
 * the last days ({@link RecentHeadlines#notSpread}: concentrated in that story, or in no recent headline), and the article scores at least {@code scoreFloor} with it. The second report
 * of an event often arrives while the first is alone, and its words differ (a first report of an earthquake gives the
 * province and the first toll, the next the country and the new toll: «زلزال قوي يضرب إقليم الحوز», «ارتفاع حصيلة زلزال
 * المغرب»): the event noun in both headlines and the city in both first paragraphs say it is the same event. A report of
 * another event about the same people (a missile launch while the leader visits Russia) shares names and places in its
 * first paragraph but no headline term; reports of one topic (a crash, a railway, a rating) share its words in their
 * headlines but are of different places (القويعية and مكة, the Emirates and Egypt).
 *
 * @param maxMembers    largest story the rule can add to
 * @param minShared     specific terms (IDF at least the event rule's {@code minIdf}) the article's headline + first
 *                      paragraph must share with one member's
 * @param scoreFloor    score with the story the article still needs
 */
public record SmallStoryRule(int maxMembers, int minShared, double scoreFloor) {
    /** As shipped (docs/EVALUATION.md, "s10-18"). */
    public static final SmallStoryRule SHIPPED = new SmallStoryRule(2, 2, 0.15);

    public SmallStoryRule {
        if (maxMembers < 1 || minShared < 1 || scoreFloor < 0) {
            throw new IllegalArgumentException("small-story rule: need maxMembers >= 1, minShared >= 1, scoreFloor >= 0");
        }
    }

    /**
     * The candidate (of {@code candidates}, parallel to {@code scores}) the article joins, -1 when none.
     *
     * @param article      the arriving article
     * @param story        a candidate's state by number
     * @param concentrated whether a term is concentrated in the candidate being weighed (set per candidate)
     */
    int story(ArticleProfile article, Collection<Integer> candidates, double[] scores, IntFunction<StoryState> story,
              java.util.function.IntFunction<IntPredicate> concentrated) {
        if (article.title().size() == 0 || article.head().size() < minShared) {
            return -1;
        }
        return BestCandidate.of(candidates, scores, scoreFloor, candidate -> {
            StoryState s = story.apply(candidate);
            if (s.size > maxMembers) {
                return false;
            }
            IntPredicate counts = concentrated.apply(candidate);
            for (ArticleProfile member : s.members()) {
                if (names(article, member, counts)) {
                    return true;
                }
            }
            return false;
        });
    }

    /** Whether the member's entities hold one of the article's places: a topic's reports are of different places. */
    private static boolean sharesPlace(ArticleProfile article, ArticleProfile member) {
        for (int i = 0; i < article.places().size(); i++) {
            if (member.entities().contains(article.places().term(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a member's headline shares a term with the article's and its headline + lead share {@code minShared}. */
    private boolean names(ArticleProfile article, ArticleProfile member, IntPredicate concentrated) {
        boolean title = false;
        int shared = 0;
        RareTerms head = article.head();
        for (int i = 0; i < head.size(); i++) {
            int term = head.term(i);
            if (member.head().contains(term)) {
                if (!concentrated.test(term)) {
                    // A topic's word (held by other stories of the last days) is no evidence of this event.
                    continue;
                }
                shared++;
                title |= article.title().contains(term) && member.title().contains(term);
            }
        }
        return title && shared >= minShared && sharesPlace(article, member);
    }
}
