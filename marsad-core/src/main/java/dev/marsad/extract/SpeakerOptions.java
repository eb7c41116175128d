package dev.marsad.extract;

import dev.marsad.model.Entity;
import dev.marsad.model.Quote;
import dev.marsad.text.ArabicNormalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The speakers one quotation may have, each with the features {@link SpeakerRanker} weighs: the rules' own choice
 * (or "nobody named"), the speakers quoted before in the article, and every name the tagger found in the quote's
 * sentence or up to {@value #WINDOW} characters before it — where it stands (between the verb and إن/أن, before
 * the verb, after the quote, inside it, in an earlier sentence and how far), what it is (person, organisation,
 * place; how many words), and what the rules know of it (an addressee after ل, a place phrase, a companion after
 * مع). Options are merged by folded name, the rules' option first. One per article.
 */
final class SpeakerOptions {
    /** How far before its sentence a name may stand and still be weighed, in characters. */
    static final int WINDOW = 400;

    private final SpeakerChain chain;
    private final EntitySpans entities;
    private final SpeakerNameFilters filters;
    private final ExtractionRun run;
    private final QuoteSpeakerNames names;

    SpeakerOptions(SpeakerChain chain, EntitySpeakers speakers, ExtractionRun run, QuoteSpeakerNames names) {
        this.chain = chain;
        this.entities = speakers.entities();
        this.filters = speakers.filters();
        this.run = run;
        this.names = names;
    }

    /** The options of the quote at {@code q}, whose rule speaker is {@code rule}, after the quotes {@code before}. */
    List<SpeakerOption> of(QuoteSpan q, Speaker rule, List<Quote> before) {
        Map<String, Option> byName = new LinkedHashMap<>();
        String ruleState = rule == null ? "null" : rule.name().isBlank() ? "unnamed" : "named";
        Option none = new Option("", null);
        none.features.add("none");
        none.features.add("none&rule=" + ruleState);
        Speaker written = ruleState.equals("named") ? names.written(rule) : null;
        if (written != null && !written.name().isBlank()) {
            option(byName, written.name(), written.key()).features.add("src=rule");
        }
        byName.putIfAbsent("", none);
        String last = null;
        for (Quote b : before) {
            if (b.speaker().isPresent() && !b.speaker().get().isBlank()) {
                option(byName, b.speaker().get(), b.speakerKey().orElse(null)).spoke++;
                last = b.speaker().get();
            }
        }
        if (last != null) {
            option(byName, last, null).features.add("src=last_speaker");
        }
        boolean first = true;
        for (Entity e : entities.startingIn(Math.max(0, q.sentenceFrom() - WINDOW), q.sentenceTo())) {
            if (e.end() > q.sentenceTo()) {
                continue;
            }
            String raw = run.person(e.key()).map(ExtractionRun.Person::name).orElse(e.text());
            Speaker s = names.written(new Speaker(chain.nameOf(e, raw), e.key()));
            if (s.name().isBlank()) {
                continue;
            }
            Option o = option(byName, s.name(), s.key());
            o.mentions++;
            String pos = position(q, e);
            o.features.add("pos=" + pos);
            o.features.add("type=" + e.type().name());
            if (q.verbAt() >= 0 && e.start() >= q.verbAt() && e.start() - q.verbAt() <= 2) {
                o.features.add("right_after_verb"); // قال فلان: the verb's subject
            }
            if (pos.equals("verb_that") && first) {
                o.features.add("first_after_verb");
                first = false;
            }
            if (pos.equals("earlier")) {
                int gap = q.sentenceFrom() - e.end();
                o.features.add("earlier=" + (gap < 80 ? "near" : gap < 200 ? "mid" : "far"));
            }
            filterFeatures(q, e, o);
        }
        List<String> cues = cues(q);
        List<SpeakerOption> out = new ArrayList<>(byName.size());
        for (Option o : byName.values()) {
            out.add(o.finish(q.kind(), ruleState, cues));
        }
        return out;
    }

    /**
     * What the words of the attribution say about its speaker, whatever the rules made of them: an unnamed source,
     * a title, a pronoun source (عنه), no subject at all, a participle or dual verb, a spokesperson of a body, a
     * statement, an agency relaying, a definite noun referring back (المتحدث).
     */
    static List<String> cues(QuoteSpan q) {
        String b = q.between();
        List<String> cues = new ArrayList<>();
        if (q.verb().isEmpty()) {
            cues.add("no_verb");
            return cues;
        }
        add(cues, "unnamed", SpeakerCues.opensWithUnnamed(b));
        add(cues, "title", SpeakerCues.namesTitle(SpeakerCues.beforeCompanion(b)));
        add(cues, "pronoun_source", SpeakerCues.PRONOUN_SOURCE.matcher(b).find());
        add(cues, "no_subject", b.isBlank() || SpeakerCues.opensWithoutSubject(b) || SpeakerCues.onlyPrepositions(b));
        add(cues, "participle", SpeakerCues.isParticiple(q.verb()));
        add(cues, "dual", SpeakerCues.isDual(q.verb()));
        add(cues, "spokesperson", SpeakerCues.SPOKESPERSON_OF.matcher(b).find());
        add(cues, "statement", SpeakerCues.STATEMENT.matcher(b).lookingAt());
        add(cues, "relay", SpeakerCues.isRelayVerb(q.verb()) && SpeakerCues.RELAYED_FROM.matcher(b).find());
        add(cues, "refers_back", SpeakerCues.definiteUnnamedAlone(b));
        return cues;
    }

    private static void add(List<String> cues, String cue, boolean present) {
        if (present) {
            cues.add(cue);
        }
    }

    private void filterFeatures(QuoteSpan q, Entity e, Option o) {
        if (filters.isAddressee(e)) {
            o.features.add("addressee");
        }
        if (filters.notASpeakerName(e)) {
            o.features.add("not_speaker_name");
        }
        if (SpeakerNameFilters.isNationalityWord(e)) {
            o.features.add("nationality_word");
        }
        if (SpeakerNameFilters.isBareHeadNoun(e)) {
            o.features.add("bare_head_noun");
        }
        if (q.verbAt() >= 0 && e.start() > q.verbAt() && filters.companionBefore(q.verbAt(), e.start())) {
            o.features.add("companion");
        }
    }

    /** Where a name stands relative to the quote and its verb. */
    static String position(QuoteSpan q, Entity e) {
        int s = e.start();
        if (s >= q.quoteFrom() && s < q.quoteTo()) {
            return "in_quote";
        }
        if (q.verbAt() >= 0 && s >= q.verbAt() && e.end() <= q.thatAt()) {
            return "verb_that";
        }
        if (s < q.sentenceFrom()) {
            return "earlier";
        }
        if (s < q.quoteFrom()) {
            return q.verbAt() >= 0 && s < q.verbAt() ? "before_verb" : "before_quote";
        }
        return "after_quote";
    }

    private static Option option(Map<String, Option> byName, String name, String key) {
        return byName.computeIfAbsent(fold(name), k -> new Option(name, key));
    }

    /** A name folded for comparison, as the scorer compares speakers. */
    static String fold(String name) {
        return ArabicNormalizer.fold(name).replaceAll("[«»“”„\"]", " ").replaceAll("\\s+", " ").strip();
    }

    /** An option being gathered: its name, key and features so far. */
    private static final class Option {
        final String name;
        final String key;
        final TreeSet<String> features = new TreeSet<>();
        int spoke;
        int mentions;

        Option(String name, String key) {
            this.name = name;
            this.key = key;
        }

        /** The option with its counts as features, and each feature also joined with the quote's kind and the rules' state. */
        SpeakerOption finish(String kind, String ruleState, List<String> cues) {
            if (!name.isBlank()) {
                int words = name.strip().split("\\s+").length;
                features.add("words=" + Math.min(words, 3));
                features.add("spoke=" + Math.min(spoke, 2));
                features.add("mentions=" + Math.min(mentions, 2));
                if (key != null && !features.stream().anyMatch(f -> f.startsWith("type="))) {
                    features.add("type=" + key.substring(0, Math.max(0, key.indexOf(':'))).toUpperCase(java.util.Locale.ROOT));
                }
            }
            List<String> all = new ArrayList<>(features);
            for (String f : features) {
                if (f.equals("none") || f.equals("src=last_speaker") || f.equals("first_after_verb") || f.startsWith("pos=")
                        || f.startsWith("type=")) {
                    cues.forEach(c -> all.add("cue=" + c + "&" + f)); // e.g. a title and the first name after the verb
                    if (f.equals("none") || f.equals("src=last_speaker")) {
                        cues.forEach(c -> all.add("cue=" + c + "&" + f + "&kind=" + kind));
                    }
                }
                all.add(f + "&kind=" + kind);
                if (f.startsWith("src=") || f.startsWith("pos=") || f.equals("first_after_verb")) {
                    all.add(f + "&rule=" + ruleState);
                }
            }
            return new SpeakerOption(name, key, List.copyOf(new TreeSet<>(all)));
        }
    }
}
