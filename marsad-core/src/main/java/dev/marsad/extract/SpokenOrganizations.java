package dev.marsad.extract;

import static dev.marsad.extract.QuoteText.LETTERS;

import dev.marsad.model.Entity;
import dev.marsad.model.EntityType;
import dev.marsad.text.ArabicNormalizer;
import dev.marsad.text.FoldedText;
import java.util.regex.Matcher;

/**
 * The organisations an article has quoted so far, and the names a head noun introduced in marks: a later definite
 * head noun (المرصد، الوزارة، التنظيم) refers back to one of them, else to an organisation named before, else to the
 * head noun's phrase earlier in the text. One per article, read in text order.
 */
final class SpokenOrganizations {
    private final EntitySpeakers entities;
    private final SpeakerChain chain;

    SpokenOrganizations(EntitySpeakers entities, SpeakerChain chain) {
        this.entities = entities;
        this.chain = chain;
    }

    /** Organisations quoted so far in the article, in order: a later head noun (المرصد) refers back to them. */
    private final java.util.List<Speaker> spokenOrganizations = new java.util.ArrayList<>();
    /** Per folded word, the position in {@link #spokenOrganizations} of the last organisation with that word. */
    private final java.util.Map<String, Integer> lastSpokenWithWord = new java.util.HashMap<>();
    /** Names in marks a head noun introduced (تنظيم "جيش الإسلام"), by that head noun without the article. */
    private final java.util.Map<String, Speaker> namedByHead = new java.util.HashMap<>();

    /** The issuer of the last statement the article named with its issuer (بيان لوزارة الخارجية), or null. */
    private Speaker statementIssuer;

    /** Remembers the issuer of a statement named with it ({@link StatementIssuers}). */
    void issuedStatement(Speaker issuer) {
        if (issuer != null && !issuer.name().isBlank()) {
            statementIssuer = issuer;
        }
    }

    /**
     * Whose "the statement" (البيان) is: the one quoted last when named (وقال الوزير في بيان … وأضاف البيان), else the
     * issuer of the last statement named with its issuer (وجاء في بيان لوزارة الخارجية … وذكر مسؤولون … وقال البيان:
     * the ministry, not the unnamed officials quoted between).
     */
    Speaker statementOf(Speaker previous) {
        return previous != null && !previous.name().isBlank() || statementIssuer == null ? previous : statementIssuer;
    }

    /** أعلن تنظيم "جيش الإسلام" … وأوضح التنظيم أن: the head noun refers back to the name it introduced. */
    void rememberHead(String folded, int from, int to, Speaker speaker) {
        Matcher head = LETTERS.matcher(folded).region(from, to);
        if (head.find()) {
            namedByHead.put(head.group(), speaker);
        }
    }

    /**
     * The body an unnamed spokesperson speaks for when no list or tagger knows it (وقال الناطق باسم الإعلام الحربي، إن):
     * the words with the article after باسم; a head noun alone (متحدث باسم الشركة) only as the body it refers back to;
     * nothing when a title there has a holder the article named (وقال المتحدث باسم الحكومة اليمنية after راجح بادي).
     */
    Speaker bodyAfterSpokesman(FoldedText text, int from, int to, int before, Speaker previous) {
        if (chain.holderWithin(text.folded().substring(from, to), before).isPresent()) {
            return null;
        }
        Speaker phrase = SpeakerPhrases.definiteAfterSpokesman(text, from, to);
        if (phrase == null || phrase.name().strip().contains(" ")) {
            return phrase;
        }
        String head = ArabicNormalizer.fold(phrase.name().strip());
        return Lexicon.SPEAKER_HEADS.contains(head) ? organizationMentionedAs(head, before, previous) : null;
    }

    /**
     * The organisation a definite head noun standing alone right after the verb refers back to (ودعت المؤسسة "الجيش
     * الوطني الليبي" إلى "…": the noun is the subject, the name after it the object): the noun opens {@code between}
     * and nothing but marks, punctuation or a function word follows it; null otherwise.
     */
    Speaker headAloneAsSubject(String between, int before, Speaker previous) {
        Matcher m = LETTERS.matcher(between);
        if (!m.find() || !between.substring(0, m.start()).isBlank() || !m.group().startsWith("ال")
                || !Lexicon.SPEAKER_HEADS.contains(m.group())) {
            return null;
        }
        int headEnd = m.end();
        if (m.find() && between.substring(headEnd, m.start()).isBlank() && !SpeakerWords.PHRASE_STOPS.contains(m.group())) {
            return null; // وقالت المؤسسة الوطنية للنفط: the head noun opens a name of its own.
        }
        return organizationMentionedAs(between.substring(0, headEnd), before, previous);
    }

    /**
     * The organisation a definite head noun in {@code folded} refers back to ({@code الوزارة} → the last
     * organisation before {@code before} whose name holds وزارة), or null.
     */
    Speaker organizationMentionedAs(String folded, int before, Speaker previous) {
        String[] words = folded.split("[^\\p{L}]+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            String bare = w.startsWith("وال") || w.startsWith("فال") ? w.substring(1) : w;
            if (!Lexicon.SPEAKER_HEADS.contains(bare)) {
                continue;
            }
            String head = bare.substring(2);
            Entity found = entities.entities().lastOrganizationWithWord(head, before);
            // شركة إيني … وقالت الشركة: the body the article wrote right after the head noun; صحيفة العرب اللندنية …
            // صحيفة لوسوار البلجيكية قالت … وتقول الصحيفة: later than one whose name holds it, it is the one meant.
            Entity after = entities.lastOrganizationAfterHead(head, before);
            if (after != null && (found == null || after.start() > found.start())) {
                return entities.outletWithMediaNoun(after); // صحيفة "نيويورك تايمز" … وذكرت الصحيفة: صحيفة نيويورك تايمز
            }
            if (found != null) {
                Speaker tail = writtenTail(found, head, folded);
                return tail != null ? tail : new Speaker(found.text(), found.key());
            }
            if (namedByHead.containsKey(head) || namedByHead.containsKey(bare.substring(2))) {
                return namedByHead.getOrDefault(head, namedByHead.get(bare.substring(2)));
            }
            // وفق ما أفاد المرصد: an organisation quoted earlier in the article under its full name, the latest.
            int spoken = Math.max(lastSpokenWithWord.getOrDefault(head, -1), lastSpokenWithWord.getOrDefault("ال" + head, -1));
            if (spoken >= 0) {
                return spokenOrganizations.get(spoken);
            }
            // طائرة تابعة لشركة "ريان إير" … وقالت الشركة: the noun written with ل، ب or و, when no body's name holds it
            // and none was quoted under it (بجامعة أوكسفورد is only where a test was run once جامعة برمنجهام has spoken).
            Entity afterLetter = entities.lastOrganizationAfterHead(head, before, true);
            if (afterLetter != null) {
                return entities.outletWithMediaNoun(afterLetter);
            }
            // وأضافت المفوضية أن … after a speaker the tagger did not list: the one quoted before, when it is it.
            boolean previousIsIt = previous != null && previous.isOrganization()
                    && containsWord(ArabicNormalizer.fold(previous.name()), head);
            if (previousIsIt) {
                return previous;
            }
            if (i + 1 < words.length && !SpeakerWords.PHRASE_STOPS.contains(words[i + 1])) {
                return null; // وذكر المركز الإعلامي لمقاومة البيضاء: a name of its own follows the head noun.
            }
            // أغلق مفتشو الهيئة العامة للغذاء والدواء … وأوضحت الهيئة أن: the head noun's phrase earlier in the text.
            return chain.organizationNamedEarlier(bare, before).map(n -> new Speaker(n, NameKey.of(EntityType.ORGANIZATION, n)))
                    .orElse(null);
        }
        return null;
    }

    /**
     * وقال الجيش الإسرائيلي إن after برصاص قوات الجيش الإسرائيلي: the body is named as the words after the verb write
     * it when they are the tail of the longer name from the head noun on (the words before it, قوات, are another
     * noun the body was named under); null when the head noun opens that name or the words differ.
     */
    private static Speaker writtenTail(Entity found, String head, String between) {
        String[] original = found.text().strip().split("\\s+");
        for (int i = 1; i < original.length; i++) {
            String w = ArabicNormalizer.fold(original[i]);
            if (!w.equals("ال" + head)) {
                continue;
            }
            String tail = String.join(" ", java.util.Arrays.copyOfRange(original, i, original.length));
            String foldedTail = ArabicNormalizer.fold(tail);
            if (original.length - i >= 2 && (" " + between.strip() + " ").contains(" " + foldedTail + " ")) {
                return new Speaker(tail, NameKey.of(EntityType.ORGANIZATION, tail));
            }
            return null;
        }
        return null;
    }

    private static boolean containsWord(String foldedName, String head) {
        for (String w : foldedName.split("\\s+")) {
            if (w.equals(head) || w.equals("ال" + head)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The one organisation quoted before whose name opens with all the words of {@code name} and goes on (المرصد
     * السوري → المرصد السوري لحقوق الإنسان, quoted earlier under its full name); {@code name} when none, or when two
     * different ones do.
     */
    String longerSpokenOpeningWith(String name) {
        String key = ArabicNormalizer.fold(name).strip();
        if (!key.contains(" ")) {
            return name;
        }
        String found = null;
        for (Speaker s : spokenOrganizations) {
            String folded = ArabicNormalizer.fold(s.name()).strip();
            if (!folded.startsWith(key + " ")) {
                continue;
            }
            if (found != null && !ArabicNormalizer.fold(found).strip().equals(folded)) {
                return name;
            }
            found = s.name().strip();
        }
        return found != null ? found : name;
    }

    /** Records an organisation quoted now: a later head noun with one of its words may refer back to it. */
    void spoke(Speaker organization) {
        for (String w : ArabicNormalizer.fold(organization.name()).split("\\s+")) {
            lastSpokenWithWord.put(w, spokenOrganizations.size());
        }
        spokenOrganizations.add(organization);
    }
}
