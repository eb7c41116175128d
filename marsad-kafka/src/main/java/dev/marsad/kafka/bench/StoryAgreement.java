package dev.marsad.kafka.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * How far two groupings of the same articles into stories agree: B-cubed precision, recall and F1 (Bagga and
 * Baldwin 1998), each article weighing the same. 1.0 means the same stories, whatever their ids.
 */
public final class StoryAgreement {
    private StoryAgreement() {
    }

    /**
     * B-cubed F1 of {@code actual} against {@code expected} (story id by article id) over the articles of
     * {@code expected}; an article that {@code actual} lacks counts as a story of its own there.
     */
    public static double bcubedF1(Map<String, String> actual, Map<String, String> expected) {
        if (expected.isEmpty()) {
            return actual.isEmpty() ? 1.0 : 0.0;
        }
        Map<String, Set<String>> actualGroups = groups(actual);
        Map<String, Set<String>> expectedGroups = groups(expected);
        double precision = 0;
        double recall = 0;
        for (String article : expected.keySet()) {
            String story = actual.get(article);
            Set<String> mine = story == null ? Set.of(article) : actualGroups.get(story);
            Set<String> truth = expectedGroups.get(expected.get(article));
            long both = mine.stream().filter(truth::contains).count();
            precision += (double) both / mine.size();
            recall += (double) both / truth.size();
        }
        precision /= expected.size();
        recall /= expected.size();
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static Map<String, Set<String>> groups(Map<String, String> storyOf) {
        Map<String, Set<String>> out = new HashMap<>();
        storyOf.forEach((article, story) -> out.computeIfAbsent(story, k -> new TreeSet<>()).add(article));
        return out;
    }
}
