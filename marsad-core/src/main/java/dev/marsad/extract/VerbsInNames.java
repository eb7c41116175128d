package dev.marsad.extract;

import dev.marsad.extract.ner.NameFinder.NameSpan;
import dev.marsad.model.EntityType;
import dev.marsad.text.ResourceLines;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A verb the tagger took into a person's name, or for one: news puts the verb right after its subject (كيم
 * <b>سيزور</b> روسيا، الرئيس ماكرون <b>يزور</b> الجزائر), and a future or imperfect verb the 2007 training text never
 * met has a foreign name's shape. A person's last word that is such a verb of {@code future-verb-stems-ar.txt}
 * (with سي، ست، سن, or the imperfect ي، ت) is cut off; a person that is such a verb alone, in its future form, is no
 * name. The list is closed because the form cannot tell such verbs from names (سيرغي، يحيى، تامر): a word the model
 * knows as a first name is never cut. Thread-safe (stateless but for the list).
 */
final class VerbsInNames {
    private static final Set<String> FUTURE = forms(new String[] {"سي", "ست", "سن"});
    private static final Set<String> IMPERFECT = forms(new String[] {"ي", "ت"});

    private VerbsInNames() {
    }

    private static Set<String> forms(String[] prefixes) {
        Set<String> out = new HashSet<>();
        for (String stem : ResourceLines.read("/dev/marsad/extract/future-verb-stems-ar.txt")) {
            for (String prefix : prefixes) {
                out.add(Lexicon.fold(prefix + stem));
            }
        }
        return Set.copyOf(out);
    }

    /** Whether a folded word is a listed verb in its future form (سيزور) or, when {@code imperfect}, as يزور. */
    static boolean isVerb(String folded, boolean imperfect) {
        String w = folded.startsWith("و") && folded.length() > 3 ? folded.substring(1) : folded;
        return FUTURE.contains(folded) || FUTURE.contains(w) || imperfect && (IMPERFECT.contains(folded) || IMPERFECT.contains(w));
    }

    /**
     * The spans, each person without a trailing listed verb and without persons that are only a future verb.
     *
     * @param firstName whether the model knows a word as a first name (never cut)
     */
    static List<NameSpan> trimmed(List<NameSpan> spans, String text, Predicate<String> firstName) {
        List<NameSpan> out = new ArrayList<>(spans.size());
        for (NameSpan s : spans) {
            if (s.type() != EntityType.PERSON) {
                out.add(s);
                continue;
            }
            NameSpan t = withoutTrailingVerb(text, s, firstName);
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * A person whose inner word is an attribution verb (قال، أكد: never a name's) is the words after it, the verb's
     * subject (عقود فيديك قال العبداللطيف → العبداللطيف); spans without one are returned as they are.
     */
    static List<NameSpan> afterInnerVerb(List<NameSpan> spans, String text) {
        List<NameSpan> out = new ArrayList<>(spans.size());
        for (NameSpan s : spans) {
            out.add(s.type() == EntityType.PERSON ? afterInnerVerb(s, text) : s);
        }
        return out;
    }

    private static NameSpan afterInnerVerb(NameSpan s, String text) {
        String name = text.substring(s.start(), s.end());
        int wordStart = name.indexOf(' ') + 1; // the first word is left alone: وقال (a verb first) is the tagger's, not here
        int subject = -1;
        while (wordStart > 0 && wordStart < name.length()) {
            int wordEnd = name.indexOf(' ', wordStart);
            if (wordEnd < 0) {
                break; // a verb last is cut as a trailing verb would be, not here
            }
            if (Lexicon.isVerb(Lexicon.fold(name.substring(wordStart, wordEnd)))) {
                subject = wordEnd + 1;
            }
            wordStart = wordEnd + 1;
        }
        return subject < 0 ? s : new NameSpan(s.start() + subject, s.end(), s.type(), s.score());
    }

    /** The span without its trailing verbs; null when nothing of a name is left. */
    private static NameSpan withoutTrailingVerb(String text, NameSpan s, Predicate<String> firstName) {
        String name = text.substring(s.start(), s.end());
        String kept = withoutTrailingVerbs(name, firstName);
        if (kept.length() == name.length()) {
            return s;
        }
        return kept.isEmpty() ? null : new NameSpan(s.start(), s.start() + kept.length(), s.type(), s.score());
    }

    /**
     * A person's name as written without its trailing listed verbs (تسيبراس وتهدد → تسيبراس); "" when it is only a
     * future verb. Also for the names a run remembers from the tagger's first pass, before this cut.
     */
    static String withoutTrailingVerbs(String name, Predicate<String> firstName) {
        int end = name.length();
        while (end > 0) {
            int space = name.lastIndexOf(' ', end - 1);
            int wordStart = space + 1;
            String word = name.substring(wordStart, end);
            boolean alone = wordStart == 0;
            // Alone, only the future form: يزور or تعقد alone is rarely a name the tagger would find, but ي/ت words
            // that are names (يحيى) are not listed stems either; keep the rule narrow where nothing else is left.
            if (!isVerb(Lexicon.fold(word), !alone) || firstName.test(word)) {
                break;
            }
            end = Math.max(space, 0);
        }
        return name.substring(0, end);
    }
}
