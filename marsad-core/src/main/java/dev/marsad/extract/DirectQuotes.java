package dev.marsad.extract;

import static dev.marsad.extract.QuoteText.*;

import dev.marsad.text.ArabicNormalizer;
import dev.marsad.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Direct quotations of one paragraph: text inside «», “” or straight double quotes of at least
 * {@value QuoteText#MIN_QUOTE_WORDS} words (a quote left open runs to the end of its paragraph), as
 * {@link Quoted} in text order; and the look-ups {@link QuoteFinder} makes
 * among them. Split from {@link QuoteFinder}; stateless, thread-safe.
 */
final class DirectQuotes {
    private DirectQuotes() {
    }

    /** One direct quote: the whole match with its marks, and the quoted text inside them. */
    record Quoted(Span marks, Span text) {
    }

    /**
     * « », “ ” or straight marks; where no ” follows in the paragraph, “ closes what “ opened (وصلت إلى “مليون م2 “، as
     * some outlets write; a “ nested before a ” is read as before).
     */
    private static final Pattern QUOTED = Pattern.compile("«([^»]+)(?:»|$)|“(?![^”]*”)([^“]+)(?:“|$)|“([^”]+)(?:”|$)|\"([^\"]+)(?:\"|$)");

    /**
     * The direct quote that starts where the statement starts (only spaces or a colon between), or null. Quotes are
     * in text order, so only the first at or after the statement can be it: words before it stand before any later
     * one too (a binary search, not a scan of the paragraph's quotes, which made long inputs quadratic, issue 12).
     */
    static Quoted quoteOpening(String p, int statementStart, List<Quoted> direct) {
        int i = firstStartingAtOrAfter(direct, statementStart);
        if (i == direct.size()) {
            return null;
        }
        Quoted q = direct.get(i);
        for (int k = statementStart; k < q.marks().start(); k++) {
            char c = p.charAt(k);
            if (c != ':' && !Character.isWhitespace(c)) {
                return null;
            }
        }
        return q;
    }

    /** The first of the quotes (in text order) starting at or after {@code at}, or their count. */
    private static int firstStartingAtOrAfter(List<Quoted> direct, int at) {
        int lo = 0;
        int hi = direct.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (direct.get(mid).marks().start() < at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Nouns after which a short span in marks is a name, folded ({@code quote-name-heads-ar.txt}). */
    private static final java.util.Set<String> NAME_IN_MARKS_HEADS = Lexicon.phrases("quote-name-heads-ar.txt");

    /**
     * A span of at most four words in marks right after a media, group or source noun, a work, an operation or a
     * charge ({@code quote-name-heads-ar.txt}; with or without the article
     * or a one-letter preposition: بشبكة "…"، التلفزيون الأسترالي «…» after one adjective of it), after ما يسمى, or
     * after ل alone (قالت مصادر لـ"سكاي نيوز عربية": the outlet spoken to), or after a body's head title without the
     * article (رئيس "الهيئة الوطنية للعدول": the title's complement): a name, not a quotation.
     */
    static boolean isNameInMarks(String p, Quoted q) {
        if (words(q.text().of(p)) > 4) {
            return false;
        }
        if (isSpeltAcronym(q.text().of(p))) {
            return true; // وبحسب "إن بي سي" فإن، وكالة الاستخبارات المركزية الأميركية "سي أي إيه": an acronym.
        }
        int end = q.marks().start();
        while (end > 0 && p.charAt(end - 1) == ' ') {
            end--;
        }
        int start = letterRunStart(p, end);
        String w = ArabicNormalizer.fold(p.substring(start, end)).replace("\u0640", "");
        if (start == end) {
            return false;
        }
        if (w.equals("ل") && end == q.marks().start()) {
            return true;
        }
        if (SpeakerWords.HEAD_TITLES.contains(HeadNouns.withoutLetter(w))) {
            return true; // وقال رئيس "الهيئة الوطنية للعدول" فلان: a head's title without the article, its body's name after it.
        }
        if (nameHead(w) || PLACE_PREPOSITIONS.contains(w)) {
            return true; // المحلل في «بي في إم أويل»، في حوار مع "بي إن إن بلومبيرغ": where or with whom, not what was said.
        }
        // التلفزيون الأسترالي «إيه بي سي»: one relation adjective (ال…ي) between the head and the name.
        int before = letterRunStart(p, Math.max(0, start - 1));
        return w.startsWith("ال") && w.endsWith("ي") && start > 0 && p.charAt(start - 1) == ' '
                && nameHead(ArabicNormalizer.fold(p.substring(before, start - 1)));
    }

    /** Whether every word of {@code content} is a Latin letter spelt in Arabic (سي إن إن، إف بي آي): an acronym. */
    static boolean isSpeltAcronym(String content) {
        String[] words = ArabicNormalizer.fold(content).strip().split("\\s+");
        for (String w : words) {
            if (!Lexicon.LATIN_LETTER_NAMES.contains(w)) {
                return false;
            }
        }
        return words.length >= 2;
    }

    /**
     * Whether the marks around {@code q} pair wrongly: its words open with a comma or full stop («…سنوات"، وفق ما صرح
     * به … عنوان : "»: a mark left open earlier makes the closing mark of one quotation open the next), or end with
     * the colon that opens the next quotation (« الجزائرية، مقالاً تحت عنوان : »), which no quotation does.
     */
    static boolean isMispaired(String p, Quoted q) {
        String content = q.text().of(p).strip();
        return !content.isEmpty() && ("،,.؛;".indexOf(content.charAt(0)) >= 0 || content.endsWith(":"));
    }

    /**
     * Prepositions of place and company (folded): short words in marks right after them name where or with whom (in a
     * firm, with a channel), never words said; عن and إلى are left out (أعرب عن «قلقه البالغ»، أشار إلى "…").
     */
    private static final java.util.Set<String> PLACE_PREPOSITIONS = java.util.Set.of("في", "مع", "لدي", "عبر");

    private static boolean nameHead(String w) {
        if (NAME_IN_MARKS_HEADS.contains(w) || Lexicon.UNNAMED_SPEAKERS.contains(w)) {
            return true;
        }
        String bare = w.length() > 3 && "بلوفك".indexOf(w.charAt(0)) >= 0 ? w.substring(1) : w;
        bare = bare.startsWith("ال") ? bare.substring(2) : bare;
        return bare.length() > 2 && NAME_IN_MARKS_HEADS.contains(bare);
    }

    /** Direct quotes of at least {@value QuoteText#MIN_QUOTE_WORDS} words: match start and end, text start and end. */
    static List<Quoted> directQuotes(String p) {
        List<Quoted> out = new ArrayList<>();
        // Without a quotation mark there is no direct quote: the pattern need not be tried at every char.
        if (p.indexOf('«') < 0 && p.indexOf('“') < 0 && p.indexOf('"') < 0) {
            return out;
        }
        Matcher m = QUOTED.matcher(p);
        while (m.find()) {
            int g = firstGroupIndex(m);
            if (words(m.group(g)) >= MIN_QUOTE_WORDS) {
                out.add(new Quoted(new Span(m.start(), m.end()), new Span(m.start(g), m.end(g))));
            }
        }
        return out;
    }

    /** Whether {@code at} is inside a quote: quotes do not overlap, so only the last starting before it can hold it. */
    static boolean insideDirect(int at, List<Quoted> direct) {
        int last = firstStartingAtOrAfter(direct, at) - 1;
        return last >= 0 && at < direct.get(last).marks().end();
    }

    private static int firstGroupIndex(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return g;
            }
        }
        return 0;
    }
}
