package dev.marsad.extract;

import static dev.marsad.extract.QuoteText.LETTERS;

import dev.marsad.model.Entity;
import dev.marsad.model.EntityType;
import dev.marsad.text.ArabicNormalizer;
import dev.marsad.text.FoldedText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * The subject of the sentence before a quotation, when nobody has been quoted yet: Arabic news often introduces the
 * speaker in a sentence that reports what they did (حذر الدكتور فلان من …، كشف رئيس الأركان، فلان، عن …، حثت منظمة
 * "بتسيلم" الجنود على …) and goes on with a verb that names nobody (وقال في تغريدة: «…»، وقالت إن …). That
 * sentence's subject — the name right after its opening verb, or a person after a title there — is then the one
 * talking. Only a verb-first sentence is read (the subject of Arabic's usual verb-subject order), and the name stops
 * at the first preposition (not في, which titles hold: المتحدث باسم التحالف في اليمن), so an object (دعا الوزير المواطنين إلى) or a name in a complement is never taken.
 */
final class LeadSubjects {
    /** Words a subject after the verb never runs past: prepositions opening the verb's complement (folded: على → علي). */
    private static final java.util.Set<String> COMPLEMENT_OPENERS = java.util.Set.of(
            "من", "عن", "الي", "علي", "مع", "ضد", "بشان", "حول", "لدي", "امام", "عبر", "بعد", "قبل", "خلال");
    /** Words that may come before the verb of a verb-first sentence (كما حثت، ثم قال). */
    private static final java.util.Set<String> VERB_PREFIXES = java.util.Set.of("كما", "ثم", "وكما", "فيما", "بينما", "وقد", "قد", "لقد",
            "كذلك");
    /** ناحية، جهة، جانب with a pronoun (folded), after من: "for its part" opening a sentence before the verb. */
    private static final java.util.Set<String> SIDE_WORDS = java.util.Set.of(
            "ناحيته", "ناحيتها", "ناحيتهم", "جهته", "جهتها", "جهتهم", "جانبه", "جانبها", "جانبهم");
    /** The most words a title may take between the verb and the person (المفتي العام للقدس …، خطيب المسجد الأقصى الشيخ). */
    private static final int TITLE_WORDS = 12;

    private final String text;
    private final EntitySpeakers speakers;

    LeadSubjects(String text, EntitySpeakers speakers) {
        this.text = text;
        this.speakers = speakers;
    }

    /**
     * The subject of the sentence holding {@code at}, read in its words before {@code at} (حثت منظمة "بتسيلم" الجنود
     * على "…"), else of the sentence just before it; null when neither opens with a verb and a subject.
     */
    Speaker before(int at) {
        Lead lead = leadBefore(at, false);
        if (lead == null) {
            lead = overStatementsWithoutSubject(at);
        }
        return lead == null ? null : lead.subject();
    }

    /** The most sentences of statements without a subject read back over (كذلك أكدت … . وطالبت … . وأشارت إلى أن). */
    private static final int MOST_STATEMENTS_BACK = 4;

    /**
     * The lead of a run of statements: the sentences just before {@code at}'s open with a speech verb and no subject
     * (كذلك أكدت إنشاء …، وطالبت المجتمع الدولي …), the verbs of one gender, and the sentence before them opens with a
     * verb and its subject (كما اتهمت الإمارات الحوثيين …): that subject goes on through them to {@code at}. Null when
     * the run ends otherwise (a sentence of another shape, a verb of the other gender, too many sentences).
     */
    private Lead overStatementsWithoutSubject(int at) {
        int end = sentenceStart(Math.min(at, text.length()));
        VerbGender gender = VerbGender.UNKNOWN;
        for (int n = 0; n <= MOST_STATEMENTS_BACK; n++) {
            end = endBefore(end);
            if (end == 0) {
                return null;
            }
            int start = sentenceStart(end);
            Lead lead = leadOf(start, end);
            if (lead != null) {
                return n > 0 && !gender.disagrees(lead.gender()) ? lead : null;
            }
            String folded = FoldedText.of(text.substring(start, end)).folded();
            List<int[]> words = openingWords(folded);
            int verb = verbIndex(folded, words);
            // Only a statement joined on to the one before (وطالبت، كذلك أكدت), not one opening a new matter (في خطوة
            // مفاجئة، أكد المؤتمر الأسقفي …), whose subject the tagger may not have found.
            boolean joined = verb == 0 && word(folded, words, 0).charAt(0) == 'و' || verb == 1 && VERB_PREFIXES.contains(word(folded, words, 0));
            if (!joined || !Lexicon.isSpeechVerb(word(folded, words, verb))) {
                return null;
            }
            VerbGender own = genderOf(word(folded, words, verb));
            if (own.disagrees(gender)) {
                return null;
            }
            gender = own == VerbGender.UNKNOWN ? gender : own;
            end = start;
        }
        return null;
    }

    /**
     * A lead subject, the gender of the verb it is the subject of (اتهمت مندوبة الإمارات، لانا نسيبة، … : feminine),
     * where its sentence starts in the article, and whether that verb is a speech verb (وأكد ماكرون مشاركة بلاده: he
     * spoke, though with a noun object and no quotation).
     */
    record Lead(Speaker subject, VerbGender gender, int sentenceStart, boolean spoke) {
    }

    /**
     * {@link #before}, with the verb's gender and where the sentence starts; when {@code ownSentenceOnly} and words
     * stand before {@code at} in its sentence, only that sentence is read (مؤكدة أن in the middle of a sentence goes on
     * from its own sentence's subject, not from the one before).
     */
    Lead leadBefore(int at, boolean ownSentenceOnly) {
        int current = sentenceStart(Math.min(at, text.length()));
        if (at > current) {
            Lead own = leadOf(current, at);
            if (own != null || ownSentenceOnly && text.substring(current, at).strip().contains(" ")) {
                return own;
            }
        }
        int end = endBefore(current);
        return end == 0 ? null : leadOf(sentenceStart(end), end);
    }

    /** Where the sentence before the one starting at {@code sentenceStart} ends: its last letter (0: none before). */
    private int endBefore(int sentenceStart) {
        int end = sentenceStart;
        while (end > 0 && !Character.isLetter(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** The lead of the verb-first sentence {@code [start, end)} of the article (its subject, verb gender …), or null. */
    Lead leadIn(int start, int end) {
        return leadOf(start, end);
    }

    /** Where the first six words of a folded sentence start and end: enough to find its opening verb. */
    private static List<int[]> openingWords(String folded) {
        List<int[]> words = new ArrayList<>();
        Matcher m = LETTERS.matcher(folded);
        while (m.find() && words.size() < 6) {
            words.add(new int[] {m.start(), m.end()});
        }
        return words;
    }

    private Lead leadOf(int start, int end) {
        Speaker subject = subjectOf(start, end);
        if (subject == null) {
            return null;
        }
        String folded = FoldedText.of(text.substring(start, end)).folded();
        List<int[]> words = openingWords(folded);
        int verb = verbIndex(folded, words);
        String verbWord = verb < 0 ? "" : word(folded, words, verb);
        return new Lead(subject, verb < 0 ? VerbGender.UNKNOWN : genderOf(verbWord), start,
                verb >= 0 && Lexicon.isSpeechVerb(verbWord));
    }

    /**
     * The gender of a lead sentence's verb, which need not be a speech verb (دخل، اتهمت، ألقت): a speech verb's by its
     * form ({@link VerbGender#of}); else a past form ending in ت is feminine (a few masculine verbs end so, أثبت), one
     * with the present's ي masculine, one with ت unknown (تحدث is a masculine past), any other masculine.
     */
    private static VerbGender genderOf(String foldedVerb) {
        VerbGender gender = VerbGender.of(foldedVerb);
        if (gender != VerbGender.UNKNOWN) {
            return gender;
        }
        String v = bare(foldedVerb);
        if (v.endsWith("وا") || v.endsWith("ون") || v.endsWith("ان")) {
            return VerbGender.UNKNOWN; // plurals and duals
        }
        if (v.length() >= 4 && v.endsWith("ت")) {
            return VerbGender.FEMININE;
        }
        return v.startsWith("ت") ? VerbGender.UNKNOWN : VerbGender.MASCULINE;
    }

    /** Where the sentence holding {@code at} starts in the article (after . ؟ ? ! or a line break). */
    int sentenceStart(int at) {
        for (int i = at - 1; i >= 0; i--) {
            if (".؟?!\n".indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The subject of the verb-first sentence {@code [start, end)} of the article, or null. */
    Speaker subjectOf(int start, int end) {
        FoldedText sentence = FoldedText.of(text.substring(start, end));
        String folded = sentence.folded();
        List<int[]> words = new ArrayList<>();
        Matcher m = LETTERS.matcher(folded);
        while (m.find() && words.size() < TITLE_WORDS + 4) {
            words.add(new int[] {m.start(), m.end()});
        }
        int verb = verbIndex(folded, words);
        if (verb < 0 || verb + 1 >= words.size()) {
            return null;
        }
        int from = words.get(verb + 1)[0];
        int to = complementStart(folded, words, verb + 1);
        if (to <= from) {
            return null;
        }
        Speaker quoted = QuotedNames.quotedName(sentence, words.get(verb)[1], to);
        if (quoted != null) {
            return quoted; // حثت منظمة "بتسيلم" الجنود على …
        }
        int subjectAt = start + sentence.originalStart(from);
        int limit = start + sentence.originalEnd(to);
        for (Entity e : speakers.entities().startingIn(subjectAt, subjectAt + 1)) {
            // نددت الولايات المتحدة بـ … / حذرت بريطانيا من …: a country as the subject of a feminine verb.
            boolean country = e.type() == EntityType.LOCATION && genderOf(word(folded, words, verb)) == VerbGender.FEMININE;
            if (e.start() == subjectAt && (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION || country)) {
                Speaker named = speakers.named(subjectAt, Math.max(limit, e.end()), e.type());
                if (named != null) {
                    return named; // حذر فلان من … / ودعت منظمة الصحة العالمية الدول إلى …
                }
            }
        }
        if (verb + 2 < words.size() && SpeakerPhrases.isHead(word(folded, words, verb + 1))) {
            // طالبت حركة حماس بـ …: a head noun, then the body's name the tagger found without it.
            int nameAt = start + sentence.originalStart(words.get(verb + 2)[0]);
            for (Entity e : speakers.entities().startingIn(nameAt, nameAt + 1)) {
                if (e.start() == nameAt && e.type() == EntityType.ORGANIZATION) {
                    Speaker named = speakers.named(nameAt, Math.max(limit, e.end()), e.type());
                    if (named != null) {
                        return named;
                    }
                }
            }
        }
        Speaker construct = headInConstruct(sentence, words, verb + 1, to);
        if (construct != null) {
            return construct; // أكد تحالف القوى العراقية رفضه تصريحات … نوري المالكي: the body, not a name in the object.
        }
        // Only a body right after the verb: المتحدث باسم الجيش، العقيد فلان is the person, not the army.
        int bodyTo = verb + 2 < words.size() ? Math.min(to, words.get(verb + 2)[1]) : to;
        Speaker body = SpeakerPhrases.speakingBody(sentence, from, bodyTo);
        if (body != null) {
            // استنكرت الأمانة العامة لمنظمة التعاون الإسلامي تصريحات …: the body's noun and the rest of its name.
            Speaker phrase = SpeakerPhrases.organizationPhrase(sentence, from, to);
            return fullerName(body, phrase) ? phrase : body; // وأفاد التلفزيون السوري، الأربعاء، عن …
        }
        // حذر الطبيب خالد العمري من … / دعا المفتي العام …، خطيب المسجد الأقصى الشيخ محمد حسين، إلى …: a person after
        // the title words, before the verb's complement.
        return speakers.named(subjectAt, limit, EntityType.PERSON);
    }

    /**
     * Whether {@code phrase} is {@code body}'s name and more words of it, each with the article or ل (العامة لمنظمة
     * التعاون الإسلامي); a bare word after it is what the body did (وكانت الشرطة أشارت).
     */
    private static boolean fullerName(Speaker body, Speaker phrase) {
        String name = ArabicNormalizer.fold(body.name()).strip();
        String longer = phrase == null ? "" : ArabicNormalizer.fold(phrase.name()).strip();
        if (!longer.startsWith(name + " ")) {
            return false;
        }
        for (String w : longer.substring(name.length()).strip().split("\\s+")) {
            if (!w.startsWith("ال") && !w.startsWith("ل")) {
                return false;
            }
        }
        return true;
    }

    /**
     * A body the tagger missed at word {@code head}: a head noun without the article (تحالف، وزارة، حركة) and the words
     * with it after it, spaces only between, before {@code to} (تحالف القوى العراقية); null when the word is no head
     * noun or no such word follows. Words that end names (التابعة، الذي) end it.
     */
    private Speaker headInConstruct(FoldedText sentence, List<int[]> words, int head, int to) {
        String folded = sentence.folded();
        if (head + 1 >= words.size() || word(folded, words, head).startsWith("ال") || !SpeakerPhrases.isHead(word(folded, words, head))) {
            return null;
        }
        int last = head;
        while (last + 1 < words.size() && words.get(last + 1)[1] <= to && word(folded, words, last + 1).startsWith("ال")
                && !Lexicon.ORGANIZATION_CHAIN_STOPS.contains(word(folded, words, last + 1))
                && folded.substring(words.get(last)[1], words.get(last + 1)[0]).isBlank()) {
            last++;
        }
        if (last == head) {
            return null;
        }
        String name = sentence.original().substring(sentence.originalStart(words.get(head)[0]), sentence.originalEnd(words.get(last)[1]));
        return new Speaker(name, NameKey.of(EntityType.ORGANIZATION, name));
    }

    /** The index of the sentence's opening verb among {@code words}: the first word, or the one after كما/ثم or a time phrase. */
    private static int verbIndex(String folded, List<int[]> words) {
        if (words.isEmpty()) {
            return -1;
        }
        int i = 0;
        String first = word(folded, words, 0);
        if (VERB_PREFIXES.contains(first)) {
            i = 1;
        } else if (words.size() > 2 && (first.equals("من") || first.equals("ومن")) && SIDE_WORDS.contains(word(folded, words, 1))) {
            i = 2; // من ناحيتها طالبت حركة حماس …: "for its part" before the verb, with or without a comma
        } else {
            // وفي وقت سابق، كشف …: an opening phrase of up to four words closed by a comma.
            for (int k = 0; k < Math.min(4, words.size() - 1); k++) {
                String gap = folded.substring(words.get(k)[1], words.get(k + 1)[0]);
                if (gap.contains("،") || gap.contains(",")) {
                    // وفي السياق ذاته، اتهمت …: و on a two-letter preposition too (bare leaves three-letter words whole).
                    String opener = first.length() == 3 && (first.charAt(0) == 'و' || first.charAt(0) == 'ف') ? first.substring(1) : bare(first);
                    i = SpeakerWords.NO_SUBJECT_OPENERS.contains(opener) || COMPLEMENT_OPENERS.contains(opener) ? k + 1 : 0;
                    break;
                }
            }
        }
        if (i >= words.size()) {
            return -1;
        }
        String verb = bare(word(folded, words, i));
        // A noun or a preposition first is no verb-first sentence (الجدير بالذكر أن، وفي اليمن قتل …).
        boolean notVerb = verb.startsWith("ال") || verb.length() < 3 || SpeakerWords.NO_SUBJECT_OPENERS.contains(verb)
                || COMPLEMENT_OPENERS.contains(verb) || Lexicon.UNNAMED_SPEAKERS.contains(verb);
        return notVerb ? -1 : i;
    }

    /** Where the verb's complement opens after the subject: the first preposition, else the title limit. */
    private static int complementStart(String folded, List<int[]> words, int from) {
        for (int i = from; i < words.size() && i <= from + TITLE_WORDS; i++) {
            String w = word(folded, words, i);
            if (COMPLEMENT_OPENERS.contains(w)
                    && !(w.equals("لدي") && SpeakerCues.namesTitle(folded.substring(words.get(from)[0], words.get(i)[0])))) {
                // (مندوبة الإمارات لدى الأمم المتحدة، لانا نسيبة: لدى after a title carries the holder's posting.)
                return i == from ? -1 : words.get(i - 1)[1];
            }
        }
        return words.get(Math.min(words.size() - 1, from + TITLE_WORDS))[1];
    }

    private static String word(String folded, List<int[]> words, int i) {
        return folded.substring(words.get(i)[0], words.get(i)[1]);
    }

    private static String bare(String w) {
        return w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف') ? w.substring(1) : w;
    }
}
