package dev.marsad.extract;

import dev.marsad.text.FoldedText;
import java.util.List;

/**
 * One reported clause of a sentence: the sentence (folded with an offset map), where the verb ends and where
 * إن/أن stands in the folded sentence, and the statement's span in the paragraph.
 */
record ReportedClause(int index, FoldedText sentence, int sentenceStart, int verbStart, int verbEnd, int thatStart, int thatEnd,
                        int statementStart, int statementEnd, boolean cited) {
    String statement(String p) {
        return trimClause(p.substring(statementStart, statementEnd));
    }

    /** A clause without the comma or conjunction that joins it to the next verb. */
    private static String trimClause(String s) {
        String t = s.strip();
        for (boolean changed = true; changed; ) {
            changed = false;
            for (String end : List.of("،", ",", "و", "ف")) {
                if (t.endsWith(" " + end) || (end.length() == 1 && !Character.isLetter(end.charAt(0)) && t.endsWith(end))) {
                    t = t.substring(0, t.length() - end.length()).strip();
                    changed = true;
                }
            }
        }
        return t;
    }
}
