package dev.marsad.summarize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Picks a story's headline: the title of the member whose text is closest to the story centroid (the most
 * typical report), ties going to the earliest. With one or two members that is the earliest title.
 */
final class HeadlinePicker {
    private HeadlinePicker() {
    }

    static Optional<String> pick(List<StoryMember> members) {
        List<StoryMember> titled = members.stream()
                .filter(m -> m.article().article().metadata().title().filter(t -> !t.isBlank()).isPresent()).toList();
        if (titled.isEmpty()) {
            return Optional.empty();
        }
        if (titled.size() <= 2) {
            return titled.get(0).article().article().metadata().title();
        }
        TermVectors vectors = new TermVectors();
        List<List<String>> terms = new ArrayList<>();
        titled.forEach(m -> terms.add(vectors.count(m.article().article().text())));
        List<Map<String, Double>> all = terms.stream().map(vectors::vector).toList();
        Map<String, Double> centroid = TermVectors.centroid(all);
        int best = 0;
        for (int i = 1; i < all.size(); i++) {
            if (TermVectors.dot(all.get(i), centroid) > TermVectors.dot(all.get(best), centroid) + 1e-9) {
                best = i;
            }
        }
        return titled.get(best).article().article().metadata().title();
    }
}
