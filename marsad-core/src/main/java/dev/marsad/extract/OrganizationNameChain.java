package dev.marsad.extract;

import dev.marsad.text.ArabicNormalizer;
import dev.marsad.text.FoldedText;
import java.util.List;
import java.util.Optional;

/**
 * Organisations' names in one article as a speaker is written: a short name → its fullest form in the article
 * (وزارة الداخلية → وزارة الداخلية الأفغانية), a definite head noun alone → its phrase earlier in the text (الهيئة →
 * الهيئة العامة للغذاء والدواء).
 */
final class OrganizationNameChain {
    private final String text;
    private final List<dev.marsad.model.Entity> entities;
    private final ArticleWordIndex index;
    private final java.util.Map<String, String> fullOrganizations = new java.util.HashMap<>();
    private final java.util.Map<String, List<Phrase>> phrasesByHead = new java.util.HashMap<>();

    /** A head noun's phrase of three words or more in the article, and where the head noun stands. */
    private record Phrase(int originalStart, String name) {
    }

    OrganizationNameChain(String text, List<dev.marsad.model.Entity> entities, ArticleWordIndex index) {
        this.text = text;
        this.entities = entities;
        this.index = index;
    }

    /**
     * An organisation's short name → as the article writes it most fully: the same words followed by nationality
     * adjectives elsewhere in the article (وزارة الداخلية → وزارة الداخلية الأفغانية, الجمارك → الجمارك الصينية).
     */
    String fullOrganization(String name) {
        return fullOrganizations.computeIfAbsent(name, this::fullestOrganization);
    }

    private String fullestOrganization(String name) {
        String key = ArabicNormalizer.fold(name).strip();
        if (key.isEmpty()) {
            return name;
        }
        FoldedText mapped = index.folded();
        String folded = mapped.folded();
        String best = name;
        for (int at : index.wordBoundedCandidates(folded, key)) {
            if (at > 0 && Character.isLetter(folded.charAt(at - 1))) {
                continue;
            }
            if (!folded.startsWith(key, at)) {
                continue;
            }
            int end = at + key.length();
            if (end < folded.length() && Character.isLetter(folded.charAt(end))) {
                continue;
            }
            int stop = end;
            java.util.regex.Matcher w = WORD.matcher(folded).region(end, folded.length());
            while (w.lookingAt() && Nationalities.isNationality(w.group().strip())) {
                stop = w.end();
                w.region(stop, folded.length());
            }
            if (stop > end) {
                String longer = text.substring(mapped.originalStart(at), mapped.originalEnd(stop));
                if (longer.length() > best.length()) {
                    best = longer;
                }
            }
        }
        if (!best.equals(name)) {
            return best;
        }
        String ministry = withMinistry(name, key);
        return !ministry.equals(name) ? ministry : withDescriptorNamedBefore(name, key);
    }

    /** وزارة folded, alone and with the one-letter proclitics it takes (لوزارة، بوزارة، ووزارة). */
    private static final List<String> MINISTRY = List.of("وزاره", "لوزاره", "بوزاره", "ووزاره");

    /**
     * الخارجية الصينية → وزارة الخارجية الصينية where the article writes the ministry so: news names a ministry in
     * full once, then by its portfolio alone (الخارجية، الداخلية، الخزانة الأميركية). The first such mention, from
     * وزارة on (no proclitic); the name itself when the article never writes وزارة before it.
     */
    private String withMinistry(String name, String key) {
        if (!key.startsWith("ال")) {
            return name;
        }
        FoldedText mapped = index.folded();
        String folded = mapped.folded();
        int firstAt = Integer.MAX_VALUE;
        int firstEnd = -1;
        for (String head : MINISTRY) {
            String longer = head + " " + key;
            for (int at : index.wordBoundedCandidates(folded, longer)) {
                int end = at + longer.length();
                if (at < firstAt && folded.startsWith(longer, at) && (at == 0 || !Character.isLetter(folded.charAt(at - 1)))
                        && (end == folded.length() || !Character.isLetter(folded.charAt(end)))) {
                    firstAt = at + head.length() - "وزاره".length();
                    firstEnd = end;
                }
            }
        }
        return firstEnd < 0 ? name : text.substring(mapped.originalStart(firstAt), mapped.originalEnd(firstEnd));
    }

    /**
     * وأكدت إدارة الفتح … after «إدارة نادي الفتح» earlier: the body's name as the article first wrote it, with the
     * descriptor of the name inside it ({@code organization-descriptors-ar.txt}: نادي، حركة، صحيفة). Only where the
     * descriptor stands right after the first word and the rest is the same.
     */
    private String withDescriptorNamedBefore(String name, String key) {
        int space = key.indexOf(' ');
        if (space < 0) {
            return name;
        }
        FoldedText mapped = index.folded();
        String folded = mapped.folded();
        // The first such mention in the article (the descriptors are a set: no order of theirs may decide).
        int firstAt = Integer.MAX_VALUE;
        int firstEnd = -1;
        for (String descriptor : Lexicon.ORGANIZATION_DESCRIPTORS) {
            String longer = key.substring(0, space) + " " + descriptor + key.substring(space);
            for (int at : index.wordBoundedCandidates(folded, longer)) {
                int end = at + longer.length();
                if (at < firstAt && folded.startsWith(longer, at) && (at == 0 || !Character.isLetter(folded.charAt(at - 1)))
                        && (end == folded.length() || !Character.isLetter(folded.charAt(end)))) {
                    firstAt = at;
                    firstEnd = end;
                }
            }
        }
        return firstEnd < 0 ? name : text.substring(mapped.originalStart(firstAt), mapped.originalEnd(firstEnd));
    }

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile(" \\p{L}+");

    /**
     * The organisation a definite head noun (الهيئة) refers back to when no entity holds it: the nearest
     * head-noun phrase of three words or more with it earlier in the article (الهيئة العامة للغذاء والدواء).
     */
    Optional<String> organizationNamedEarlier(String foldedHead, int before) {
        // The head noun's phrases over the whole article, made once per head noun; the nearest before `before` wins.
        List<Phrase> phrases = phrasesByHead.computeIfAbsent(foldedHead, this::phrasesOf);
        int lo = 0;
        int hi = phrases.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (phrases.get(mid).originalStart() < before) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo == 0 ? Optional.empty() : Optional.of(phrases.get(lo - 1).name());
    }

    /** Every head-noun phrase of three words or more the head noun opens in the article, in text order. */
    private List<Phrase> phrasesOf(String foldedHead) {
        FoldedText mapped = index.folded();
        String folded = mapped.folded();
        List<Phrase> out = new java.util.ArrayList<>();
        for (int at = folded.indexOf(foldedHead); at >= 0; at = folded.indexOf(foldedHead, at + 1)) {
            if (at > 0 && Character.isLetter(folded.charAt(at - 1)) && folded.charAt(at - 1) != 'و') {
                continue;
            }
            int stop = Math.min(folded.length(), at + 200);
            for (int i = at; i < stop; i++) {
                if (".،,؟!:\n".indexOf(folded.charAt(i)) >= 0) {
                    stop = i;
                    break;
                }
            }
            for (int i = at + foldedHead.length(); i + 1 < stop; i++) {
                // الحكومة وقلق مراقبي الانتخابات: و before a word without the article starts another phrase.
                if (folded.charAt(i) == ' ' && folded.charAt(i + 1) == 'و' && !folded.startsWith("وال", i + 1)) {
                    stop = i;
                    break;
                }
            }
            Speaker phrase = SpeakerPhrases.organizationPhrase(mapped, at, stop);
            if (phrase != null && phrase.name().split("\\s+").length >= 3) {
                out.add(new Phrase(mapped.originalStart(at), phrase.name()));
            }
        }
        return out;
    }

    /**
     * Whether the words a longer name adds (folded) hold the last word of a person the article names: a span the
     * tagger ran on from a body into the people after it (وتتهم وزارة الخزانة الأميركية الكواري والكعبي).
     */
    private boolean endsInPeople(String added) {
        if (personLastWords == null) {
            personLastWords = new java.util.HashSet<>();
            for (dev.marsad.model.Entity e : entities) {
                if (e.type() == dev.marsad.model.EntityType.PERSON) {
                    String[] words = ArabicNormalizer.fold(e.text()).strip().split("\\s+");
                    personLastWords.add(SpeakerNameCleaner.bare(words[words.length - 1]));
                }
            }
        }
        for (String w : added.split("\\s+")) {
            String bare = w.length() > 3 && w.charAt(0) == 'و' ? w.substring(1) : w;
            if (personLastWords.contains(SpeakerNameCleaner.bare(bare)) || personLastWords.contains(SpeakerNameCleaner.bare(w))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A body's name the tagger ran on into people (وزارة الخزانة الأميركية الكواري والكعبي) → the longest opening of it
     * that the article names as a body on its own (وزارة الخزانة الأميركية), when the words after that opening hold
     * a person's last word; the name itself otherwise.
     */
    String withoutPeopleAfter(String name) {
        String[] words = name.strip().split("\\s+");
        for (int n = words.length - 1; n >= 1; n--) {
            String opening = String.join(" ", java.util.Arrays.copyOf(words, n));
            String foldedOpening = ArabicNormalizer.fold(opening);
            String rest = ArabicNormalizer.fold(String.join(" ", java.util.Arrays.copyOfRange(words, n, words.length)));
            if (organizationNames().contains(foldedOpening) && endsInPeople(rest)) {
                return opening;
            }
        }
        return name;
    }

    /** The article's organisations' names, folded, made on first use. */
    private java.util.Set<String> organizationNames() {
        if (organizationNames == null) {
            organizationNames = new java.util.HashSet<>();
            for (dev.marsad.model.Entity e : entities) {
                if (e.type() == dev.marsad.model.EntityType.ORGANIZATION) {
                    organizationNames.add(ArabicNormalizer.fold(e.text()).strip());
                }
            }
        }
        return organizationNames;
    }

    /** The last words of the article's persons' names (folded, without the article), made on first use. */
    private java.util.Set<String> personLastWords;
    /** See {@link #organizationNames}. */
    private java.util.Set<String> organizationNames;

    /**
     * {@code name} with the media noun the article writes before it at one of its mentions (كشفت صحيفة "صنداي تايمز" …
     * وذكرت "صنداي تايمز" أن → صحيفة صنداي تايمز): the outlet as the article names it most fully; else unchanged. Not
     * موقع, which before a body's name is its website (موقع البنك المركزي المصري) and before a platform's is no part of it.
     */
    String withMediaNounWrittenElsewhere(String name) {
        String key = ArabicNormalizer.fold(name).strip();
        for (dev.marsad.model.Entity e : entities) {
            if (e.type() == dev.marsad.model.EntityType.ORGANIZATION && ArabicNormalizer.fold(e.text()).strip().equals(key)) {
                String written = SpeakerNameParts.withMediaHead(text, e.start(), e.text().strip());
                // موقع البنك المركزي، موقع فيسبوك: a body's website or a platform, not an outlet's name with its noun.
                if (!written.equals(e.text().strip()) && !ArabicNormalizer.fold(written).startsWith("موقع ")) {
                    return written;
                }
            }
        }
        return inMarksAfterMediaNoun(key).orElse(name);
    }

    /** A media noun and a name in marks right after it (folded): the name is group 2, without the spaces inside the marks. */
    private static final java.util.regex.Pattern NAME_IN_MARKS_AFTER_MEDIA_NOUN = java.util.regex.Pattern.compile(
            "(?<!\\p{L})(" + SpeakerWords.QUOTED_NAME_MEDIA_HEADS + ")\\s*[«\"“]\\s*([^«»\"“”]*?)\\s*[»\"”]");

    /**
     * The media noun and name where the article writes the name in marks right after that noun (قال موقع "ديلي صباح"
     * … وأوضح "ديلي صباح" أن → موقع ديلي صباح): the marks make it an outlet's name, موقع too.
     */
    private java.util.Optional<String> inMarksAfterMediaNoun(String foldedName) {
        if (foldedName.isEmpty()) {
            return java.util.Optional.empty();
        }
        FoldedText mapped = index.folded();
        java.util.regex.Matcher m = NAME_IN_MARKS_AFTER_MEDIA_NOUN.matcher(mapped.folded());
        boolean found = false;
        while (!found && m.find()) {
            found = m.group(2).equals(foldedName);
        }
        if (!found) {
            return java.util.Optional.empty();
        }
        String noun = text.substring(mapped.originalStart(m.start(1)), mapped.originalEnd(m.end(1)));
        return java.util.Optional.of(noun + " " + text.substring(mapped.originalStart(m.end(1)), mapped.originalEnd(m.end()))
                .replaceAll("[«»\"“”]", "").strip());
    }

    /**
     * A body's name of two words or more shortened from the end (المرصد السوري → المرصد السوري لحقوق الإنسان): news
     * names a body in full once, then by its first words. The one longer organisation name in the article that opens
     * with all its words; the name itself when none does, or when several different ones do (وزارة الخارجية with
     * two countries' ministries in the article names neither).
     */
    String longerOrganizationOpeningWith(String name) {
        String key = ArabicNormalizer.fold(name).strip();
        if (!key.contains(" ")) {
            return name;
        }
        String found = null;
        String foundFolded = null;
        for (dev.marsad.model.Entity e : entities) {
            if (e.type() != dev.marsad.model.EntityType.ORGANIZATION) {
                continue;
            }
            // Cleaned as a speaker's name is before the forms are compared: المرصد … الثلاثاء and المرصد … are one.
            String cleaned = SpeakerNameParts.withoutOfficialWord(SpeakerNameCleaner.withoutTrailingTime(e.text())).strip();
            String folded = ArabicNormalizer.fold(cleaned).strip();
            if (!folded.startsWith(key + " ") || endsInPeople(folded.substring(key.length() + 1))) {
                continue;
            }
            if (foundFolded != null && !foundFolded.equals(folded)) {
                return name;
            }
            found = cleaned;
            foundFolded = folded;
        }
        return found != null ? found : name;
    }
}
