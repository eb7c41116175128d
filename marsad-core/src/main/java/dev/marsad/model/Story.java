package dev.marsad.model;

import java.util.List;
import java.util.Objects;

/**
 * One story (event) and everything a reader needs about it: the contract's {@code stories[]} element.
 *
 * @param id         stable identifier
 * @param headline   the story's headline
 * @param articles   its articles, earliest first
 * @param summary    extractive multi-source summary, each sentence with its source
 * @param timeline   dated events, in date order
 * @param entities   entities merged by key, most mentioned first
 * @param quotes     quotations by speaker
 * @param duplicates groups of near-duplicate articles (syndicated copy)
 * @param outlets    outlets that covered it, earliest first, with when each first reported it
 */
public record Story(
        String id,
        String headline,
        List<StoryArticle> articles,
        List<SummarySentence> summary,
        List<TimelineEvent> timeline,
        List<StoryEntity> entities,
        List<StoryQuote> quotes,
        List<List<ArticleRef>> duplicates,
        List<StoryOutlet> outlets) {
    public Story {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(headline, "headline");
        articles = List.copyOf(Objects.requireNonNull(articles, "articles"));
        summary = List.copyOf(Objects.requireNonNull(summary, "summary"));
        timeline = List.copyOf(Objects.requireNonNull(timeline, "timeline"));
        entities = List.copyOf(Objects.requireNonNull(entities, "entities"));
        quotes = List.copyOf(Objects.requireNonNull(quotes, "quotes"));
        duplicates = Objects.requireNonNull(duplicates, "duplicates").stream().map(List::copyOf).toList();
        outlets = List.copyOf(Objects.requireNonNull(outlets, "outlets"));
    }

    /** A story without outlet information (the shape before {@code outlets} was added). */
    public Story(String id, String headline, List<StoryArticle> articles, List<SummarySentence> summary,
                 List<TimelineEvent> timeline, List<StoryEntity> entities, List<StoryQuote> quotes,
                 List<List<ArticleRef>> duplicates) {
        this(id, headline, articles, summary, timeline, entities, quotes, duplicates, List.of());
    }
}
