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
        double t = config.titleWeight();
        double e = config.entityWeight();
        boolean titles = !input.title().isEmpty() && !story.title.isEmpty();
        boolean entities = !input.entities().isEmpty() && !story.entities.isEmpty();
        double bodyShare = 1 - (titles ? t : 0) - (entities ? e : 0);
        double score = bodyShare * cosine(input.body(), story.body, state);
        if (titles) {
            score += t * cosine(input.title(), story.title, state);
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
        double idf = Math.log((state.documents() + 1.0) / (state.documentFrequency(term) + 1.0)) + 1;
        return (1 + Math.log(count)) * idf;
    }

    static double cosine(Map<String, Integer> article, Map<String, Double> story, ClusterState state) {
        if (article.isEmpty() || story.isEmpty()) {
            return 0;
        }
        double dot = 0;
        double a2 = 0;
        for (Map.Entry<String, Integer> entry : article.entrySet()) {
            double w = weight(entry.getValue(), entry.getKey(), state);
            a2 += w * w;
            Double c = story.get(entry.getKey());
            if (c != null) {
                dot += w * weight(c, entry.getKey(), state);
            }
        }
        if (dot == 0) {
            return 0;
        }
        double s2 = 0;
        for (Map.Entry<String, Double> entry : story.entrySet()) {
            double w = weight(entry.getValue(), entry.getKey(), state);
            s2 += w * w;
        }
        return dot / Math.sqrt(a2 * s2);
    }
}
