package dev.marsad.eval.keys;

import dev.marsad.model.EntityType;

/**
 * Two spellings and whether they name one thing.
 *
 * @param same true when both spell one real-world thing
 * @param type the entity type both have
 * @param a    first spelling
 * @param b    second spelling
 */
record KeyPair(boolean same, EntityType type, String a, String b) {
}
