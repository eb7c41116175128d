package dev.marsad.clean;

/** What a line of a page is, judged from its own shape and words. */
enum LineKind {
    /** Nothing but whitespace. */
    BLANK,
    /** A header after which the page's article has ended: "read also", related items. */
    SEPARATOR,
    /** A source or credit line. */
    SOURCE,
    /** A tag or keyword line. */
    TAGS,
    /** Share buttons, subscription prompts, footers, ads, navigation. */
    FURNITURE,
    /** A line of running prose: long, or ending like a sentence. */
    SENTENCE,
    /** A short line without sentence punctuation: a headline, subhead, list item or crumb. */
    SHORT
}
