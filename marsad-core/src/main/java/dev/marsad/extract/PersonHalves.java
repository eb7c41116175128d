package dev.marsad.extract;

import dev.marsad.extract.ner.NameFinder.NameSpan;
import dev.marsad.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Two one-word persons the tagger put side by side are one name when the first is a first name and the second a
 * family name with the article (a first name the model knows, or a one-word person the rules found after a title or
 * an attribution verb): in {@code وكان وزير المالية سامي العلي قال} it opens a second person at العلي and
 * the quote is given to سامي. Arabic sets two people apart with و or a comma; a bare space between them is a verb's
 * subject and object (التقى بوتين الأسد), where the first is a surname, not a first name. A spelt-out Latin middle
 * initial with its dot joins the halves too (أنجوس إتش. بورنومو). Thread-safe (stateless).
 */
final class PersonHalves {
    private PersonHalves() {
    }

    /**
     * The spans, each first name followed by a one-word family name with the article joined with it.
     *
     * @param spans     the tagger's spans, in text order
     * @param rules     the rules' spans
     * @param text      the article's text
     * @param firstName whether a written word is a first name
     */
    static List<NameSpan> joined(List<NameSpan> spans, List<NameSpan> rules, String text, Predicate<String> firstName) {
        // A one-word person the rules found after a title or a verb (وزير المالية سامي) opens a name as a first name does.
        java.util.Set<Integer> ruleFirstNames = new java.util.HashSet<>();
        for (NameSpan r : rules) {
            if (r.type() == EntityType.PERSON && text.substring(r.start(), r.end()).indexOf(' ') < 0) {
                ruleFirstNames.add(r.start());
            }
        }
        Predicate<NameSpan> opens = s -> ruleFirstNames.contains(s.start()) || firstName.test(text.substring(s.start(), s.end()));
        List<NameSpan> out = new ArrayList<>(spans.size());
        for (int k = 0; k < spans.size(); k++) {
            NameSpan s = spans.get(k);
            NameSpan next = k + 1 < spans.size() ? spans.get(k + 1) : null;
            if (next != null && halves(s, next, text, opens)) {
                out.add(new NameSpan(s.start(), next.end(), EntityType.PERSON, Math.min(s.score(), next.score())));
                k++;
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static boolean halves(NameSpan s, NameSpan next, String text, Predicate<NameSpan> opens) {
        if (middleInitial(s, next, text)) {
            return true;
        }
        if (s.type() != EntityType.PERSON || next.type() != EntityType.PERSON || next.start() != s.end() + 1
                || text.charAt(s.end()) != ' ') {
            return false;
        }
        String first = text.substring(s.start(), s.end());
        String second = text.substring(next.start(), next.end());
        return first.indexOf(' ') < 0 && second.indexOf(' ') < 0 && second.startsWith("ال") && second.length() >= 5
                && opens.test(s);
    }

    private static boolean endsWithInitial(String name) {
        String n = name.strip();
        int space = n.lastIndexOf(' ');
        return space > 0 && Lexicon.LATIN_LETTER_NAMES.contains(Lexicon.fold(n.substring(space + 1)));
    }

    /**
     * A person whose name ends with a spelt-out Latin initial and its dot, then the rest of the name the tagger found
     * apart (أنجوس إتش. بورنومو، جورج دبليو. بوش، لورا ايه. كولانجيلو): one person.
     */
    private static boolean middleInitial(NameSpan s, NameSpan next, String text) {
        // The first half may be typed otherwise (لورا ايه as an organisation): the initial and the person after it tell.
        if (next.type() != EntityType.PERSON || !text.substring(s.end(), next.start()).matches("\\. ?")) {
            return false;
        }
        return endsWithInitial(text.substring(s.start(), s.end()));
    }
}
