package dev.marsad.extract;

/**
 * A speaker found for a statement, passed from speaker resolution to the quote it makes.
 *
 * @param name as the quote reports it ("" for a speaker the article does not name)
 * @param key  the speaker's entity key, or null for an unnamed speaker
 */
record Speaker(String name, String key) {
    /** Whether the speaker is a person (its key is a person's), not a body, a place or unnamed. */
    boolean isPerson() {
        return key != null && key.startsWith("person:");
    }

    /** Whether the speaker is an organisation (its key is an organisation's). */
    boolean isOrganization() {
        return key != null && key.startsWith("organization:");
    }
}
