package dev.marsad.clean;

/**
 * Classifies page lines by structure, not by any site's exact strings:
 * <ul>
 *   <li>cue phrases at the start of a line (from {@code cues-ar.txt}) make separators, source and tag lines,
 *       and the header of a readers' comments section;</li>
 *   <li>a short line (at most {@value #FURNITURE_MAX_WORDS} words) containing a furniture phrase is furniture;</li>
 *   <li>a line of at most {@value #PROMPT_MAX_WORDS} words opening with a furniture phrase and without closing
 *       punctuation is furniture (subscription prompts);</li>
 *   <li>a crumb trail (three or more short parts joined by » › or >) is furniture;</li>
 *   <li>a line mostly made of link text is furniture (menus, related-link lists);</li>
 *   <li>a line of at least {@value #SENTENCE_MIN_WORDS} words ending in sentence punctuation, or of at least
 *       {@value #LONG_LINE_WORDS} words, is prose;</li>
 *   <li>everything else is a short line (headline, subhead, list item, crumb), judged later by position.</li>
 * </ul>
 * Thread-safe (stateless).
 */
final class LineClassifier {
    static final int FURNITURE_MAX_WORDS = 6;
    static final int PROMPT_MAX_WORDS = 10;
    static final int SENTENCE_MIN_WORDS = 6;
    static final int LONG_LINE_WORDS = 14;
    /** A separator line may carry a linked headline after it, but not a whole paragraph. */
    static final int SEPARATOR_MAX_WORDS = 16;

    private LineClassifier() {
    }

    static Line classify(String raw, double linkDensity) {
        String text = strip(raw);
        if (text.isEmpty()) {
            return new Line("", LineKind.BLANK, 0, 0);
        }
        int words = countWords(text);
        return new Line(text, kindOf(text, words, linkDensity), words, linkDensity);
    }

    private static LineKind kindOf(String text, int words, double linkDensity) {
        boolean hasColon = Cues.indexOfColon(text, 30) >= 0;
        // Every cue test below needs a short line or a colon near the start; a long paragraph without one is
        // never folded into a cue key (folding whole paragraphs was most of the cost of cleaning).
        String key = words <= SEPARATOR_MAX_WORDS || hasColon ? Cues.key(text) : "";
        if (words <= SEPARATOR_MAX_WORDS && Cues.startsWith(Cues.Kind.SEPARATOR, key)) {
            return LineKind.SEPARATOR;
        }
        if ((hasColon || words <= 4) && Cues.startsWith(Cues.Kind.SOURCE, key)) {
            return LineKind.SOURCE;
        }
        if ((hasColon || words <= 2) && Cues.startsWith(Cues.Kind.TAGS, key)) {
            return LineKind.TAGS;
        }
        if (words <= FURNITURE_MAX_WORDS && Cues.startsWith(Cues.Kind.COMMENTS, key)) {
            return LineKind.COMMENTS;
        }
        if (words <= FURNITURE_MAX_WORDS && Cues.contains(Cues.Kind.FURNITURE, key)) {
            return LineKind.FURNITURE;
        }
        // A prompt that opens with a furniture phrase (اشترك في النشرة البريدية لتصلك …) is longer but is still
        // not a sentence: it has no closing punctuation.
        if (words <= PROMPT_MAX_WORDS && Cues.startsWith(Cues.Kind.FURNITURE, key) && !endsLikeSentence(text)) {
            return LineKind.FURNITURE;
        }
        if (isCrumbTrail(text)) {
            return LineKind.FURNITURE;
        }
        if (linkDensity > 0.6) {
            return LineKind.FURNITURE;
        }
        if ((words >= SENTENCE_MIN_WORDS && endsLikeSentence(text)) || words >= LONG_LINE_WORDS) {
            return LineKind.SENTENCE;
        }
        return LineKind.SHORT;
    }

    /** Navigation crumbs: three or more short parts joined by » › or > ({@code Home > News > UAE}). */
    static boolean isCrumbTrail(String text) {
        if (text.indexOf('»') < 0 && text.indexOf('›') < 0 && text.indexOf('>') < 0) {
            return false;
        }
        String[] parts = text.split("\\s*[»›>]\\s*");
        if (parts.length < 3) {
            return false;
        }
        for (String part : parts) {
            if (countWords(part) > 3) {
                return false;
            }
        }
        return true;
    }

    /** Trims whitespace of every kind, including no-break spaces and zero-width marks. */
    static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        String line = s.substring(start, end);
        return Spaces.hasTwoInARow(line) ? SPACE_RUN.matcher(line).replaceAll(" ") : line;
    }

    private static final java.util.regex.Pattern SPACE_RUN = java.util.regex.Pattern.compile("[\\s\\u00A0\\u2007\\u202F]{2,}");

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\u200E'
                || c == '\u200F' || c == '\uFEFF';
    }

    static boolean endsLikeSentence(String text) {
        char last = text.charAt(text.length() - 1);
        return ".؟?!…:»\"”)'".indexOf(last) >= 0 || last == '\u06D4';
    }

    static int countWords(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = dev.marsad.text.CharClass.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }
}
