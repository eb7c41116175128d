package dev.marsad.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word-level helpers shared by quotation finding and speaker resolution: patterns, word walking, counts. */
final class QuoteText {
    private QuoteText() {
    }
    static final int MIN_QUOTE_WORDS = 3;
    static final Pattern THAT = Pattern.compile("(?<![\\p{L}])(?:ب)?[اإأ]ن(?:هما|ها|هم|ه|نا|ني)?(?![\\p{L}])");

    /** بحسب، حسب، وفقا ل، وفق، نقلا عن: a cited source, with ما and a verb after it or a name. */
    static final Pattern CITED = Pattern.compile("(?<![\\p{L}])(?:و?ب?حسبما|و?ب?حسب|و?وفقا لما|و?وفقا ل|و?وفق|و?نقلا عن)(?: ما)?(?![\\p{L}])");

    static final Pattern LETTERS = Pattern.compile("\\p{L}+");

    /** Where the source's name starts when a cited-source cue (بحسب، وفقا ل) opens {@code folded}, else -1. */
    static int citedAfter(String folded) {
        Matcher m = CITED.matcher(folded);
        return m.find() && folded.substring(0, m.start()).replaceAll("[\\s،,]", "").isEmpty() ? m.end() : -1;
    }

    /** Where the sentence holding the verb ending at {@code verbEnd} starts in {@code folded}. */
    static int clauseStart(String folded, int verbEnd) {
        for (int i = verbEnd - 1; i >= 0; i--) {
            if (".؟?!\n".indexOf(folded.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }

    /** End of the first attribution verb among the 40 words from {@code from}, or -1. */
    static int verbEnd(String folded, int from) {
        int count = 0;
        int start = wordStart(folded, from);
        while (start >= 0 && count < 40) {
            int end = wordEnd(folded, start);
            if (Lexicon.isSpeechVerb(folded, start, end)) {
                return end;
            }
            start = wordStart(folded, end);
            count++;
        }
        return -1;
    }

    static int lastVerbEnd(String folded) {
        return lastVerbEnd(folded, i -> false);
    }

    /**
     * As {@link #lastVerbEnd(String)}, passing over a word that starts inside a name ({@code insideName} of its folded
     * start): وقال روي كين للصحفيين — روي is the name Roy here, not the verb روى (narrated).
     */
    static int lastVerbEnd(String folded, java.util.function.IntPredicate insideName) {
        int last = -1;
        String previous = "";
        String beforePrevious = "";
        for (int start = wordStart(folded, 0); start >= 0; ) {
            int end = wordEnd(folded, start);
            if (Lexicon.isSpeechVerb(folded, start, end) && !insideName.test(start) && !carriedBy(beforePrevious, previous)
                    && !outletHead(previous)) {
                last = end;
            }
            beforePrevious = previous;
            previous = folded.substring(start, end);
            start = wordStart(folded, end);
        }
        return last;
    }

    /**
     * Whether a word is a media outlet's head noun, with or without ل/ب (قناة، لقناة، بصحيفة; folded): a "verb" after
     * it is the outlet's name (لقناة راي: not رأى, saw).
     */
    private static boolean outletHead(String folded) {
        return SpeakerWords.MEDIA_HEADS.contains(folded) || folded.length() > 3 && (folded.charAt(0) == 'ل' || folded.charAt(0) == 'ب')
                && SpeakerWords.MEDIA_HEADS.contains(folded.substring(1));
    }

    /**
     * Whether the words before a verb make it the outlet's that carried the words (وأضاف وفق ما نقلت "يوروسبورت"،
     * حسبما ذكرت الصحيفة): the speaker's verb is the one before.
     */
    private static boolean carriedBy(String beforePrevious, String previous) {
        return SpeakerWords.CARRIED_BY.contains(previous) || SpeakerWords.CARRIED_BY.contains(beforePrevious + " " + previous);
    }

    /**
     * Where the next word ({@code [\p{L}]+}, by code point as the regular expression reads it) starts at or
     * after {@code from}, or -1: words are walked by hand since they are only looked up, never kept.
     */
    static int wordStart(String s, int from) {
        for (int i = from; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isLetter(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    static int wordEnd(String s, int start) {
        int i = start;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (!Character.isLetter(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    static int sentenceEnd(String p, int from) {
        for (int i = from; i < p.length(); i++) {
            if (".؟?!".indexOf(p.charAt(i)) >= 0) {
                return i;
            }
        }
        return p.length();
    }

    /** Whitespace-separated chunks ({@code \s+}) holding a letter: what splitting and testing each would count. */
    static int words(String s) {
        int n = 0;
        boolean letter = false;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                n += letter ? 1 : 0;
                letter = false;
            } else if (!letter && dev.marsad.text.CharClass.isLetter(c)) {
                letter = true;
            }
        }
        return n;
    }

    /** The first {@code n} words of {@code folded}, space-joined. */
    static String firstWords(String folded, int n) {
        StringBuilder out = new StringBuilder();
        java.util.regex.Matcher m = LETTERS.matcher(folded);
        for (int i = 0; i < n && m.find(); i++) {
            out.append(i == 0 ? "" : " ").append(m.group());
        }
        return out.toString();
    }

    /**
     * An aside set off right after a speech verb, between dashes (وقال - دون أن يسمي دولا بأسمائها - إن) or, opening with
     * دون, between commas (وقال، دون أن يذكر أسماء، إن); folded.
     */
    private static final Pattern ASIDE = Pattern.compile(
            "\\s*(?:[-–—][^-–—\"«“»”\\n]{2,80}?[-–—]|[،,]\\s*(?:من\\s+)?ب?دون\\s[^،,\"«“»”\\n]{2,80}?[،,])");

    /** {@code folded} with the aside right after {@code at} (if any) blanked out, every position kept. */
    static String withoutAsideAt(String folded, int at) {
        int end = asideEnd(folded, at);
        return end < 0 ? folded : folded.substring(0, at) + " ".repeat(end - at) + folded.substring(end);
    }

    /** Where the aside right after {@code at} ends (folded), or -1 when none stands there. */
    static int asideEnd(String folded, int at) {
        Matcher m = ASIDE.matcher(folded).region(at, folded.length());
        return m.lookingAt() ? m.end() : -1;
    }

    /** The folded word right before {@code at}, or "". */
    static String wordBefore(String folded, int at) {
        int end = at;
        while (end > 0 && !Character.isLetter(folded.charAt(end - 1))) {
            end--;
        }
        return folded.substring(letterRunStart(folded, end), end);
    }

    /** Where the run of letters ending at {@code end} starts ({@code end} itself when a letter does not end there). */
    static int letterRunStart(String s, int end) {
        int start = end;
        while (start > 0 && Character.isLetter(s.charAt(start - 1))) {
            start--;
        }
        return start;
    }
}
