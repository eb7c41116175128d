package dev.marsad.summarize;

import dev.marsad.model.ArticleRef;
import dev.marsad.model.Quote;
import dev.marsad.model.Story;
import dev.marsad.model.StoryArticle;
import dev.marsad.model.StoryOutlet;
import dev.marsad.model.StoryQuote;
import dev.marsad.text.ArabicNormalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Builds a {@link Story}'s reader products from its members (given earliest first). Thread-safe (stateless).
 *
 * <ul>
 *   <li>headline: the title of the member whose title and lead are most central to the story (see
 *       {@link HeadlinePicker}); the first
 *       sentence of the earliest member when no member has a title;</li>
 *   <li>summary: {@link ExtractiveSummarizer} over the members that are not near-duplicates of another;</li>
 *   <li>timeline, entities: {@link TimelineBuilder}, {@link EntityMerger};</li>
 *   <li>quotes: grouped by speaker in order of first appearance, named speakers before statements whose speaker
 *       is not named (a reader comes for who said what; "according to media" sentences go last), the same quote
 *       (folded text) kept once;</li>
 *   <li>outlets: each outlet once, with its earliest article, earliest first.</li>
 * </ul>
 */
public final class StorySummarizer {
    private final int summarySentences;

    public StorySummarizer(int summarySentences) {
        this.summarySentences = summarySentences;
    }

    /** The story with id {@code id} made of {@code members} (earliest first) and duplicate groups. */
    public Story summarize(String id, List<StoryMember> members, List<List<ArticleRef>> duplicates) {
        Objects.requireNonNull(id, "id");
        Set<ArticleRef> copies = new HashSet<>();
        duplicates.forEach(group -> copies.addAll(group.subList(1, group.size())));
        List<StoryMember> originals = members.stream().filter(m -> !copies.contains(m.ref())).toList();
        List<StoryArticle> articles = members.stream().map(m -> new StoryArticle(m.ref(),
                m.article().article().metadata().title(), m.article().article().metadata().outlet(),
                m.article().article().metadata().published())).toList();
        return new Story(id, headline(originals), articles,
                new ExtractiveSummarizer().summarize(originals, summarySentences),
                new TimelineBuilder().timeline(members), new EntityMerger().merge(members), quotes(members),
                duplicates, outlets(members));
    }

    private static String headline(List<StoryMember> members) {
        Optional<String> title = HeadlinePicker.pick(members);
        if (title.isPresent() || members.isEmpty()) {
            return trim(title.orElse(""));
        }
        return trim(HeadlinePicker.firstSentence(members.get(0).article().article().text()));
    }

    /** Trims whitespace including no-break spaces, which String.strip keeps and scraped titles often end in. */
    static String trim(String s) {
        return EDGE_SPACE.matcher(s).replaceAll("");
    }

    private static final java.util.regex.Pattern EDGE_SPACE =
            java.util.regex.Pattern.compile("^[\\s\\u00A0\\u2007\\u202F]+|[\\s\\u00A0\\u2007\\u202F]+$");

    private static List<StoryQuote> quotes(List<StoryMember> members) {
        Map<String, List<StoryQuote>> bySpeaker = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (StoryMember member : members) {
            for (Quote q : member.article().extraction().quotes()) {
                if (seen.add(ArabicNormalizer.fold(q.text()).strip())) {
                    String speaker = q.speakerKey().or(q::speaker).orElse("");
                    bySpeaker.computeIfAbsent(speaker, s -> new ArrayList<>()).add(new StoryQuote(q, member.ref().source()));
                }
            }
        }
        List<StoryQuote> unnamed = bySpeaker.getOrDefault("", List.of());
        List<StoryQuote> ordered = new ArrayList<>();
        bySpeaker.forEach((speaker, quotes) -> {
            if (!speaker.isEmpty()) {
                ordered.addAll(quotes);
            }
        });
        ordered.addAll(unnamed);
        return ordered;
    }

    private static List<StoryOutlet> outlets(List<StoryMember> members) {
        Map<String, StoryOutlet> byOutlet = new LinkedHashMap<>();
        for (StoryMember m : members) {
            var meta = m.article().article().metadata();
            meta.outlet().filter(o -> !o.isBlank()).ifPresent(o -> byOutlet.merge(o,
                    new StoryOutlet(o, meta.published(), m.ref()), StorySummarizer::earlier));
        }
        return List.copyOf(byOutlet.values());
    }

    private static StoryOutlet earlier(StoryOutlet a, StoryOutlet b) {
        if (a.firstReported().isEmpty()) {
            return b.firstReported().isPresent() ? b : a;
        }
        return b.firstReported().isPresent() && b.firstReported().get().compareTo(a.firstReported().get()) < 0 ? b : a;
    }
}
