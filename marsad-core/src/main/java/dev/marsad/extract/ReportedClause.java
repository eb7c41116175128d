package dev.marsad.extract;

import dev.marsad.text.FoldedText;

/**
 * One reported clause of a sentence: the sentence (folded with an offset map), where the verb ends and where
 * إن/أن stands in the folded sentence, and the statement's span in the paragraph.
 */
record ReportedClause(int index, FoldedText sentence, int sentenceStart, int verbStart, int verbEnd, int thatStart, int thatEnd,
                        int statementStart, int statementEnd, boolean cited) {
    String statement(String p) {
        return QuoteFinder.trimClause(p.substring(statementStart, statementEnd));
    }
}
