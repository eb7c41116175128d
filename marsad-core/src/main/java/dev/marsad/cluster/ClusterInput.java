package dev.marsad.cluster;

import dev.marsad.model.AnalyzedArticle;
import dev.marsad.model.Entity;
import dev.marsad.model.EntityType;
import dev.marsad.text.MatchTerms;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the clusterer needs of one article: term counts of body, title and first paragraph, entity keys and
 * publication day.
 *
 * @param body     matching-term counts of the body
 * @param title    matching-term counts of the title (empty when there is none)
 * @param lead     matching-term counts of the body's first paragraph
 * @param entities entity keys mentioned (empty when extraction found none)
 * @param day      publication day, when known
 * @param leadNames the full person names (two words or more) the first paragraph names: key → the name's matching terms
 *                  and adjacent word pairs (what the name rule, {@link NameRule}, reads: they tell how rare the name is)
 */
public record ClusterInput(Map<String, Integer> body, Map<String, Integer> title, Map<String, Integer> lead,
                           Set<String> entities, Optional<LocalDate> day, Map<String, Set<String>> leadNames) {
    public ClusterInput {
        body = Map.copyOf(Objects.requireNonNull(body, "body"));
        title = Map.copyOf(Objects.requireNonNull(title, "title"));
        lead = Map.copyOf(Objects.requireNonNull(lead, "lead"));
        entities = Set.copyOf(Objects.requireNonNull(entities, "entities"));
        Objects.requireNonNull(day, "day");
        leadNames = Map.copyOf(Objects.requireNonNull(leadNames, "leadNames"));
    }

    /** An input without lead names (the name rule then has nothing to go on). */
    public ClusterInput(Map<String, Integer> body, Map<String, Integer> title, Map<String, Integer> lead,
                        Set<String> entities, Optional<LocalDate> day) {
        this(body, title, lead, entities, day, Map.of());
    }

    /**
     * The input for an analysed article that states no date of its own but was seen on {@code seenOn} (an
     * article pasted into a page dated that day): the day places it in time for the decay only, so an undated
     * pasted article cannot join a story from any date.
     */
    public static ClusterInput of(AnalyzedArticle article, Optional<LocalDate> seenOn) {
        ClusterInput own = of(article);
        return own.day().isPresent() ? own
                : new ClusterInput(own.body(), own.title(), own.lead(), own.entities(), seenOn, own.leadNames());
    }

    /** The input for an analysed article. */
    public static ClusterInput of(AnalyzedArticle article) {
        Set<String> keys = new LinkedHashSet<>();
        for (Entity e : article.extraction().entities()) {
            keys.add(e.key());
        }
        var meta = article.article().metadata();
        String text = article.article().text();
        return new ClusterInput(counts(MatchTerms.of(text)), counts(MatchTerms.of(meta.title().orElse(""))),
                counts(MatchTerms.of(firstParagraph(text))), keys, meta.published().flatMap(ClusterInput::day),
                leadNames(text, article.extraction().entities()));
    }

    /**
     * Keys of the persons named in full (a key of two words or more: سعود الدوسري, not الدوسري alone) in the text's first
     * paragraph, each with the name's matching terms and its adjacent word pairs ({@link BackgroundFrequencies#pair}: a
     * name of common words can be rare as a pair). A report names the person its event is about up front; a surname
     * alone is shared by a tribe. A name with a patronymic (سعود بن عبدالله الدوسري) also stands under its key without
     * it (سعود الدوسري): reports of one person's story name him both ways.
     */
    static Map<String, Set<String>> leadNames(String text, List<Entity> entities) {
        int from = text.length() - text.stripLeading().length();
        int to = from + firstParagraph(text).length();
        Map<String, Set<String>> out = new HashMap<>();
        for (Entity e : entities) {
            if (e.type() == EntityType.PERSON && e.start() >= from && e.start() < to && e.key().indexOf('-') > 0) {
                List<String> terms = MatchTerms.of(e.text());
                if (terms.size() < 2) {
                    // A one-word mention under a full name's key (الذباب, flies, read as a person's surname) names no
                    // one in full: its key's rarity is not the mention's.
                    continue;
                }
                Set<String> rarity = new java.util.TreeSet<>(terms);
                for (int i = 1; i < terms.size(); i++) {
                    rarity.add(BackgroundFrequencies.pair(terms.get(i - 1), terms.get(i)));
                }
                out.computeIfAbsent(e.key(), k -> new java.util.TreeSet<>()).addAll(rarity);
                String short_ = withoutPatronymic(e.key());
                if (!short_.equals(e.key())) {
                    out.computeIfAbsent(short_, k -> new java.util.TreeSet<>()).addAll(rarity);
                }
            }
        }
        return out;
    }

    /** Patronymic parts of a key ({@code -bn-WORD}, ابن/بن and the father's name) in a key of a given and a family name. */
    private static final java.util.regex.Pattern PATRONYMIC = java.util.regex.Pattern.compile("-a?bn-[^-]+(?=-)");

    /**
     * The key without its patronymics, when a given name and a family name remain ({@code person:s3ad-bn-3bdlh-aldsri} →
     * {@code person:s3ad-aldsri}); the key itself otherwise.
     */
    static String withoutPatronymic(String key) {
        return PATRONYMIC.matcher(key).replaceAll("");
    }

    /** The text up to its first blank line (clean text separates paragraphs with one). */
    public static String firstParagraph(String text) {
        String s = text.strip();
        int end = s.indexOf("\n\n");
        return end < 0 ? s : s.substring(0, end);
    }

    /**
     * The newsroom's zone: a publication time that carries an offset is placed on its date here, so that one
     * instant is one day whichever outlet's clock wrote it (Al Arabiya at +04:00 and the BBC at GMT). Were each
     * outlet's own date kept, the day would step back and forth for hours around every midnight of a stream in
     * time order, and every step back is a late article for the story engine (a replay of the store).
     */
    public static final ZoneOffset NEWSROOM_ZONE = ZoneOffset.ofHours(3);

    /**
     * The day of an ISO date or date-time: a date-time with an offset ({@code 2023-09-15T23:30:00Z}) on its date
     * in {@link #NEWSROOM_ZONE}; a date ({@code 2023-09-15}) or a local date-time as written; empty otherwise.
     */
    public static Optional<LocalDate> day(String iso) {
        if (iso.length() < 10) {
            return Optional.empty();
        }
        if (hasOffset(iso)) {
            try {
                return Optional.of(OffsetDateTime.parse(iso).atZoneSameInstant(NEWSROOM_ZONE).toLocalDate());
            } catch (DateTimeParseException e) {
                // not a date-time after all: the date as written
            }
        }
        try {
            return Optional.of(LocalDate.parse(iso.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Whether an ISO date-time ends in an offset ({@code Z}, {@code +04:00}): local times (most archives) skip the parse. */
    private static boolean hasOffset(String iso) {
        if (iso.length() <= 10) {
            return false;
        }
        String time = iso.substring(10);
        return time.endsWith("Z") || time.indexOf('+') >= 0 || time.indexOf('-') >= 0;
    }

    /** Term counts of a term list. */
    public static Map<String, Integer> counts(List<String> terms) {
        Map<String, Integer> out = new HashMap<>();
        for (String t : terms) {
            out.merge(t, 1, Integer::sum);
        }
        return out;
    }
}
