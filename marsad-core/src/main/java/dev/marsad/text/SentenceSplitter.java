package dev.marsad.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into sentences with ICU's sentence break rules for Arabic (which know ؟ and ، and Arabic
 * full stops), and never across a paragraph break. Thread-safe: an iterator per thread.
 */
public final class SentenceSplitter {
    private static final ULocale ARABIC = new ULocale("ar");
    /** Building a rule-based iterator is costly; cloning a built one is cheap and gives each call its own. */
    private static final BreakIterator PROTOTYPE = BreakIterator.getSentenceInstance(ARABIC);
    /**
     * One clone per thread, reset by {@link BreakIterator#setText} for each paragraph: a clone per paragraph
     * allocated its caches anew for every paragraph of every article.
     */
    private static final ThreadLocal<BreakIterator> ITERATOR = ThreadLocal.withInitial(() -> (BreakIterator) PROTOTYPE.clone());

    private SentenceSplitter() {
    }

    /** Sentence spans of {@code text}, trimmed, in order; blank spans are skipped. */
    public static List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        int paragraphStart = 0;
        while (paragraphStart <= text.length()) {
            int paragraphEnd = text.indexOf('\n', paragraphStart);
            if (paragraphEnd < 0) {
                paragraphEnd = text.length();
            }
            splitParagraph(text, paragraphStart, paragraphEnd, out);
            paragraphStart = paragraphEnd + 1;
        }
        return out;
    }

    private static void splitParagraph(String text, int from, int to, List<Span> out) {
        if (from >= to) {
            return;
        }
        BreakIterator it = ITERATOR.get();
        it.setText(text.substring(from, to));
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; end = it.next()) {
            if (end < to - from && (ellipsisIntoWord(text, from + end) || domainEnding(text, from + end) || middleInitial(text, from + end))) {
                continue;
            }
            Span span = Span.trimmed(text, from + start, from + end);
            if (span.length() > 0) {
                out.add(span);
            }
            start = end;
        }
    }

    /** Latin letters spelt out as a name's middle initial ({@code latin-initials-ar.txt}). */
    private static final java.util.Set<String> LATIN_INITIALS = java.util.Set.copyOf(ResourceLines.read("/dev/marsad/text/latin-initials-ar.txt"));

    /**
     * "جورج دبليو. بوش": a break after a full stop that closes a spelt-out Latin initial standing after another word,
     * with a space and then a letter after it, is inside a name; it ends no sentence.
     */
    private static boolean middleInitial(String text, int at) {
        int stop = at;
        while (stop > 0 && text.charAt(stop - 1) == ' ') {
            stop--;
        }
        // A space after the dot: دي.تي فاسافادا, letters run together, is an acronym the tagger reads otherwise.
        if (stop < 2 || stop == at || text.charAt(stop - 1) != '.' || at >= text.length() || !Character.isLetter(text.charAt(at))) {
            return false;
        }
        int start = stop - 1;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return start >= 2 && text.charAt(start - 1) == ' ' && Character.isLetter(text.charAt(start - 2))
                && LATIN_INITIALS.contains(text.substring(start, stop - 1));
    }

    /** Domain endings an outlet's name is written with after a full stop (العربية.نت، سبق.كوم، CNN.com). */
    private static final java.util.Set<String> DOMAIN_ENDINGS = java.util.Set.of("نت", "كوم", "com", "net", "org");

    /**
     * "العربية.نت": a full stop right between a word and a domain ending (and nothing else of letters after it) is part
     * of a site's name; it ends no sentence (a full stop run into the next sentence's first word, كلمة.وتابع, does).
     */
    private static boolean domainEnding(String text, int at) {
        if (at < 2 || text.charAt(at - 1) != '.' || !Character.isLetter(text.charAt(at - 2))) {
            return false;
        }
        int end = at;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return DOMAIN_ENDINGS.contains(text.substring(at, end).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * كان أمرا "خاطئا...غير أخلاقي": an ellipsis running into the next word without a space leaves words out of one
     * sentence; it ends none (ICU breaks there, as after any full stop before a letter of a caseless script).
     */
    private static boolean ellipsisIntoWord(String text, int at) {
        if (at < 2 || !Character.isLetter(text.charAt(at))) {
            return false;
        }
        char last = text.charAt(at - 1);
        return last == '\u2026' || (last == '.' && text.charAt(at - 2) == '.');
    }
}
