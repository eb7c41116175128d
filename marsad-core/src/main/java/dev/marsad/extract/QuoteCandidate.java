package dev.marsad.extract;

/**
 * A quotation found by {@link QuoteFinder}, before its speaker is known: the record passed from quotation finding
 * to {@link SpeakerResolver}.
 */
sealed interface QuoteCandidate {
    /**
     * Words in quotation marks: the match {@code [start, end)} and the quoted words {@code [textStart, textEnd)} in
     * {@code paragraph}; {@code from} is where the words that may name the speaker start (its sentence, or the end
     * of the quote before it); {@code opens} when nothing stands before it in its sentence; {@code verbless} when
     * its sentence has no speech verb or cited source.
     */
    record Direct(String paragraph, int paragraphOffset, int from, int start, int end, int textStart, int textEnd,
                  boolean opens, boolean verbless) implements QuoteCandidate {
        String text() {
            return paragraph.substring(textStart, textEnd).strip();
        }
    }

    /** A reported clause (قال … إن …، مؤكدا أن …، … بحسب …) in {@code paragraph}. */
    record Reported(ReportedClause clause, String paragraph, int paragraphOffset) implements QuoteCandidate {
    }

    /** Words in quotation marks opening a reported clause (قال فلان إن «…»): the clause names the speaker. */
    record Opening(ReportedClause clause, int paragraphOffset, String text) implements QuoteCandidate {
    }
}
