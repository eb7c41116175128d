package dev.marsad.extract;

import dev.marsad.extract.ner.NameFinder.NameSpan;
import dev.marsad.model.EntityType;
import java.util.ArrayList;
import java.util.List;

/** The name span the rules give for a run of words. Thread-safe (stateless). */
final class WordSpans {
    /** The confidence of a rule's span (the tagger's are its own probabilities). */
    private static final double RULE_SCORE = 0.6;

    private WordSpans() {
    }

    /** A span over words {@code [from, to)}, starting after the first word's proclitics. */
    static NameSpan of(Words w, int from, int to, EntityType type) {
        int start = w.tokens().get(from).start() + w.prefixes()[from];
        return new NameSpan(start, w.tokens().get(to - 1).end(), type, RULE_SCORE);
    }

    /**
     * The name as it is reported: the span's text, with the article written out when the span starts at the second ل
     * of an assimilated article (للبيت الأبيض → البيت الأبيض), without brackets the writer put inside it ((الرئيس
     * دونالد) ترامب → دونالد ترامب: the span's own words, a name never holds a bracket).
     */
    static String reportedName(String text, NameSpan s) {
        // #مروان_خوري: a hashtag joins the name's words with _, which the name does not have.
        // فلاديمير #بوتين: a surname written as a hashtag keeps its place in the name, not its mark.
        String surface = withoutBrackets(text.substring(s.start(), s.end())).replace('_', ' ').replace(" #", " ");
        return afterAssimilatedArticle(text, s) && surface.length() > 3 ? "\u0627" + surface : surface;
    }

    /**
     * The spans with a one-word person and the hashtag right after it made one person (فلاديمير #بوتين، بنيامين
     * #نتنياهو: outlets tag the surname, and the tagger reads the mark as the end of the name), in order. Only a
     * person followed by a person: a hashtag after a name is as often a place or a topic (#مجموعة_السبع).
     */
    static List<NameSpan> joinedAcrossHashtags(List<NameSpan> spans, String text) {
        return personsJoined(spans, (last, s) -> text.substring(last.start(), last.end()).indexOf(' ') < 0
                && hashtagBetween(text, last.end(), s.start()));
    }

    /** Whether {@code text[end, start)} is a space and a hashtag's mark (or the space alone before a span holding it). */
    private static boolean hashtagBetween(String text, int end, int start) {
        String between = text.substring(end, start);
        return between.equals(" #") || between.equals(" ") && text.charAt(start) == '#';
    }

    /**
     * The spans with two persons the tagger read apart across a hashtag's _ made one (#مروان_خوري: مروان and خوري are
     * one man's name), in order.
     */
    static List<NameSpan> joinedAcrossUnderscores(List<NameSpan> spans, String text) {
        return personsJoined(spans, (last, s) -> s.start() == last.end() + 1 && text.charAt(last.end()) == '_');
    }

    /**
     * The spans with a person of two words or more and a one-word person written on to it with a hyphen, no space on
     * either side, made one (كيم إيوي-كيوم، مون جاي-إن: a Korean given name of two syllables), in order. Not two
     * one-word persons so joined (قمة ترامب-كيم), who are two.
     */
    static List<NameSpan> joinedAcrossHyphens(List<NameSpan> spans, String text) {
        return personsJoined(spans, (last, s) -> s.start() == last.end() + 1 && "-\u2010\u2011".indexOf(text.charAt(last.end())) >= 0
                && text.substring(last.start(), last.end()).strip().indexOf(' ') > 0
                && text.substring(s.start(), s.end()).indexOf(' ') < 0);
    }

    /**
     * The spans, in order, with each person and the person right after it made one where {@code joins} holds for the
     * two (the one before as joined so far).
     */
    private static List<NameSpan> personsJoined(List<NameSpan> spans, java.util.function.BiPredicate<NameSpan, NameSpan> joins) {
        List<NameSpan> out = new ArrayList<>(spans.size());
        for (NameSpan s : spans) {
            NameSpan last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.type() == EntityType.PERSON && s.type() == EntityType.PERSON && joins.test(last, s)) {
                out.set(out.size() - 1, new NameSpan(last.start(), s.end(), EntityType.PERSON, Math.max(last.score(), s.score())));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /** {@code surface} without the brackets a writer put inside a name ((الرئيس دونالد) ترامب → دونالد ترامب). */
    static String withoutBrackets(String surface) {
        if (surface.indexOf('(') < 0 && surface.indexOf(')') < 0 && surface.indexOf('[') < 0 && surface.indexOf(']') < 0) {
            return surface;
        }
        return BRACKETS.matcher(surface).replaceAll(" ").strip().replaceAll("\\s+", " ");
    }

    /**
     * {@code name} without a last word written with tanween (مورا متحدثاً → مورا): an accusative participle or adverb
     * after the name, never part of one (the first pass's span is remembered before the edges are trimmed).
     */
    static String withoutTanweenWord(String name) {
        int space = name.lastIndexOf(' ');
        String last = name.substring(space + 1);
        return space > 0 && (last.endsWith("\u0627\u064B") || last.endsWith("\u064B\u0627")) ? name.substring(0, space).strip() : name;
    }

    private static final java.util.regex.Pattern BRACKETS = java.util.regex.Pattern.compile("[()\\[\\]]");

    /** Whether the span starts at the second ل of لل (the preposition ل before the article). */
    static boolean afterAssimilatedArticle(String text, NameSpan s) {
        return s.start() > 0 && text.charAt(s.start()) == '\u0644' && text.charAt(s.start() - 1) == '\u0644';
    }

    /**
     * {@link Lexicon#fold} of the reported name, without its regular-expression split for the usual name written with
     * single spaces (asked of every span by the clean-up rules; the split is most of the cost).
     */
    static String foldedName(String text, NameSpan s) {
        String name = reportedName(text, s);
        String folded = dev.marsad.text.ArabicNormalizer.foldLower(name);
        return singleSpaced(folded) ? folded : Lexicon.fold(name);
    }

    /** No whitespace but single spaces between words: {@link Lexicon#fold}'s strip, split and join change nothing. */
    private static boolean singleSpaced(String s) {
        int n = s.length();
        if (n == 0 || s.charAt(0) == ' ' || s.charAt(n - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == ' ' ? s.charAt(i + 1) == ' ' : Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }
}
