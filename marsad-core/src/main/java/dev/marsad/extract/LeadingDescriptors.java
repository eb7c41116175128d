package dev.marsad.extract;

import dev.marsad.extract.ner.NameFinder.NameSpan;
import dev.marsad.model.EntityType;

/**
 * Words a tagger put at the front of a person's name that describe the person instead (a title, a nationality, an
 * organisation or its head noun). Thread-safe (stateless).
 */
final class LeadingDescriptors {
    private LeadingDescriptors() {
    }

    /**
     * A person span the model opened one word early loses that word when it is a description, not a name:
     * a nationality adjective with the article (المتحدث باسم الهلال الأحمر <b>الليبي</b> توفيق الشكري), a title, or
     * an organisation's head noun (الأمين العام <b>للمنظمة</b> بيتيري تالاس). Arabic personal names do not open
     * with such words; surnames with the article (الشكري) come last and are kept.
     */
    static NameSpan withoutLeadingDescriptor(String text, NameSpan s) {
        if (s.type() == EntityType.ORGANIZATION) {
            return personAfterHeadNoun(text, s);
        }
        if (s.type() != EntityType.PERSON) {
            return s;
        }
        NameSpan span = s;
        while (true) {
            String surface = text.substring(span.start(), span.end());
            int space = surface.indexOf(' ');
            int secondSpace = space < 0 ? -1 : surface.indexOf(' ', space + 1);
            // آية الله أحمد جنتي، حجة الإسلام …: a title of two words, whose first alone may be a given name (آية).
            if (secondSpace > 0 && Lexicon.TITLES.contains(Lexicon.fold(surface.substring(0, secondSpace)))) {
                space = secondSpace;
            } else if (space < 0 || !isDescriptor(Lexicon.fold(surface.substring(0, space)))) {
                return span;
            }
            int next = span.start() + space;
            while (next < span.end() && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            span = new NameSpan(next, span.end(), span.type(), span.score());
        }
    }

    /**
     * Whether {@code s} is a one-word person that is the first word of a two-word title written out in the text (آية of
     * آية الله علي خامنئي, the tagger having read آية as a woman's given name and the cleric's name apart): no name.
     */
    static boolean opensTitle(String text, NameSpan s) {
        if (s.type() != EntityType.PERSON || s.end() + 1 >= text.length() || text.charAt(s.end()) != ' ') {
            return false;
        }
        String word = text.substring(s.start(), s.end());
        if (word.indexOf(' ') >= 0) {
            return false;
        }
        int after = s.end() + 1;
        int end = after;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return end > after && Lexicon.TITLES.contains(Lexicon.fold(word + " " + text.substring(after, end)));
    }

    /**
     * An "organisation" that is a head noun with the article followed by words without it (الأمين العام
     * <b>للمنظمة بيتيري تالاس</b>): the head noun refers back to an organisation, the rest is a person's name.
     */
    private static NameSpan personAfterHeadNoun(String text, NameSpan s) {
        String surface = text.substring(s.start(), s.end());
        String[] words = surface.split("\\s+");
        if (words.length < 2 || words.length > 4) {
            return s;
        }
        if (!Lexicon.ORGANIZATION_HEADS.contains(HeadNouns.withArticle(Lexicon.fold(words[0])))) {
            return s;
        }
        for (int i = 1; i < words.length; i++) {
            String w = Lexicon.fold(words[i]);
            if (w.startsWith("ال") || w.startsWith("لل") || w.length() < 2) {
                return s;
            }
        }
        int start = s.start() + surface.indexOf(words[1], words[0].length());
        return new NameSpan(start, s.end(), EntityType.PERSON, s.score());
    }

    private static boolean isDescriptor(String folded) {
        String word = folded.startsWith("لل") && folded.length() > 4 ? "ال" + folded.substring(2) : folded;
        if (Lexicon.TITLES.contains(word) || Lexicon.ORGANIZATION_HEADS.contains(HeadNouns.withArticle(folded))) {
            return true;
        }
        // الشاهد مروان سليم، المصدر …: a tagger may take an unnamed speaker's noun with the article for a first name.
        if (word.startsWith("ال") && Lexicon.UNNAMED_SPEAKERS.contains(word.substring(2))) {
            return true;
        }
        // اليونسكو أودري أزولاي، لليونسكو …: a listed organisation before a person's name is whom the person speaks
        // for, not a first name (no listed organisation is one); the rules report it as an organisation of its own.
        if (Lexicon.ORGANIZATIONS.contains(word) || Lexicon.ORGANIZATIONS.contains(HeadNouns.withoutLetter(word))
                || Lexicon.ORGANIZATIONS.contains(HeadNouns.withArticle(folded))) {
            return true;
        }
        // الليبي، الروسية: the article and a nisba ending.
        return word.startsWith("ال") && word.length() > 5 && (word.endsWith("ي") || word.endsWith("يه"));
    }
}
