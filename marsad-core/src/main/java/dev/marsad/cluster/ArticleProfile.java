package dev.marsad.cluster;

import java.util.Optional;

/**
 * What a story remembers of one member article, and what a newcomer is compared with: TF-IDF vectors of the
 * whole text and of the headline with the first paragraph, the entity keys as a binary vector, the day, and the
 * article's specific terms (every text term rare enough to name an event, with its IDF: what the pair model
 * counts as shared), those of the headline with the first paragraph (the event rule's) and of the headline alone, and the entity
 * numbers of its places (the small-story rule's). Weighted once, with the IDF of the moment it arrived. Immutable.
 */
record ArticleProfile(TermVector body, TermVector lead, TermVector entities, Optional<Long> day, RareTerms rare,
                      RareTerms head, RareTerms title, RareTerms places) {
    /** A profile without headline-only terms or places (only the small-story rule reads them). */
    ArticleProfile(TermVector body, TermVector lead, TermVector entities, Optional<Long> day, RareTerms rare,
                   RareTerms head) {
        this(body, lead, entities, day, rare, head, RareTerms.EMPTY, RareTerms.EMPTY);
    }

    /** A profile without headline terms (only the event rule reads them). */
    ArticleProfile(TermVector body, TermVector lead, TermVector entities, Optional<Long> day, RareTerms rare) {
        this(body, lead, entities, day, rare, RareTerms.EMPTY);
    }

    /** A profile without specific terms (the hand-set similarity does not use them). */
    ArticleProfile(TermVector body, TermVector lead, TermVector entities, Optional<Long> day) {
        this(body, lead, entities, day, RareTerms.EMPTY, RareTerms.EMPTY);
    }
}
