package dev.marsad.summarize;

import dev.marsad.text.SentenceSplitter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Picks a story's headline: the title of the member whose title and lead are closest to the centroid of all
 * members' titles and leads (the most typical report of the event), ties going to the earliest. With one or two
 * members that is the earliest title.
 *
 * <p>Titles and leads, not whole texts: a roundup or reaction piece that recounts everything the story holds is
 * closest to a whole-text centroid, so its title ("X warns ...") headed the event's story; what most members'
 * titles and leads say is the event itself.
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
        titled.forEach(m -> terms.add(vectors.count(titleAndLead(m))));
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

    private static String titleAndLead(StoryMember member) {
        return member.article().article().metadata().title().orElse("") + "\n"
                + firstSentence(member.article().article().text());
    }

    /** The first sentence of {@code text} ({@link SentenceSplitter}), or "" when it has none. */
    static String firstSentence(String text) {
        var sentences = SentenceSplitter.split(text);
        return sentences.isEmpty() ? "" : sentences.get(0).of(text);
    }
}
