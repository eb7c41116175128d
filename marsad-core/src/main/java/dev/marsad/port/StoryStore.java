package dev.marsad.port;

import dev.marsad.model.Story;
import dev.marsad.model.StoryStanding;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps the current stories and which story each stored article is in. Stories are read ordered by size, then
 * latest publication date (newest first), then id: the order of {@code marsad cluster}. Infrastructure
 * failures throw the implementation's unchecked exception.
 */
public interface StoryStore {

    /** For the writes' guard: write whatever number of articles is stored (tests, one-shot runs). */
    int ANY = -1;

    /**
     * Replaces the stored stories with {@code stories} and the article assignments with {@code storyOfArticle}
     * (story id by article id), atomically; with a count, the stories are then {@link #upToDate}.
     *
     * @param placed the number of stored articles these stories were made of, or {@link #ANY}
     * @throws StoryPlacement.Behind when the store holds another number of articles (nothing is written)
     */
    void replaceAll(List<Story> stories, Map<String, String> storyOfArticle, int placed);

    /** Replaces the stories and clears the assignments, unguarded (tests and one-shot runs). */
    default void replaceAll(List<Story> stories) {
        replaceAll(stories, Map.of(), ANY);
    }

    /**
     * Inserts or replaces each of {@code changed} (by id), in one transaction. A writer calls it with
     * {@code placed} only when, with these, every story of the {@code placed} stored articles is written: the
     * stories are then {@link #upToDate} until the next article is stored (an empty {@code changed} only says so).
     *
     * @param placed the number of stored articles these stories were made of, or {@link #ANY}
     * @throws StoryPlacement.Behind when the store holds another number of articles (nothing is written)
     */
    void putAll(List<Story> changed, int placed);

    /**
     * Writes what placing a few days again changed (a late article placed from its day's checkpoint), in one
     * transaction: inserts or replaces each of {@code changed} (by id), deletes the stories of {@code gone} ids, and
     * sets the story of each article of {@code storyOfArticle} (story id by article id). With a count, the stories
     * are then {@link #upToDate} as with {@link #putAll}.
     *
     * @param placed the number of stored articles these stories were made of, or {@link #ANY}
     * @throws StoryPlacement.Behind when the store holds another number of articles (nothing is written)
     */
    default void rewrite(List<Story> changed, Collection<String> gone, Map<String, String> storyOfArticle, int placed) {
        rewrite(changed, gone, storyOfArticle, Map.of(), placed);
    }

    /**
     * Like {@link #rewrite(List, Collection, Map, int)}, and first moves every article of each story merged away: an
     * article whose story is a key of {@code mergedInto} (story id by story id) goes to the story its value names (the
     * engine merged pieces of one event). Those stories' rows are deleted when their ids are in {@code gone}.
     *
     * @param mergedInto the story each merged-away story's articles go to (values are stories that were not merged away)
     * @param placed     the number of stored articles these stories were made of, or {@link #ANY}
     * @throws StoryPlacement.Behind when the store holds another number of articles (nothing is written)
     */
    void rewrite(List<Story> changed, Collection<String> gone, Map<String, String> storyOfArticle,
                 Map<String, String> mergedInto, int placed);

    /**
     * Whether the stored stories are those of every stored article: the last write of stories
     * ({@link #replaceAll} or {@link #putAll} with a count) came after the last article was stored. False after
     * a writer was stopped between storing articles and writing their stories (kill -9), after an unguarded
     * write, and where a store does not know.
     */
    default boolean upToDate() {
        return false;
    }

    /** The stories, ordered by size then recency. */
    List<Story> stories();

    /** One story by id. */
    Optional<Story> story(String id);

    /**
     * Every story's standing (what ranks it, without its body), in the stored order: what a front page ranks
     * before reading the stories of one page with {@link #stories(List)}.
     */
    List<StoryStanding> standings();

    /** The stories of {@code ids} that exist, in the order of {@code ids}. */
    List<Story> stories(List<String> ids);

    /**
     * A number that changes whenever stories are written, by this process or another on the same store: readers
     * keep what they derived from {@link #standings()} until it changes.
     */
    long version();

    /** The story id of each of {@code articleIds} that is in a story, by article id. */
    Map<String, String> storyIds(Collection<String> articleIds);
}
