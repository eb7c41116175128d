package dev.marsad.extract;

import static dev.marsad.extract.QuoteText.*;

import dev.marsad.model.EntityType;
import dev.marsad.text.FoldedText;
import dev.marsad.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Speakers read off the words of a sentence when the name finder has no entity there: an organisation's head-noun
 * phrase, a body speaking without a proper name, a name after a title, bare name words. Stateless; thread-safe.
 */
final class SpeakerPhrases {
    private SpeakerPhrases() {
    }

    /** Two or three bare name words (no article, no title, no verb) right at {@code from}: a name the tagger missed. */
    static Speaker bareNameAt(FoldedText text, int from, int to) {
        String folded = text.folded();
        Matcher m = LETTERS.matcher(folded).region(from, to);
        List<Span> words = new ArrayList<>();
        while (m.find() && words.size() < 3 && SpeakerNameParts.isBareNameWord(m.group())
                && (words.isEmpty() || folded.substring(words.get(words.size() - 1).end(), m.start()).isBlank())) {
            words.add(new Span(m.start(), m.end()));
        }
        if (words.size() < 2 || !folded.substring(from, words.get(0).start()).isBlank()) {
            return null;
        }
        String name = text.original().substring(text.originalStart(words.get(0).start()), text.originalEnd(words.get(words.size() - 1).end()));
        return new Speaker(name, NameKey.of(EntityType.PERSON, name));
    }

    /**
     * An organisation the tagger missed, named right after the verb by a head noun with the article and at least
     * one more word (قالت المفوضية العليا المستقلة للانتخابات في العراق إن …): the words up to a preposition,
     * a comma or إن/أن, at most six.
     */
    static Speaker organizationPhrase(FoldedText text, int from, int to) {
        String folded = text.folded();
        Matcher words = LETTERS.matcher(folded).region(from, to);
        List<Span> phrase = new ArrayList<>();
        boolean inside = false;
        while (words.find() && phrase.size() < 9) {
            String w = words.group();
            if (inside) {
                // دائرة العلاقات الخارجية في حكومة إقليم كردستان: في before a second head noun stays in the name.
                if (!isHead(w)) {
                    phrase.remove(phrase.size() - 1);
                    inside = false;
                    break;
                }
                inside = false;
            } else if (!phrase.isEmpty() && w.equals("في") && phrase.size() >= 2) {
                inside = true;
            } else if (phrase.isEmpty() ? !isHead(w) : SpeakerWords.PHRASE_STOPS.contains(w) || withPossessive(w) || verbOrQad(w)) {
                break;
            } else if (phrase.size() == 1 && pluralObjectAfterDefiniteHead(folded.substring(phrase.get(0).start(), phrase.get(0).end()), w)) {
                break; // ونصحت الهيئة المسافرين: a definite head takes no genitive; a plural of people after it is the object.
            } else if (phrase.size() >= 2 && !defined(w) && !w.startsWith("ل") && defined(folded.substring(phrase.get(phrase.size() - 1).start(), phrase.get(phrase.size() - 1).end()))) {
                break; // عزت أمانة المنطقة الشرقية كثرة التحويلات: a bare word (not ل…: لحقوق الإنسان)
                // after a defined one is the object.
            }
            if (!phrase.isEmpty() && folded.substring(phrase.get(phrase.size() - 1).end(), words.start()).strip().length() > 0) {
                break; // A comma or bracket ends the name.
            }
            phrase.add(new Span(words.start(), words.end()));
        }
        if (inside) {
            phrase.remove(phrase.size() - 1);
        }
        if (phrase.size() < 2) {
            return null;
        }
        if ((phrase.size() == 2 || folded.charAt(phrase.get(2).start()) == 'ل')
                && genericAdjective(folded.substring(phrase.get(1).start(), phrase.get(1).end()))) {
            return new Speaker("", null); // وقالت مؤسسة خيرية من جنوب أفريقيا: a body of that kind, none named (Talk.UNNAMED)
        }
        String name = text.original().substring(text.originalStart(phrase.get(0).start()), text.originalEnd(phrase.get(phrase.size() - 1).end()));
        return new Speaker(name, NameKey.of(EntityType.ORGANIZATION, name));
    }

    /**
     * Whether {@code w} is a sound masculine plural with the article (المسافرين، المواطنون) right after a head noun with
     * the article: no adjective of a singular body ends so, and a definite head is in no construct.
     */
    private static boolean pluralObjectAfterDefiniteHead(String head, String w) {
        return head.startsWith("ال") && w.startsWith("ال") && w.length() >= 7 && (w.endsWith("ين") || w.endsWith("ون"))
                && !Lexicon.isNationality(w);
    }

    /**
     * وكانت الشركة قد أعلنت عن الخطوة، وقالت إن: قد and an attribution verb (not a function word written alike: بين)
     * end the subject's name; the verb is its predicate.
     */
    private static boolean verbOrQad(String folded) {
        return folded.equals("قد") || folded.equals("لقد") || Lexicon.isVerb(folded) && !Lexicon.STOPWORDS.contains(folded);
    }

    /**
     * وقالت مؤسسة خيرية من جنوب أفريقيا، شركة أمريكية: a head noun with an indefinite relation adjective (folded ـيه) or
     * nationality ending the phrase (not شرطة ولاية كولورادو, a noun in construct) is a body of that kind, none named.
     */
    private static boolean genericAdjective(String second) {
        return !defined(second) && (second.endsWith("يه") || Lexicon.isNationality(second));
    }

    /**
     * A noun with a possessive pronoun (folded): a feminine noun's ت before it (مسؤوليته، قيادتها) or ها on a longer
     * word (إعلانها). It follows a body's name as its object (وأعلن تنظيم داعش مسؤوليته), never inside it.
     */
    private static boolean withPossessive(String folded) {
        return folded.length() >= 5 && (folded.endsWith("ته") || folded.endsWith("تها") || folded.endsWith("تهم")
                || folded.endsWith("ها"));
    }

    /** A word with the article, bare or after و/ب/ل (العامة، والدواء، للانتخابات). */
    private static boolean defined(String folded) {
        return folded.startsWith("ال") || folded.startsWith("وال") || folded.startsWith("لل") || folded.startsWith("بال");
    }

    /**
     * A body that speaks without a proper name, as the first words after the verb or after بيان ل/متحدث باسم
     * (وذكرت الشرطة أن، وقال بيان للجيش اليمني إنه): the listed word with the nationality adjectives after it.
     */
    static Speaker speakingBody(FoldedText text, int from, int to) {
        String folded = text.folded();
        Matcher m = LETTERS.matcher(folded).region(from, to);
        List<Span> words = new ArrayList<>();
        while (m.find() && words.size() < 8) {
            words.add(new Span(m.start(), m.end()));
        }
        for (int i = 0; i < words.size() && i < 4; i++) {
            String w = folded.substring(words.get(i).start(), words.get(i).end());
            // للجيش → الجيش (ل before the article drops its alif), لحكومة → حكومة.
            String bare = w.startsWith("لل") ? "ا" + w.substring(1) : w.startsWith("ل") && i > 0 ? w.substring(1) : w;
            int cut = w.startsWith("لل") ? 2 : w.length() - bare.length();
            String article = w.startsWith("لل") ? "ال" : "";
            int first = words.get(i).start() + cut;
            int last = i;
            if (!Lexicon.SPEAKING_BODIES.contains(bare)) {
                if (i + 1 < words.size() && Lexicon.SPEAKING_BODIES.contains(bare + " "
                        + folded.substring(words.get(i + 1).start(), words.get(i + 1).end()))) {
                    last = i + 1;
                } else if (!(bare.startsWith("ال") && HeadNouns.isHeadNoun(bare) && i + 1 < words.size()
                        && Lexicon.isNationality(folded.substring(words.get(i + 1).start(), words.get(i + 1).end())))) {
                    // Not a listed body, nor a body's head noun named by its nationality (المجلس الأوروبي).
                    continue;
                }
            }
            if (i > 0 && !SpeakerWords.SPOKESMAN_OF.contains(folded.substring(words.get(i - 1).start(), words.get(i - 1).end()))
                    && !w.startsWith("ل")) {
                return null; // Only right after the verb, or after بيان ل / باسم.
            }
            while (last + 1 < words.size() && (Lexicon.isNationality(folded.substring(words.get(last + 1).start(), words.get(last + 1).end()))
                    || isFeminineRelationAdjective(folded.substring(words.get(last + 1).start(), words.get(last + 1).end())))) {
                last++; // الشرطة الإندونيسية، السلطات المحلية، القوات الحكومية
            }
            String name = article + text.original().substring(text.originalStart(first), text.originalEnd(words.get(last).end()));
            return new Speaker(name, NameKey.of(EntityType.ORGANIZATION, name));
        }
        return null;
    }

    /**
     * The body a spokesperson speaks for that no list or tagger knows (وقال الناطق باسم الإعلام الحربي، إن): one to four
     * words with the article right after باسم, up to a comma, a function word or a time word; null when none.
     */
    static Speaker definiteAfterSpokesman(FoldedText text, int from, int to) {
        String folded = text.folded();
        Matcher m = LETTERS.matcher(folded).region(from, to);
        int end = -1;
        while (m.find()) {
            if (m.group().equals("باسم")) {
                end = m.end();
                break;
            }
        }
        if (end < 0) {
            return null;
        }
        int first = -1;
        int words = 0;
        while (words < 4 && m.find()) {
            String w = m.group();
            if (!w.startsWith("ال") || SpeakerWords.PHRASE_STOPS.contains(w) || SpeakerWords.TIME_WORDS.contains(w)
                    || !folded.substring(end, m.start()).isBlank()) {
                break;
            }
            if (words == 0 && SpeakerWords.PRINCIPAL_HONORIFICS.contains(w)) {
                return null; // المتحدث باسم الرئيس الروسي فلاديمير بوتين: a person's spokesman, no body's.
            }
            first = first < 0 ? m.start() : first;
            end = m.end();
            words++;
        }
        if (words == 0) {
            return null;
        }
        String name = text.original().substring(text.originalStart(first), text.originalEnd(end));
        return new Speaker(name, NameKey.of(EntityType.ORGANIZATION, name));
    }

    /**
     * A definite feminine relation adjective (المحلية، الحكومية، الأمنية; folded ـيه) after a body that speaks: it
     * tells which body, as a nationality does. Time words are not among them.
     */
    private static boolean isFeminineRelationAdjective(String folded) {
        return folded.startsWith("ال") && folded.length() >= 6 && folded.endsWith("يه") && !SpeakerWords.TIME_WORDS.contains(folded);
    }

    /** A head noun with the article (المفوضية) or in the construct state (إدارة الكوارث، وزارة الدفاع). */
    static boolean isHead(String folded) {
        return Lexicon.SPEAKER_HEADS.contains(folded) || Lexicon.SPEAKER_HEADS.contains("ال" + folded);
    }

    /**
     * A name the tagger did not know, standing right before إن/أن after a title: the last one to three words there,
     * none with the article but a last surname after a first name, none a time word, after the title or its genitive (الأمين العام للاتحاد <b>ويندسور
     * جون</b> بأن …). Nothing when a preposition or an addressee (لوكالة رويترز، في كلمة) comes before them.
     */
    static Speaker nameAfterTitle(FoldedText text, int from, int to) {
        String folded = text.folded();
        List<Span> words = new ArrayList<>();
        Matcher m = LETTERS.matcher(folded).region(from, to);
        while (m.find()) {
            words.add(new Span(m.start(), m.end()));
        }
        int first = words.size();
        // المتحدث الرسمي لوزارة العمل تيسير المفرج أنه: a surname with the article may close the name, after a bare
        // first name.
        if (first >= 2 && isArticleSurname(folded.substring(words.get(first - 1).start(), words.get(first - 1).end()))
                && isFirstName(folded.substring(words.get(first - 2).start(), words.get(first - 2).end()))
                && folded.substring(words.get(first - 1).end(), to).strip().replace("،", "").isEmpty()
                && folded.substring(words.get(first - 2).end(), words.get(first - 1).start()).isBlank()) {
            first--;
        }
        int last = first;
        while (first > 0 && last - first < 3 - (words.size() - last) && SpeakerNameParts.isBareNameWord(folded.substring(words.get(first - 1).start(), words.get(first - 1).end()))
                && folded.substring(words.get(first - 1).end(), first < words.size() ? words.get(first).start() : to).strip().replace("،", "").length() == 0) {
            first--;
        }
        if (first == last || first == 0) {
            return null;
        }
        String before = folded.substring(words.get(first - 1).start(), words.get(first - 1).end());
        boolean afterTitle = Lexicon.SPEAKER_TITLES.contains(before) || before.startsWith("لل") || before.startsWith("ال");
        if (!afterTitle || SpeakerWords.NOT_BEFORE_NAME.contains(before)) {
            return null;
        }
        if (before.equals("الله") && (first < 2 || !folded.substring(words.get(first - 2).start(), words.get(first - 2).end()).endsWith("عبد"))) {
            return null; // ودعا … الله عز وجل أن: God's epithet, no name after a title (عبد الله سعد is one).
        }
        String opening = folded.substring(words.get(first).start(), words.get(first).end());
        if (opening.startsWith("وال")) {
            return null; // رئيس المنتدى الوطني للديموقراطية والوحدة: و + a definite noun goes on with the body's name.
        }
        for (int i = first; i < words.size(); i++) {
            String w = folded.substring(words.get(i).start(), words.get(i).end());
            if (Lexicon.AUDIENCES.contains(w) || w.length() > 2 && w.charAt(0) == 'ل' && (Lexicon.NEWS_AGENCIES.contains(w.substring(1))
                    || Lexicon.NEWS_AGENCIES.contains(folded.substring(words.get(i).start() + 1, words.get(words.size() - 1).end())))) {
                // وقال الناطق باسم وزير الداخلية العراقي لرويترز إن: the agency spoken to, no name; its name may run to
                // the end in more words (لبي بي سي).
                return null;
            }
        }
        String name = text.original().substring(text.originalStart(words.get(first).start()), text.originalEnd(words.get(words.size() - 1).end()));
        return new Speaker(name, NameKey.of(EntityType.PERSON, name));
    }

    /** A bare word that may be a first name: no head noun of a body (لجنة التحقيق is no person). */
    private static boolean isFirstName(String w) {
        return SpeakerNameParts.isBareNameWord(w) && !isHead(w) && !Lexicon.ORG_PATTERN_HEADS.contains(w)
                && !SpeakerNameParts.NOT_PERSON_HEADS.contains(w) && !Lexicon.UNNAMED_SPEAKERS.contains(w);
    }

    /** A surname with the article (المفرج), not a nationality, a title or a word that heads no person. */
    private static boolean isArticleSurname(String w) {
        return w.startsWith("ال") && w.length() >= 5 && SpeakerNameParts.isBareNameWord(w.substring(2)) && !Lexicon.isNationality(w)
                && !Lexicon.SPEAKER_TITLES.contains(w) && !SpeakerNameParts.NOT_PERSON_HEADS.contains(w) && !Lexicon.STOPWORDS.contains(w);
    }

    /**
     * A name in apposition just before إن/أن (قال مدير الناحية …، إحسان الجلبي، إن): two or three name words
     * between the last two commas of {@code [from, to)}, the last of them possibly with the article (a surname).
     */
    static Speaker appositionName(FoldedText text, int from, int to) {
        String folded = text.folded();
        int end = to;
        while (end > from && (Character.isWhitespace(folded.charAt(end - 1)) || folded.charAt(end - 1) == '،' || folded.charAt(end - 1) == ',')) {
            end--;
        }
        int comma = Math.max(folded.lastIndexOf('،', end - 1), folded.lastIndexOf(',', end - 1));
        if (comma < from || end <= comma) {
            return null;
        }
        String[] words = folded.substring(comma + 1, end).strip().split("\\s+");
        if (words.length < 2 || words.length > 3) {
            return null;
        }
        for (int i = 0; i < words.length; i++) {
            boolean surname = i == words.length - 1 && words[i].startsWith("ال") && words[i].length() >= 5
                    && SpeakerNameParts.isBareNameWord(words[i].substring(2)) && !Lexicon.isNationality(words[i]);
            if (!surname && (!SpeakerNameParts.isBareNameWord(words[i]) || Lexicon.isNationality(words[i]) || SpeakerWords.NOT_BEFORE_NAME.contains(words[i])
                    || SpeakerNameParts.NOT_PERSON_HEADS.contains(words[i]) || words[i].length() < 3)) {
                return null;
            }
        }
        int start = comma + 1;
        while (Character.isWhitespace(folded.charAt(start))) {
            start++;
        }
        String name = text.original().substring(text.originalStart(start), text.originalEnd(end));
        return new Speaker(name, NameKey.of(EntityType.PERSON, name));
    }

    /**
     * A body the tagger missed, joined to an unnamed source by و written on its head noun (مصدر طبي والمرصد السوري
     * لحقوق الإنسان) or after a joining word (ومنهم حزب …): its head-noun phrase, else a speaking body, else null.
     */
    static Speaker bodyPhraseBesideUnnamed(FoldedText text, int from, int to) {
        String folded = text.folded();
        Matcher m = LETTERS.matcher(folded).region(from, to);
        String previous = "";
        int index = 0;
        while (m.find()) {
            String w = m.group();
            int at = -1;
            // مصدر محلي والمرصد: a body joined right after the source's noun and adjectives, not one deep in its
            // description (مصدر مسؤول بشركة صلة … بين فريقي الهلال والنصر).
            if (w.startsWith("وال") && w.length() > 4 && index < 4) {
                at = m.start() + 1;
            } else if (SpeakerWords.BESIDE_UNNAMED.contains(w) || SpeakerWords.BESIDE_UNNAMED.contains(previous + " " + w)) {
                at = QuoteText.wordStart(folded, m.end());
            }
            if (at >= 0 && at < to) {
                Speaker phrase = organizationPhrase(text, at, to);
                if (phrase == null) {
                    phrase = speakingBody(text, at, to);
                }
                if (phrase != null) {
                    return phrase;
                }
            }
            previous = w;
            index++;
        }
        return null;
    }
}
