package dev.marsad.clean;

/**
 * Settings of the clean stage.
 *
 * @param minArticleChars an appended block shorter than this is treated as a list, not an article (200: two
 *                        short lead paragraphs; a list of headlines rarely has two sentence-like lines this long)
 */
public record CleanConfig(int minArticleChars) {
    public static final CleanConfig DEFAULT = new CleanConfig(200);
}
