package dev.marsad.cluster;

import java.util.Map;

/**
 * How well an article fits a story, in [0, 1]. Thread-safe (immutable).
 *
 * <p>Score = (1 − t − e)·cos(body) + t·cos(title) + e·entities, times a time decay:
 * <ul>
 *   <li>cosines use TF-IDF weights (1 + ln tf)·idf with idf = ln((N + 1)/(df + 1)) + 1 from the state's
 *       running document frequencies, so IDF follows the stream;</li>
 *   <li>entities is the share of the article's entity keys that the story already mentions (keys, not
 *       spellings, so بيونغيانغ/بيونجيانج agree when extraction keyed them);</li>
 *   <li>a missing title or missing entities on either side hands its weight to the body: absent extraction
 *       degrades to pure text similarity instead of penalising the pair;</li>
 *   <li>decay = exp(−max(0, |Δdays| − 1)/decayDays) when both days are known (a one-day grace covers time
 *       zones and next-day follow-ups), 1 otherwise.</li>
 * </ul>
 */
public final class StoryScorer {
    private final ClusterConfig config;

    public StoryScorer(ClusterConfig config) {
        this.config = config;
    }

    /** The score of {@code input} against {@code story}. */
    public double score(ClusterInput input, StoryState story, ClusterState state) {
        return score(new Weighted(input, state), story, state);
    }

    /** An article's TF-IDF weights, computed once and scored against many stories. */
    static final class Weighted {
        final ClusterInput input;
        final Terms body;
        final Terms title;
        final double bodyNorm;
        final double titleNorm;

        Weighted(ClusterInput input, ClusterState state) {
            this.input = input;
            this.body = new Terms(input.body(), state);
            this.title = new Terms(input.title(), state);
            this.bodyNorm = body.norm();
            this.titleNorm = title.norm();
        }
    }

    /** Terms with their weights and IDFs in arrays: the IDF serves the story side too, saving a lookup. */
    static final class Terms {
        final String[] terms;
        final double[] weights;
        final double[] idf;

        Terms(Map<String, Integer> counts, ClusterState state) {
            int n = counts.size();
            terms = new String[n];
            weights = new double[n];
            idf = new double[n];
            int i = 0;
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                terms[i] = e.getKey();
                idf[i] = idf(e.getKey(), state);
                weights[i] = (1 + Math.log(e.getValue())) * idf[i];
                i++;
            }
        }

        double norm() {
            double sum = 0;
            for (double w : weights) {
                sum += w * w;
            }
            return Math.sqrt(sum);
        }
    }

    double score(Weighted article, StoryState story, ClusterState state) {
        ClusterInput input = article.input;
        double t = config.titleWeight();
        double e = config.entityWeight();
        boolean titles = !input.title().isEmpty() && !story.title.isEmpty();
        boolean entities = !input.entities().isEmpty() && !story.entities.isEmpty();
        double bodyShare = 1 - (titles ? t : 0) - (entities ? e : 0);
        double score = bodyShare * cosine(article.body, article.bodyNorm, story.body, story.bodyNorm(state), state);
        if (titles) {
            score += t * cosine(article.title, article.titleNorm, story.title, story.titleNorm(state), state);
        }
        if (entities) {
            long shared = input.entities().stream().filter(story.entities::containsKey).count();
            score += e * shared / input.entities().size();
        }
        if (input.day().isPresent() && story.lastDay != Long.MIN_VALUE) {
            long gap = Math.abs(input.day().get().toEpochDay() - story.lastDay);
            score *= Math.exp(-Math.max(0, gap - 1) / config.decayDays());
        }
        return score;
    }

    /** TF-IDF weight of a term counted {@code count} times. */
    static double weight(double count, String term, ClusterState state) {
        return (1 + Math.log(count)) * idf(term, state);
    }

    static double idf(String term, ClusterState state) {
        return Math.log((state.documents() + 1.0) / (state.documentFrequency(term) + 1.0)) + 1;
    }

    static <N extends Number> Map<String, Double> weights(Map<String, N> counts, ClusterState state) {
        Map<String, Double> out = new java.util.HashMap<>(counts.size() * 2);
        counts.forEach((term, c) -> out.put(term, weight(c.doubleValue(), term, state)));
        return out;
    }

    static double norm(Map<String, Double> weights) {
        double sum = 0;
        for (double w : weights.values()) {
            sum += w * w;
        }
        return Math.sqrt(sum);
    }

    private static double cosine(Terms article, double articleNorm, Map<String, Double> story,
                                 double storyNorm, ClusterState state) {
        if (articleNorm == 0 || storyNorm == 0) {
            return 0;
        }
        double dot = 0;
        for (int i = 0; i < article.terms.length; i++) {
            Double c = story.get(article.terms[i]);
            if (c != null) {
                dot += article.weights[i] * (1 + Math.log(c)) * article.idf[i];
            }
        }
        return Math.min(1, dot / (articleNorm * storyNorm));
    }
}
