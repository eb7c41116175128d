package dev.marsad.cluster;

/**
 * Online clustering settings. The join threshold and the weights were chosen on the two labelled development
 * days of {@code ./marsad eval stories} (each day's figure with the threshold chosen on the other day is
 * reported beside it, see docs/EVALUATION.md). The labelled days span at most two days, inside the decay's grace, so
 * they cannot set the decay: its week-long e-folding is a design choice (see {@link StoryScorer}).
 *
 * @param threshold     score at or above which an article joins the best story instead of starting one
 * @param leadWeight    share of an article–article similarity from headline + first paragraph (moved to the body
 *                      when either side has none)
 * @param entityWeight  share from shared entity keys (moved to the body when either side has none)
 * @param decayDays     e-folding time of the time decay between an article and a story's latest article
 * @param queryTerms    an article's highest-weighted terms used to look up candidate stories
 * @param memberTerms   terms kept per article vector (bounds memory and the cost of one comparison)
 * @param storyMembers  most recent articles of a story kept to compare newcomers with
 * @param linkMembers   a newcomer's score with a story is its mean similarity to this many best-matching members
 * @param postingCap    most recent stories kept per index term (bounds candidates per lookup)
 * @param maxCandidates stories scored per article: those sharing the most index keys with it
 * @param closeDays     a story with no new article for this many days (behind the newest article seen) is closed:
 *                      it takes no new members and its kept members are released, so the state stays bounded
 * @param pairModel     when not null, two articles' similarity is this model's probability that they report the same
 *                      story (the threshold is then a probability), instead of the hand-set mix of cosines
 * @param eventRule     when not null, the second chance of an article under the threshold: joining a story whose
 *                      event its headline names ({@link EventRule}); on in the shipped configuration
 * @param pieceMerge    when not null (and the event rule has a concentration test), pieces of one event that formed
 *                      apart are merged into one story ({@link PieceMerge}); on in the shipped configuration
 * @param bodyRule      when not null (and the event rule has a concentration test), the last chance of an article that
 *                      neither its score nor its headline places: joining a large story whose concentrated signature its
 *                      whole text names ({@link BodyRule}); on in the shipped configuration
 * @param nameRule      when not null, the last chance of an article under the threshold that the event rule placed
 *                      nowhere: joining a story whose first paragraphs name the same person in full ({@link NameRule});
 *                      on in the shipped configuration
 * @param smallStoryRule when not null (and the event rule has a concentration test), the chance of an article under the
 *                      threshold that no rule above placed: joining a story too small for an event signature whose
 *                      member's headline names its event ({@link SmallStoryRule}); on in the shipped configuration
 */
public record ClusterConfig(double threshold, double leadWeight, double entityWeight, double decayDays,
                            int queryTerms, int memberTerms, int storyMembers, int linkMembers,
                            int postingCap, int maxCandidates, int closeDays, PairModel pairModel, EventRule eventRule,
                            PieceMerge pieceMerge, BodyRule bodyRule, NameRule nameRule,
                            SmallStoryRule smallStoryRule) {
    /**
     * The event rule as shipped (docs/EVALUATION.md, "Event rule" and "Concentrated signatures"): signature terms of IDF
     * at least 4.5, the 10 most shared, 3 named, each in at least 3 members' headlines, a score floor of 0.05, and a
     * signature term counting only when at most a third of the last 3 days' headlines naming it are in other stories
     * of two or more articles. Without that concentration test (0) the rule merged the stories of a topic new to the
     * background (COVID on the synthetic stream of {@code eval clustering}: its words are as rare in the background as
     * an event's place).
     */
    public static final EventRule EVENT_RULE = new EventRule(4.5, 10, 3, 3, 0.05, 3, 2.0 / 3);

    /**
     * Piece merges as shipped (docs/EVALUATION.md, "Piece merges"): 4 concentrated signature terms named by at least
     * half of the piece's kept members and at least two of them, a mean score of 0.05 with the larger story.
     */
    public static final PieceMerge PIECE_MERGE = new PieceMerge(4, 0.5, 2, 0.05);

    /**
     * The body rule as shipped (docs/EVALUATION.md, "Body rule" and "s10-17"): a story of at least 8 articles, 5 of its
     * concentrated signature terms named in the article's text, a score of at least 0.02 with it, an article naming
     * newspapers at most 4 times (a press review more: France 24's of 2018-03-13 names them 12 times and joined the
     * Skripal story under a floor of 8); articles placed nowhere re-tested, those of the same day, the newest 256, against
     * a story at or past the floor that grows: 4 of its 20 most shared concentrated headline terms.
     */
    public static final BodyRule BODY_RULE = new BodyRule(8, 5, 0.02, 4, new BodyRule.Retest(20, 4, 1, 256));

    public static final ClusterConfig DEFAULT = new ClusterConfig(0.24, 0.2, 0.1, 7.0, 12, 150, 16, 2, 64, 40, 30, null,
            EVENT_RULE, PIECE_MERGE, BODY_RULE, NameRule.SHIPPED, SmallStoryRule.SHIPPED);

    /**
     * The body rule: an opinion column, a victim's portrait or a funeral report of a big event often names nothing of
     * it in its headline and first paragraph («نكبتنا في الكنبة», «آل عواض.. وعد والدته بالحج») and shares too few words with any one report to
     * score, yet its text names the event's place, target and deed again and again. Such an article joins a story of
     * at least {@code minMembers} articles when its whole text names at least {@code minNamed} of that story's
     * concentrated signature terms (the terms most of its members' headlines repeat, and which other stories of the
     * last days do not share: an event's, not a topic's). Only large stories: their signature is the event's, not one
     * report's; a topic (COVID, markets) never concentrates its words in one story.
     *
     * @param minMembers articles the story must have
     * @param minNamed   concentrated signature terms the article's text must name
     * @param scoreFloor score with the story the article still needs
     * @param maxPressCues most times the article's text may name newspapers ({@link PressReview}): a press review gives
     *                   each event of the day a paragraph, so it names every big story's signature; the rule (and its
     *                   re-test) leaves it alone
     * @param retest     when not null, the articles the rule placed nowhere are tested again whenever a story at or past
     *                   the floor grows ({@link Retest}); null: an article is tested once, on arrival
     */
    public record BodyRule(int minMembers, int minNamed, double scoreFloor, int maxPressCues, Retest retest) {
        public BodyRule {
            if (minMembers < 2 || minNamed < 1 || maxPressCues < 0) {
                throw new IllegalArgumentException("body rule: need minMembers >= 2, minNamed >= 1 and maxPressCues >= 0");
            }
        }

        /** The rule without a press-review cue or a re-test: an article is tested once, on arrival. */
        public BodyRule(int minMembers, int minNamed, double scoreFloor) {
            this(minMembers, minNamed, scoreFloor, Integer.MAX_VALUE, null);
        }

        /**
         * The re-test: a column on a big event is often published with the first reports (a paper's pages come out
         * together), while the event's story is still under the floor and its signature still that of those reports.
         * Kept aside, it joins the story once the story is past the floor and its signature, now drawn from more
         * headlines (the funerals, the victims, the bomber), holds what the column's text names.
         *
         * @param signatureTerms the story's signature size for the re-test: its most shared headline terms (the event
         *                       rule's test of concentration applies to each)
         * @param minNamed       of those, concentrated terms the article's text must name
         * @param days           publication days (the newest counted) over which articles placed nowhere are kept
         * @param cap            most articles kept: the newest; a re-test walks at most this many term sets
         */
        public record Retest(int signatureTerms, int minNamed, int days, int cap) {
            public Retest {
                if (signatureTerms < 1 || minNamed < 1 || minNamed > signatureTerms || days < 1 || cap < 1) {
                    throw new IllegalArgumentException("re-test: need 1 <= minNamed <= signatureTerms, days >= 1 and cap >= 1");
                }
            }
        }
    }

    public ClusterConfig withBodyRule(BodyRule value) {
        return new ClusterConfig(threshold, leadWeight, entityWeight, decayDays, queryTerms, memberTerms, storyMembers,
                linkMembers, postingCap, maxCandidates, closeDays, pairModel, eventRule, pieceMerge, value, nameRule, smallStoryRule);
    }

    /**
     * Piece merges: one event's reports that formed separate stories before the event had a signature (the event rule
     * can only grow a story that has one: the pieces problem) are merged into one when the smaller story's own members
     * name the larger story's concentrated signature. The smaller goes into the larger's event, never the other way, and
     * only on what most of its own members' headlines say: a single article resembling two stories never links them.
     *
     * @param minShared   concentrated signature terms of the larger story a member's headline + lead must name
     * @param memberShare share of the smaller story's kept members that must name them
     * @param minNaming   members that must name them (all of them when fewer are kept): a two-article story is not
     *                    merged on one member's headline
     * @param scoreFloor  mean score of the smaller story's members with the larger still needed
     */
    public record PieceMerge(int minShared, double memberShare, int minNaming, double scoreFloor) {
        public PieceMerge {
            if (minShared < 1 || memberShare < 0 || memberShare > 1 || minNaming < 1) {
                throw new IllegalArgumentException("piece merge: need minShared >= 1, memberShare in [0, 1], minNaming >= 1");
            }
        }
    }

    public ClusterConfig withPieceMerge(PieceMerge value) {
        return new ClusterConfig(threshold, leadWeight, entityWeight, decayDays, queryTerms, memberTerms, storyMembers,
                linkMembers, postingCap, maxCandidates, closeDays, pairModel, eventRule, value, bodyRule, nameRule, smallStoryRule);
    }

    /**
     * The event rule ({@link EventSignature}): an article that scores under the threshold with every story still joins
     * the one whose headline signature its own headline and lead name, when they name enough of it. A follow-up, a
     * reaction or a funeral report names the event in its headline or first paragraph (the place, the event noun,
     * the target) even when its body shares few words with any one earlier report.
     *
     * @param minIdf         IDF (background + stream) at or above which a headline term can sign an event: below it
     *                       are everyday words (قال، المملكة، أمس)
     * @param signatureTerms the signature's size: the terms most members' headlines hold
     * @param minShared      signature terms the newcomer's headline and lead must hold
     * @param minCount       members' headlines a term must be in to sign the story: one headline's words are that
     *                       report's own, and a two-article story's shared words are as often a topic's (مصرع، تصادم)
     * @param scoreFloor     score with the story the newcomer still needs: a headline alone is not a whole article
     * @param windowDays     days of recent headlines (by publication day) over which a term's concentration is judged
     * @param concentration  share of the window's headlines naming a signature term that must not be in other stories
     *                       of two or more articles for the term to count ({@link RecentHeadlines}); 0: every term counts
     */
    public record EventRule(double minIdf, int signatureTerms, int minShared, int minCount, double scoreFloor,
                            int windowDays, double concentration) {
        public EventRule {
            if (signatureTerms < 1 || minShared < 1 || minShared > signatureTerms || minCount < 2) {
                throw new IllegalArgumentException("event rule: need 1 <= minShared <= signatureTerms and minCount >= 2");
            }
            if (windowDays < 1 || concentration < 0 || concentration > 1) {
                throw new IllegalArgumentException("event rule: need windowDays >= 1 and concentration in [0, 1]");
            }
        }
    }

    public ClusterConfig withEventRule(EventRule value) {
        return new ClusterConfig(threshold, leadWeight, entityWeight, decayDays, queryTerms, memberTerms, storyMembers,
                linkMembers, postingCap, maxCandidates, closeDays, pairModel, value, pieceMerge, bodyRule, nameRule, smallStoryRule);
    }

    public ClusterConfig {
        if (leadWeight < 0 || entityWeight < 0 || leadWeight + entityWeight > 1) {
            throw new IllegalArgumentException("weights must be >= 0 and sum to <= 1");
        }
        if (decayDays <= 0 || queryTerms < 1 || memberTerms < 1 || storyMembers < 1 || linkMembers < 1
                || postingCap < 1 || maxCandidates < 1 || closeDays < 1) {
            throw new IllegalArgumentException("decayDays and every count must be positive");
        }
    }

    public ClusterConfig withNameRule(NameRule value) {
        return new ClusterConfig(threshold, leadWeight, entityWeight, decayDays, queryTerms, memberTerms, storyMembers,
                linkMembers, postingCap, maxCandidates, closeDays, pairModel, eventRule, pieceMerge, bodyRule, value, smallStoryRule);
    }

    public ClusterConfig withSmallStoryRule(SmallStoryRule value) {
        return new ClusterConfig(threshold, leadWeight, entityWeight, decayDays, queryTerms, memberTerms, storyMembers,
                linkMembers, postingCap, maxCandidates, closeDays, pairModel, eventRule, pieceMerge, bodyRule, nameRule, value);
    }

    public ClusterConfig withThreshold(double value) {
        return new ClusterConfig(value, leadWeight, entityWeight, decayDays, queryTerms, memberTerms, storyMembers,
                linkMembers, postingCap, maxCandidates, closeDays, pairModel, eventRule, pieceMerge, bodyRule, nameRule, smallStoryRule);
    }

    public ClusterConfig withWeights(double lead, double entity) {
        return new ClusterConfig(threshold, lead, entity, decayDays, queryTerms, memberTerms, storyMembers,
                linkMembers, postingCap, maxCandidates, closeDays, pairModel, eventRule, pieceMerge, bodyRule, nameRule, smallStoryRule);
    }

    public ClusterConfig withDecayDays(double value) {
        return new ClusterConfig(threshold, leadWeight, entityWeight, value, queryTerms, memberTerms, storyMembers,
                linkMembers, postingCap, maxCandidates, closeDays, pairModel, eventRule, pieceMerge, bodyRule, nameRule, smallStoryRule);
    }

    public ClusterConfig withLinkMembers(int value) {
        return new ClusterConfig(threshold, leadWeight, entityWeight, decayDays, queryTerms, memberTerms, storyMembers,
                value, postingCap, maxCandidates, closeDays, pairModel, eventRule, pieceMerge, bodyRule, nameRule, smallStoryRule);
    }

    public ClusterConfig withPairModel(PairModel value) {
        return new ClusterConfig(threshold, leadWeight, entityWeight, decayDays, queryTerms, memberTerms, storyMembers,
                linkMembers, postingCap, maxCandidates, closeDays, value, eventRule, pieceMerge, bodyRule, nameRule, smallStoryRule);
    }

    public ClusterConfig withCloseDays(int value) {
        return new ClusterConfig(threshold, leadWeight, entityWeight, decayDays, queryTerms, memberTerms, storyMembers,
                linkMembers, postingCap, maxCandidates, value, pairModel, eventRule, pieceMerge, bodyRule, nameRule, smallStoryRule);
    }
}
