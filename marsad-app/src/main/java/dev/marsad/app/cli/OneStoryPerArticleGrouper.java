package dev.marsad.app.cli;

import dev.marsad.app.server.StoryGrouper;
import dev.marsad.model.AnalyzedArticle;
import dev.marsad.model.ArticleMetadata;
import dev.marsad.model.Entity;
import dev.marsad.model.StoredArticle;
import dev.marsad.model.Story;
import dev.marsad.model.StoryArticle;
import dev.marsad.model.StoryEntity;
import dev.marsad.model.StoryQuote;
import dev.marsad.model.SummarySentence;
import dev.marsad.model.TimeMention;
import dev.marsad.model.TimelineEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * TODO(#4): a temporary stand-in until the cluster helper's {@code StoryPipeline} is merged: every article is its
 * own story, so that {@code serve} and {@code demo} show something real end to end. It does no clustering and no
 * summarising: the summary is the article's first sentence, the timeline its resolved dates.
 */
final class OneStoryPerArticleGrouper implements StoryGrouper {

    @Override
    public List<Story> group(List<StoredArticle> articles) {
        List<Story> stories = new ArrayList<>();
        for (StoredArticle stored : articles) {
            stories.add(story(stored));
        }
        // One article each, so "by size then recency" is by recency alone; undated last.
        stories.sort(Comparator.comparing((Story s) -> s.articles().get(0).published().orElse("")).reversed());
        return stories;
    }

    private static Story story(StoredArticle stored) {
        AnalyzedArticle analyzed = stored.article();
        ArticleMetadata meta = analyzed.article().metadata();
        String text = analyzed.article().text();
        String headline = meta.title().orElseGet(() -> firstLine(text));
        String source = stored.ref().source();
        List<TimelineEvent> timeline = new ArrayList<>();
        for (TimeMention t : analyzed.extraction().times()) {
            t.value().ifPresent(v -> timeline.add(new TimelineEvent(v, sentenceAround(text, t.start()), List.of(source))));
        }
        timeline.sort(Comparator.comparing(TimelineEvent::date));
        return new Story(stored.id(), headline,
                List.of(new StoryArticle(stored.ref(), meta.title(), meta.outlet(), meta.published())),
                leadSentence(text).map(l -> List.of(new SummarySentence(l, stored.ref()))).orElse(List.of()),
                timeline, entities(analyzed.extraction().entities()),
                analyzed.extraction().quotes().stream().map(q -> new StoryQuote(q, source)).toList(),
                List.of());
    }

    private static List<StoryEntity> entities(List<Entity> mentions) {
        Map<String, List<Entity>> byKey = new LinkedHashMap<>();
        mentions.forEach(e -> byKey.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(e));
        List<StoryEntity> out = new ArrayList<>();
        byKey.forEach((key, list) -> {
            List<String> spellings = list.stream().map(Entity::text).distinct().toList();
            out.add(new StoryEntity(key, spellings.get(0), list.get(0).type(),
                    spellings.subList(1, spellings.size()), list.size()));
        });
        out.sort(Comparator.comparing((StoryEntity e) -> -e.mentions()));
        return out;
    }

    /** Until the cleaner finds titles, an untitled article is headed by its first line, cut to 120 chars. */
    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("").strip();
        return line.length() > 120 ? line.substring(0, 120) + "…" : line;
    }

    /** The first sentence of the first real paragraph (one of 60+ chars: not a title, outlet or date line). */
    private static java.util.Optional<String> leadSentence(String text) {
        int at = 0;
        for (String paragraph : text.split("\n")) {
            if (paragraph.strip().length() >= 60) {
                return java.util.Optional.of(sentenceAround(text, at + paragraph.indexOf(paragraph.strip())));
            }
            at += paragraph.length() + 1;
        }
        return text.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(sentenceAround(text, 0));
    }

    /** The sentence of {@code text} containing {@code offset}, cut at . ! ? ؟ or a paragraph break. */
    private static String sentenceAround(String text, int offset) {
        int start = offset;
        while (start > 0 && !isEnd(text.charAt(start - 1))) {
            start--;
        }
        int end = offset;
        // A full stop inside a number (6.8) does not end the sentence.
        while (end < text.length() && !(isEnd(text.charAt(end))
                && (end + 1 == text.length() || !Character.isDigit(text.charAt(end + 1))))) {
            end++;
        }
        return text.substring(start, Math.min(text.length(), end + 1)).strip();
    }

    private static boolean isEnd(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u061F' || c == '\n';
    }
}
