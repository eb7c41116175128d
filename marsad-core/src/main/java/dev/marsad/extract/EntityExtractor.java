package dev.marsad.extract;

import dev.marsad.extract.ner.NameFinder.NameSpan;
import dev.marsad.extract.ner.NameFinder;
import dev.marsad.model.Entity;
import dev.marsad.model.EntityType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds entity mentions and gives each its key. Spans come from the trained model when present and from
 * {@link RuleNameFinder}; overlaps keep the longer span. People named in full are remembered in the
 * {@link ExtractionRun}; later one-word mentions of them (surname, or a Korean/Chinese family name first) are
 * found and keyed to the full name. Mention text never includes proclitics; {@code للبيت الأبيض} is reported as
 * {@code البيت الأبيض} with its span starting after the first ل. Thread-safe per run.
 */
final class EntityExtractor {
    private final Optional<NameFinder> model;
    private final MisreadNames misread;
    private final SpanGrowth growth;
    private final DescribedOrganizations described;
    private final NewsPeople newsPeople;

    EntityExtractor(Optional<NameFinder> model, NewsPeople newsPeople) {
        this.model = model;
        this.newsPeople = newsPeople;
        this.misread = new MisreadNames(model);
        this.growth = new SpanGrowth(model, this::firstName);
        this.described = new DescribedOrganizations(model);
    }

    List<Entity> extract(String text, Words words, ExtractionRun run) {
        return resolve(text, words, find(text, words), run);
    }

    /**
     * The spans found without the run: the rules' (less those that cannot be a person) and the tagger's.
     *
     * @param rules the rules' spans
     * @param found the tagger's spans
     */
    record Spans(List<NameSpan> rules, List<NameSpan> found) {
    }

    /**
     * The part of {@link #extract} that does not read or change the run (the rules and the tagger, most of the
     * cost): it may run for many articles at once, on any thread, before {@link #resolve} takes them in order.
     */
    Spans find(String text, Words words) {
        List<NameSpan> rules = concat(RuleNameFinder.find(words).stream().filter(s -> !misread.notAPerson(text, s)).toList(),
                concat(described.find(words), newsPeople.find(words)));
        List<NameSpan> found = model.map(m -> m.find(text, words.tokens())).orElse(List.of()).stream()
                .map(s -> LeadingDescriptors.withoutLeadingDescriptor(text, s)).toList();
        return new Spans(rules, found);
    }

    /** The part of {@link #extract} that reads and grows the run: one article at a time, in the run's order. */
    List<Entity> resolve(String text, Words words, Spans firstPass, ExtractionRun run) {
        List<NameSpan> rules = firstPass.rules();
        // الاتحاد الأوروبي فيديريكا موغريني: a listed body and its official, not one organisation (PeopleAfterBodies).
        List<NameSpan> found = PeopleAfterBodies.split(firstPass.found(), rules, words, this::firstName,
                w -> model.map(m -> m.isCommonWord(w) || m.isCommonNewsWord(w)).orElse(true));
        // سامي العلي, tagged as two persons side by side: one name (PersonHalves).
        found = PersonHalves.joined(found, rules, text, this::modelFirstName);
        found = WordSpans.joinedAcrossHashtags(found, text); // فلاديمير #بوتين
        NameSpan before = null;
        for (NameSpan s : SpanOverlaps.resolve(concat(rules, found))) {
            if (s.type() == EntityType.PERSON) {
                // The run remembers the name without what the cuts below take off (brackets, a tanween word, a verb,
                // a second person's و: عمر البشير، وعبدالفتاح السيسي; a second holder's nationality: تسيبراس والمقدوني).
                int start = before != null && PersonEdges.coordinated(text, before, s, this::firstName) ? s.start() + 1 : s.start();
                String name = PersonEdges.withoutCoordinatedNationality(
                        WordSpans.withoutTanweenWord(WordSpans.withoutBrackets(text.substring(start, s.end()))).replace(" #", " "));
                run.rememberPerson(VerbsInNames.withoutTrailingVerbs(name, this::modelFirstName));
            }
            before = s;
        }
        List<NameSpan> spans = new ArrayList<>(rules);
        // The rules' spans as a set: looking each model span up in the list made long inputs quadratic (issue 12).
        Set<Long> ruleBounds = new HashSet<>(rules.size() * 2);
        rules.forEach(r -> ruleBounds.add(bounds(r.start(), r.end())));
        found.forEach(s -> spans.add(trimClitic(text, s, ruleBounds, run)));
        List<NameSpan> chosen = SpanOverlaps.resolve(spans).stream().map(s -> withOwnFirstLetter(text, s, run)).toList();
        chosen = ArticleSenses.resolved(text, chosen, run);
        chosen = SpanOverlaps.resolve(concat(chosen, KnownPeople.find(words, run).stream()
                .filter(s -> !misread.hasCommonWord(NameKey.words(text.substring(s.start(), s.end())))).toList()));
        chosen = WordSpans.joinedAcrossHyphens(WordSpans.joinedAcrossUnderscores(chosen, text), text);
        // حركة حماس → حماس before growth, so that a name cut from its descriptor does not grow as a head noun's would.
        chosen = chosen.stream().map(s -> described.withoutDescriptor(s, words)).toList();
        chosen = PlaceConjunctions.trimmed(AdjacentPlaces.split(growth.grown(chosen, words), words), text);
        // كيم سيزور روسيا: a verb after its subject is cut from the person (VerbsInNames).
        chosen = VerbsInNames.afterInnerVerb(VerbsInNames.trimmed(chosen, text, this::modelFirstName), text);
        // مئير اتينغر وأفيتار سلونيم، طالباني متضامنا: a second person's و and a trailing accusative (PersonEdges).
        chosen = PersonEdges.trimmed(chosen, text, this::firstName, w -> model.map(m -> m.isCommonNewsWord(w)).orElse(false));
        chosen = chosen.stream().map(s -> NewsAgencies.withoutOutletAddressee(text, s)).toList(); // الأهلي لبي بي سي
        chosen = chosen.stream().filter(s -> !LeadingDescriptors.opensTitle(text, s)).toList(); // آية of آية الله
        CommonNounAnaphors anaphors = new CommonNounAnaphors(words, w -> model.map(m -> m.isCommonWord(w)).orElse(false));
        List<Entity> out = new ArrayList<>(chosen.size());
        for (NameSpan s : chosen) {
            if (!misread.misread(text, s, words, run) && !anaphors.refersBack(text, s)) {
                out.add(entity(text, NewsAgencies.retyped(text, s), run));
            }
        }
        return out;
    }

    /** A first name the model knows. */
    private boolean modelFirstName(String w) {
        return model.map(m -> m.isFirstName(w)).orElse(false);
    }

    /** A first name the model knows, or the first word of a listed person's name. */
    private boolean firstName(String w) {
        return modelFirstName(w) || newsPeople.opensAListedName(w);
    }

    private Entity entity(String text, NameSpan s, ExtractionRun run) {
        // "للبيت الأبيض": the span starts at the second ل; the name is written with its article.
        String name = WordSpans.reportedName(text, s);
        String key = NameKey.of(s.type(), name);
        if (s.type() == EntityType.PERSON) {
            boolean oneWord = NameKey.words(name).size() == 1;
            Optional<ExtractionRun.Person> single = oneWord ? run.resolveSingleWord(name) : Optional.empty();
            key = single.map(ExtractionRun.Person::key).orElse(key);
            Optional<String> full = oneWord ? single.map(ExtractionRun.Person::name) : Optional.of(name);
            if (full.isPresent() && model.isPresent()) {
                // فلاديمير بوتن after فلاديمير بوتين: one key for the spellings of one name met in this run.
                key = run.variantOf(full.get(), model.get()::isFirstName).map(ExtractionRun.Person::key).orElse(key);
            }
        }
        return new Entity(name, s.type(), key, s.start(), s.end());
    }

    /**
     * A model span that kept a one-letter proclitic (وكوريا الشمالية، بكيم) loses it when the rules found the
     * same name without it, or when the rest is someone already met.
     */
    private static NameSpan trimClitic(String text, NameSpan s, Set<Long> ruleBounds, ExtractionRun run) {
        if (s.end() - s.start() < 4 || "وفبلك".indexOf(text.charAt(s.start())) < 0) {
            return s;
        }
        int start = s.start() + 1;
        boolean ruleAgrees = ruleBounds.contains(bounds(start, s.end()));
        String rest = text.substring(start, s.end());
        boolean known = s.type() == EntityType.PERSON && !rest.contains(" ") && run.resolveSingleWord(rest).isPresent();
        return ruleAgrees || known ? new NameSpan(start, s.end(), s.type(), s.score()) : s;
    }

    /**
     * A one-word person whose letter before it, read as a clitic (ك، ل، ب، و، ف), is the first letter of a surname the
     * run knows (بدرو كالوخا … وأشار كالوخا: not الوخا): the span takes the letter back.
     */
    private static NameSpan withOwnFirstLetter(String text, NameSpan s, ExtractionRun run) {
        if (s.type() != EntityType.PERSON || s.start() == 0 || "وفبلك".indexOf(text.charAt(s.start() - 1)) < 0
                || s.start() > 1 && Character.isLetter(text.charAt(s.start() - 2))) {
            return s;
        }
        String word = text.substring(s.start(), s.end());
        if (word.contains(" ") || run.resolveSingleWord(word).isPresent()
                || run.resolveSingleWord(text.charAt(s.start() - 1) + word).isEmpty()) {
            return s;
        }
        return new NameSpan(s.start() - 1, s.end(), s.type(), s.score());
    }

    private static long bounds(int start, int end) {
        return ((long) start << 32) | (end & 0xffffffffL);
    }

    private static List<NameSpan> concat(List<NameSpan> a, List<NameSpan> b) {
        List<NameSpan> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
