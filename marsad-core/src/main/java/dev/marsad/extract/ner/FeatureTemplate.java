package dev.marsad.extract.ner;

/**
 * The tagger's feature templates. A feature's key is {@code mix(id, value)}: the id is what the trained model
 * ({@code ner-ar.bin.gz}) stores its weights under, so an id must never change, and two templates sharing one
 * would silently merge their weights (FeatureTemplateTest guards both). Ids 38 and 39 belonged to templates since
 * dropped; a new template takes a new id above the highest. Names read from the word being tagged: {@code PREV_}
 * is the word before seen from here, {@code PREV2_} two before, {@code NEXT_}/{@code NEXT2_} after.
 */
enum FeatureTemplate {
    /** Always on (value 0): the tag's prior. */
    BIAS(1),
    WORD(2),
    STEM(3),
    /** The proclitic and whether it carries the article. */
    PROCLITIC(4),
    PREV_WORD(5),
    NEXT_WORD(6),
    PREV2_WORD(7),
    NEXT2_WORD(8),
    PREV_STEM(9),
    NEXT_STEM(10),
    /** The word before and this word together (chained with this word's hash). */
    PREV_WORD_PAIR(11),
    /** This word and the word after together. */
    NEXT_WORD_PAIR(12),
    SUFFIX2(13),
    SUFFIX3(14),
    PREFIX2(15),
    PREFIX3(16),
    /** The shapes of the word and its neighbours, one code below 512 ({@code FeatureExtractor.shapeCode}). */
    SHAPES(17),
    /** The stem's length, capped at 9. */
    LENGTH(18),
    /** One feature per name-list flag of the word as written. */
    FLAGS(19),
    /** One feature per name-list flag of the stem and article forms. */
    STEM_FLAGS(20),
    PREV_FLAGS(21),
    NEXT_FLAGS(22),
    /** B/I mark of a listed multi-word name, below 7. */
    PHRASE_TAG(23),
    PREV_CUES(24),
    PREV2_CUES(25),
    /** A cue two words back and a nisba adjective before, below 16 ({@code FeatureExtractor.contextCode}). */
    CONTEXT(26),
    NEXT_CUES(27),
    CUES(28),
    /** 1 at the first word of a sentence, else 0. */
    SENTENCE_START(29),
    /** A cue on the word before, with this word's stem. */
    CUE_STEM_PAIR(30),
    SUFFIX4(31),
    PREFIX4(32),
    /** The stem before and this stem together. */
    PREV_STEM_PAIR(33),
    PREV_SUFFIX2(34),
    NEXT_SUFFIX2(35),
    /** A cue on the word before, with this word's name-list flags. */
    CUE_FLAGS_PAIR(36),
    /** Letter trigrams of the stem with boundary marks (chained with the letters). */
    TRIGRAM(37),
    /** The word's fine class learnt from unlabelled news. */
    WORD_CLASS(40),
    /** The word's coarse class. */
    WORD_CLUSTER(41),
    PREV_WORD_CLASS(42),
    PREV_WORD_CLUSTER(43),
    NEXT_WORD_CLASS(44),
    NEXT_WORD_CLUSTER(45),
    /** One feature per bit of the word's {@link DocumentContext} code: what precedes it elsewhere in the article. */
    DOC_CONTEXT(46),
    /**
     * A head noun up to four words back with only words carrying the article between (وزارة الخارجية الأمريكية,
     * منظمة التحرير الفلسطينية): its cue types, the distance and whether this word carries the article, below 64
     * ({@code FeatureExtractor.headChainCode}).
     */
    HEAD_CHAIN(47),
    /** One feature per bit of {@link DocumentContext#predictions}: how a first pass tagged the word elsewhere. */
    PRED_CONTEXT(48);

    private final int id;

    FeatureTemplate(int id) {
        this.id = id;
    }

    /** The number the trained model knows this template by. */
    int id() {
        return id;
    }

    /** The feature key of {@code value} under this template. */
    long key(long value) {
        return Hashing.mix(id, value);
    }

    /** The feature key of two values together under this template (a pair of words, a cue and a stem). */
    long key(long first, long second) {
        return Hashing.mix(key(first), second);
    }
}
