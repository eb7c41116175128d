package dev.marsad.pipeline;

import dev.marsad.summarize.StoryMember;
import dev.marsad.text.ArabicNormalizer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * The ids of one stream's stories, by story number. An id is derived from the story's first article (folded title
 * and text), so it is stable across runs and does not depend on how many other stories there are. Every id ever
 * given is kept, a closed story's too (it is still in the store), so that ids stay unique. Not thread-safe.
 */
final class StoryIds {
    private final List<String> ids = new ArrayList<>();
    private final Set<String> used = new HashSet<>();

    /** Names the next story (number {@link #count()}) after its first article; returns its id. */
    String name(StoryMember first) {
        String id = of(first);
        // Only two stories whose first articles are both empty can collide; keep ids unique anyway.
        for (int n = 2; !used.add(id); n++) {
            id = of(first) + "-" + n;
        }
        ids.add(id);
        return id;
    }

    /** The id of story number {@code story}. */
    String id(int story) {
        return ids.get(story);
    }

    /** Forgets the ids of stories numbered {@code count} and on (a stream rolled back to a day's checkpoint). */
    void truncate(int count) {
        List<String> later = ids.subList(count, ids.size());
        used.removeAll(later);
        later.clear();
    }

    /** How many stories were named. */
    int count() {
        return ids.size();
    }

    /** The id a story whose first article is {@code first} gets (before any collision suffix). */
    static String of(StoryMember first) {
        var article = first.article().article();
        String basis = ArabicNormalizer.fold(article.metadata().title().orElse("") + "\n" + article.text());
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
            return "s-" + HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
