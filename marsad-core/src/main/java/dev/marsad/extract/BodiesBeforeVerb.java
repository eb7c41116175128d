package dev.marsad.extract;

import static dev.marsad.extract.QuoteText.LETTERS;
import static dev.marsad.extract.QuoteText.clauseStart;
import static dev.marsad.extract.QuoteText.wordStart;

import dev.marsad.model.Entity;
import dev.marsad.model.EntityType;
import dev.marsad.text.ArabicNormalizer;
import dev.marsad.text.FoldedText;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A body speaking as the subject before its verb, where Arabic news puts it when the verb does not come first: a
 * statement's issuer (صدر بيان عن الجيش التركي قال فيه إنه), an organisation or country after the sentence's first
 * word or after أن/إن/كان (وتشن تركيا …، تقول إنها / ويذكر أن المرصد السوري أعلن أن).
 */
final class BodiesBeforeVerb {
    private final EntitySpeakers entities;

    BodiesBeforeVerb(EntitySpeakers entities) {
        this.entities = entities;
    }

    /** The body a statement is from (بيان عن/من/ل …) before the verb, or null. */
    Speaker issuerBefore(FoldedText text, int offset, int verbStart) {
        String folded = text.folded();
        Matcher m = SpeakerCues.ISSUED_BY.matcher(folded).region(0, verbStart);
        if (!m.find()) {
            return null;
        }
        Speaker named = entities.named(offset + text.originalStart(m.end()), offset + text.originalStart(verbStart),
                EntityType.ORGANIZATION, EntityType.PERSON, EntityType.LOCATION);
        if (named != null) {
            return named;
        }
        Speaker body = SpeakerPhrases.speakingBody(text, m.end(), verbStart);
        return body != null ? body : SpeakerPhrases.organizationPhrase(text, m.end(), verbStart);
    }

    /** But, with or without و (folded): the subject may follow it (لكن صحيفة لوموند اعتبرت أن). */
    private static final java.util.Set<String> BUT = java.util.Set.of("لكن", "ولكن");

    /**
     * An outlet opening the sentence as the subject of the verb after it (صحيفة لوموند اعتبرت أن، لكن موقع عربي بوست
     * يشير إلى أنه): an indefinite media noun and at most three words of its name, none a function word, right before
     * the verb. The tagger rarely knows foreign outlets' names; their noun and place show them.
     */
    private Speaker outletOpening(FoldedText text, int offset, int verbStart) {
        String folded = text.folded();
        Matcher m = LETTERS.matcher(folded).region(Math.min(verbStart, sentenceOpening(folded)), verbStart);
        if (!m.find()) {
            return null;
        }
        if (BUT.contains(m.group()) && !m.find()) {
            return null;
        }
        if (!SpeakerWords.MEDIA_HEADS.contains(m.group())) {
            return null;
        }
        int start = m.start();
        int names = 0;
        while (m.find()) {
            String w = m.group();
            if (w.startsWith("ال") && !Lexicon.isNationality(w) || Lexicon.STOPWORDS.contains(w) || Lexicon.isVerb(w) || ++names > 3) {
                return null;
            }
        }
        String between = folded.substring(start, verbStart);
        if (names == 0 || between.matches("(?s).*[،,.:«»\"“”()].*")) {
            return null;
        }
        String name = text.original().substring(text.originalStart(start), text.originalStart(verbStart)).strip();
        Speaker named = entities.named(offset + text.originalStart(start), offset + text.originalStart(verbStart),
                EntityType.ORGANIZATION);
        return named != null ? named : new Speaker(name, NameKey.of(EntityType.ORGANIZATION, name));
    }

    /** Words (folded) that open a clause of contrast, its subject before its verb: لكن الشرطة قالت إن. */
    private static final java.util.Set<String> CONTRASTS = java.util.Set.of("لكن", "ولكن", "بينما", "فيما");

    /**
     * A body that speaks without a proper name as the whole subject between a word of contrast and the verb of a
     * later clause (وذكرت ريان إير أن رحلة ستقلع اليوم لكن الشرطة قالت إن): the listed word, with its nationality; null
     * when anything else stands there.
     */
    static Speaker bodyAfterContrast(FoldedText text, int verbStart) {
        String folded = text.folded();
        int from = -1;
        Matcher m = LETTERS.matcher(folded).region(Math.max(0, verbStart - 60), verbStart);
        while (m.find()) {
            if (CONTRASTS.contains(m.group())) {
                from = m.end();
            }
        }
        int words = from < 0 ? 0 : QuoteText.words(folded.substring(from, verbStart));
        if (from < 0 || words > 3) {
            return null;
        }
        Speaker body = SpeakerPhrases.speakingBody(text, from, verbStart);
        return body != null && ArabicNormalizer.fold(body.name()).split(" ").length == words ? body : null;
    }

    /**
     * An organisation or country that is the subject before the verb: right after the sentence's first word (a verb
     * in the usual verb-first order: وتشن تركيا …) or right after أن/إن/كان (ويذكر أن المرصد السوري … أعلن).
     */
    Speaker subjectBody(FoldedText text, int offset, int verbStart) {
        String folded = text.folded();
        String before = QuoteText.wordBefore(folded, verbStart);
        if (StudyMakers.NOUNS.contains(before) && folded.substring(0, verbStart).stripTrailing().endsWith(before)) {
            // اتهمت تركيا الاتحاد بسبب تقرير ذكر أن: an indefinite finding right before the verb is its subject (not
            // رفضت التقرير، مؤكدة: with the article it is the object of the verb before).
            return null;
        }
        Speaker outlet = outletOpening(text, offset, verbStart);
        if (outlet != null) {
            return outlet;
        }
        Matcher m = LETTERS.matcher(folded).region(Math.min(verbStart, sentenceOpening(folded)), verbStart);
        int index = 0;
        while (m.find()) {
            String w = m.group();
            String bare = w.length() > 2 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف') ? w.substring(1) : w;
            if (index == 0 && (bare.equals("قد") || w.equals("لقد"))) {
                continue; // فقد رحبت تركيا بالغارات، معتبرة: the particle before the verb, the verb still first
            }
            // وفي سلطنة عمان انخفض …: a preposition first, the name after it is no subject.
            boolean opener = (index == 0 && !SpeakerWords.NO_SUBJECT_OPENERS.contains(bare) && !SpeakerWords.NO_SUBJECT_OPENERS.contains(w))
                    || SpeakerWords.SUBJECT_OPENERS.contains(w);
            index++;
            if (!opener) {
                continue;
            }
            int next = wordStart(folded, m.end());
            if (next < 0 || next >= verbStart) {
                return null;
            }
            // One type at a time: an organisation named later in the clause (لتنظيم داعش) must not hide the country
            // that opens it (أعلن العراق قصف … لتنظيم داعش).
            for (EntityType type : List.of(EntityType.ORGANIZATION, EntityType.LOCATION)) {
                Speaker body = entities.named(offset + text.originalStart(next), offset + text.originalStart(verbStart), type);
                if (body != null && entities.startsAt(body, offset + text.originalStart(next))) {
                    return body;
                }
            }
            Speaker phrase = SpeakerPhrases.organizationPhrase(text, next, verbStart);
            if (phrase != null) {
                return headWithNamedBody(text, offset, next, phrase);
            }
        }
        return null;
    }

    /**
     * {@code phrase} up to the end of the organisation the tagger named right after its head noun (رفعت مؤسسة ستاندرد
     * اند بورز التصنيف الائتماني → مؤسسة ستاندرد اند بورز): the words after that name are the verb's object.
     */
    private Speaker headWithNamedBody(FoldedText text, int offset, int headAt, Speaker phrase) {
        String folded = text.folded();
        Matcher head = LETTERS.matcher(folded).region(headAt, folded.length());
        int second = head.find() ? wordStart(folded, head.end()) : -1;
        if (second < 0) {
            return phrase;
        }
        int start = text.originalStart(headAt); // in the sentence, as the entity's end below
        int bodyAt = offset + text.originalStart(second);
        for (Entity e : entities.entities().startingIn(bodyAt, bodyAt + 1)) {
            int end = e.end() - offset;
            if (e.type() != EntityType.ORGANIZATION || end <= 0 || end >= text.original().length()) {
                continue;
            }
            String name = text.original().substring(start, end);
            if (name.length() < phrase.name().length() && phrase.name().startsWith(name)) {
                return new Speaker(name, NameKey.of(EntityType.ORGANIZATION, name));
            }
        }
        return phrase;
    }

    /**
     * Where the sentence's own words start after a dateline (أمستردام، هولندا (CNN)—) and a side adverbial (من
     * جانبها، بدوره، وفي وقت سابق،), so that the verb after them counts as the sentence's first word: من جانبها، رحبت
     * هولندا بالقرار، قائلة.
     */
    static int sentenceOpening(String folded) {
        int at = 0;
        for (boolean moved = true; moved; ) {
            moved = false;
            for (Pattern p : OPENINGS) {
                Matcher o = p.matcher(folded).region(at, folded.length());
                if (o.lookingAt() && o.end() > at) {
                    at = o.end();
                    moved = true;
                }
            }
        }
        return at;
    }

    /**
     * A dateline ending in an agency in brackets and a dash; a side adverbial and its comma (folded: الي، علي); a day
     * word (أمس، اليوم) with its day's name.
     */
    private static final List<Pattern> OPENINGS = List.of(
            Pattern.compile("[^.\\n()]{0,60}\\([^()\\n]{1,25}\\)\\s*[-–—]+\\s*"),
            Pattern.compile("\\s*(?:و?من\\s+(?:جانب|جهت|ناحيت)\\p{L}{1,3}|و?بدور\\p{L}{1,3})\\s*[،,]\\s*"),
            // وفي وقت سابق، / إلى ذلك، / وفي سلطنة عمان، / وقبلها بشهر،: a short phrase with a preposition and its comma.
            Pattern.compile("\\s*و?(?:في|الي|من|علي|خلال|(?:بعد|قبل)(?:ها|ه)?)(?:\\s+\\p{L}+){1,3}\\s*[،,]\\s*"),
            // وأمس الثلاثاء رفعت مؤسسة …: yesterday (and its day) before the verb, no comma needed.
            Pattern.compile("\\s*و?(?:امس|اليوم)(?:\\s+(?:الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت))?\\s+(?=\\p{L})"));

    /**
     * The subject before قد (وكان الشيخ سلطان بن سحيم قد قال … إن), whatever is named after the verb: a person named in
     * the clause before it, else a body as subject, else the holder of a title there; null when none.
     */
    Speaker subjectBeforeQad(FoldedText text, int offset, int verbStart, SpeakerChain chain) {
        String folded = text.folded();
        int clause = clauseStart(folded, verbStart);
        int to = offset + text.originalStart(verbStart);
        Speaker speaker = entities.named(offset + clause, to, EntityType.PERSON);
        // وكان التحالف قد أعلن: the body's phrase ends before قد, which is no part of its name.
        int subjectEnd = beforeQad(folded, verbStart);
        if (speaker == null) {
            speaker = subjectBody(text, offset, subjectEnd);
        }
        if (speaker == null) {
            // وكانت الشرطة (قد) قالت إن: a body that speaks without a proper name, right after كان.
            speaker = bodyAfterKana(text, clause, subjectEnd);
        }
        if (speaker == null) {
            // وكان الناطق الإعلامي لشرطة المنطقة الشرقية قد صرح بأنه: the spokesperson speaks for the body after ل.
            speaker = spokespersonsBodyAfterKana(text, offset, clause, subjectEnd);
        }
        if (speaker == null) {
            speaker = chain.holderWithin(folded.substring(0, verbStart), to)
                    .map(n -> new Speaker(n, NameKey.of(EntityType.PERSON, n))).orElse(null);
        }
        return speaker;
    }

    /** A listed speaking body (الشرطة، الجيش) as the word after كان opening {@code from}, the subject up to {@code to}. */
    private static Speaker bodyAfterKana(FoldedText text, int from, int to) {
        Matcher m = LETTERS.matcher(text.folded()).region(from, to);
        if (!m.find() || !SpeakerWords.KANA.contains(m.group())) {
            return null;
        }
        return SpeakerPhrases.speakingBody(text, m.end(), to);
    }

    /**
     * The body an unnamed spokesperson right after كان speaks for, written with ل after the noun (وكان الناطق الإعلامي
     * لشرطة المنطقة الشرقية قد صرح، وكان المتحدث الرسمي للجيش قال): a body the tagger named there, else its phrase.
     */
    private Speaker spokespersonsBodyAfterKana(FoldedText text, int offset, int from, int to) {
        String folded = text.folded();
        Matcher m = LETTERS.matcher(folded).region(from, to);
        if (!m.find() || !SpeakerWords.KANA.contains(m.group())) {
            return null;
        }
        Matcher spokesperson = SpeakerCues.SPOKESPERSON_FOR.matcher(folded).region(m.end(), to);
        if (!spokesperson.lookingAt()) {
            return null;
        }
        if (spokesperson.group(1).startsWith("لل")) {
            return SpeakerPhrases.speakingBody(text, spokesperson.start(1), to); // للجيش → الجيش
        }
        int body = spokesperson.start(1) + 1;
        Speaker named = entities.named(offset + text.originalStart(body), offset + text.originalStart(to), EntityType.ORGANIZATION);
        return named != null ? named : SpeakerPhrases.organizationPhrase(text, body, to);
    }

    /** Where the word قد right before {@code verbStart} starts (its folded text), else {@code verbStart}. */
    private static int beforeQad(String folded, int verbStart) {
        return QuoteText.wordBefore(folded, verbStart).equals("قد") ? folded.lastIndexOf("قد", verbStart) : verbStart;
    }
}
