package dev.marsad.cluster;

import java.util.Optional;

/**
 * What a story remembers of one member article, and what a newcomer is compared with: TF-IDF vectors of the
 * whole text and of the headline with the first paragraph, the entity keys as a binary vector, and the day.
 * Weighted once, with the IDF of the moment it arrived. Immutable.
 */
record ArticleProfile(TermVector body, TermVector lead, TermVector entities, Optional<Long> day) {
}
