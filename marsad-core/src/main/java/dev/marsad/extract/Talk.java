package dev.marsad.extract;

/**
 * Who is talking in an article, as its quotations are read in text order: the one quoted last, whom continuations
 * (وأضاف، مؤكدا، وأشار إلى أن) go on from, and before anyone is quoted the lead subject. Shared by
 * {@link SpeakerResolver} and {@link ReportedSpeakers}; one per article.
 */
final class Talk {
    /** A speaker the article does not name: the quote has none, and continuations after it stay unnamed. */
    static final Speaker UNNAMED = new Speaker("", null);

    /** The one quoted last (null: nobody yet). */
    Speaker previous;
    /**
     * Before anyone is quoted: the subject of the verb-first sentence before the quotation (حذر الدكتور فلان من … .
     * وقال في تغريدة: «…»), whom a verb without a subject goes on from; null once someone has been quoted.
     */
    Speaker lead;

    /** The one a verb without a subject goes on from: the one quoted last, else (nobody quoted yet) the lead subject. */
    Speaker carried() {
        return previous != null ? previous : lead;
    }
}
