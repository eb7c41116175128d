package dev.marsad.cluster;

/**
 * An arriving article laid out for scoring against many members: its three vectors' weights spread over arrays
 * indexed by term number, so that a member's vector is read once, in order, with one array read per term instead
 * of a two-sided merge. Placing an article compares it with up to 16 members of each candidate story, and the
 * merge's unpredictable branches were most of the engine's time (`bench cluster`, docs/EVALUATION.md).
 *
 * <p>The sums are those of {@link TermVector#dot}: the same products added in the same ascending term order (a term
 * the article lacks adds an exact zero). Holds one article at a time and is reused (the arrays grow with the
 * vocabulary and are cleared term by term): not thread-safe, one per clusterer.
 */
final class LoadedArticle {
    private float[] body = new float[0];
    private float[] lead = new float[0];
    private float[] entities = new float[0];
    private ArticleProfile profile;

    /** Lays out {@code article}, replacing the one held before. */
    LoadedArticle load(ArticleProfile article) {
        if (profile != null) {
            profile.body().clear(body);
            profile.lead().clear(lead);
            profile.entities().clear(entities);
        }
        body = article.body().spread(body);
        lead = article.lead().spread(lead);
        entities = article.entities().spread(entities);
        profile = article;
        return this;
    }

    ArticleProfile profile() {
        return profile;
    }

    /** The cosine of the held article's whole text with {@code member}'s. */
    double body(TermVector member) {
        return member.dot(body);
    }

    /** The cosine of the held article's headline and first paragraph with {@code member}'s. */
    double lead(TermVector member) {
        return member.dot(lead);
    }

    /** The cosine of the held article's entity keys with {@code member}'s. */
    double entities(TermVector member) {
        return member.dot(entities);
    }
}
