package dev.marsad.extract.ner;

import dev.marsad.text.ArabicNormalizer;
import dev.marsad.text.ArabicTokenizer;
import dev.marsad.text.Token;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * Name lists and cue words the tagger consults, stored as hashes of folded forms (so the model carries no
 * readable copy of the source lists). Read-only after building; thread-safe then.
 *
 * <p>Token flag bits: {@code source * 3 + type} for a token of a listed name (source 0 = curated gazetteer,
 * 1 = large automatic list; {@link #CURATED} {@code + type} for source 2, the current-news list), {@code 6 + type} for a one-word name, {@link #PERSON_FIRST} for the first word
 * of a person name and {@link #PERSON_LAST} for its last word. Types: 0 person, 1 location, 2 organisation.
 */
public final class NerLexicon {
    public static final int PERSON = 0;
    public static final int LOCATION = 1;
    public static final int ORGANIZATION = 2;
    static final int PERSON_FIRST = 1 << 9;
    static final int PERSON_LAST = 1 << 10;
    static final int MAX_PHRASE = 4;
    /** First bit of the three set for words of the curated current-news list (source 2). */
    static final int CURATED = 11;
    /** Set on the first word of a listed multi-word name, so that only such words start a phrase look-up. */
    static final int PHRASE_FIRST = 1 << 14;
    static final int CURATED_ANY = 7 << CURATED;
    /** Upper bound (exclusive) of fine word classes: the packed value must fit the file's 16 bits. */
    static final int MAX_FINE = 1023;

    private final LongIntMap tokens;
    private final LongIntMap phrases;
    private final LongIntMap cues;
    private final LongIntMap curated;
    /** Folded words the training text uses often and never inside a name; see {@link #isCommonWord}. */
    private LongIntMap common;
    /** Word classes learnt from unlabelled news ({@link #addWordClass}): {@code coarse << 10 | fine}, both from 1. */
    private final LongIntMap classes;

    private NerLexicon(LongIntMap tokens, LongIntMap phrases, LongIntMap cues, LongIntMap curated, LongIntMap common,
            LongIntMap classes) {
        this.tokens = tokens;
        this.phrases = phrases;
        this.cues = cues;
        this.curated = curated;
        this.common = common;
        this.classes = classes;
    }

    /** An empty lexicon to fill with {@link #addName} and {@link #addCue} before training. */
    public static NerLexicon empty() {
        return new NerLexicon(new LongIntMap(1 << 16), new LongIntMap(1 << 16), new LongIntMap(256), new LongIntMap(1024),
                new LongIntMap(16), new LongIntMap(1 << 17));
    }

    /** Adds a name of {@code type} from {@code source} (0 curated gazetteer, 1 automatic, 2 current-news list). */
    public void addName(int source, int type, String name) {
        List<Token> words = ArabicTokenizer.tokenize(name);
        if (words.isEmpty() || words.size() > MAX_PHRASE) {
            return;
        }
        String[] folded = new String[words.size()];
        long key = 0;
        for (int i = 0; i < folded.length; i++) {
            folded[i] = ArabicNormalizer.fold(words.get(i).text());
            long h = Hashing.of(folded[i]);
            key = i == 0 ? h : Hashing.mix(key, h);
            tokens.or(h, 1 << (source < 2 ? source * 3 + type : CURATED + type));
        }
        if (source == 2) {
            curated.or(key, 1 << type);
        }
        if (folded.length == 1) {
            tokens.or(Hashing.of(folded[0]), 1 << (6 + type));
        } else {
            phrases.or(key, 1 << type);
            tokens.or(Hashing.of(folded[0]), PHRASE_FIRST);
        }
        if (type == PERSON && folded.length > 1) {
            tokens.or(Hashing.of(folded[0]), PERSON_FIRST);
            tokens.or(Hashing.of(folded[folded.length - 1]), PERSON_LAST);
        }
    }

    /**
     * Records the classes of a folded word in the clusterings learnt from unlabelled news (a fine one of up to
     * {@value #MAX_FINE} classes and a coarse one of up to 63), counted from 0, and how often the news writes it
     * with the article (a bucket, 0 when not measured; see the word-class file's model card).
     */
    public void addWordClass(String foldedWord, int fine, int coarse, int articleBucket) {
        if (fine < 0 || fine >= MAX_FINE || coarse < 0 || coarse >= 63 || articleBucket < 0 || articleBucket > 7) {
            throw new IllegalArgumentException("word class out of range: " + fine + "/" + coarse + "/" + articleBucket);
        }
        classes.put(Hashing.of(foldedWord), articleBucket << 16 | (coarse + 1) << 10 | (fine + 1));
    }

    /**
     * The packed classes of a folded word ({@code articleBucket << 16 | coarse << 10 | fine}, classes from 1), or 0
     * when unclustered.
     */
    int wordClass(long foldedHash) {
        return classes.get(foldedHash, 0);
    }

    /** The folded-word hashes of the words with learnt classes. */
    long[] classifiedWordHashes() {
        return classes.keys();
    }

    /** Number of words with learnt classes. */
    public int classifiedWords() {
        return classes.size();
    }

    /** Adds a cue word (a title, role or place/organisation head noun) announcing a name of {@code type}. */
    public void addCue(int type, String word) {
        cues.or(Hashing.of(ArabicNormalizer.fold(word)), 1 << type);
    }

    /** In the common-word map: a word the tagger itself treats as common ({@link #isCommonWord}). */
    static final int COMMON_FOR_TAGGER = 1;
    /** In the common-word map: a word common only by its word class ({@link #isCommonNewsWord}). */
    static final int COMMON_BY_CLASS = 2;

    /**
     * Replaces the common-word set (each training run sets its own): {@code foldedHashes} are common for the tagger
     * and the extract stage; {@code byClassHashes} only for the extract stage's rules ({@link #isCommonNewsWord}).
     */
    void setCommonWords(long[] foldedHashes, long[] byClassHashes) {
        LongIntMap map = new LongIntMap(Math.max(16, foldedHashes.length + byClassHashes.length));
        for (long h : foldedHashes) {
            map.put(h, COMMON_FOR_TAGGER);
        }
        for (long h : byClassHashes) {
            map.or(h, COMMON_BY_CLASS);
        }
        common = map;
    }

    /**
     * True for a word the training text uses often and never inside a name: alone, it is not a name, whatever its
     * neighbours suggest.
     */
    boolean isCommonWord(long foldedHash) {
        return (common.get(foldedHash, 0) & COMMON_FOR_TAGGER) != 0;
    }

    /**
     * {@link #isCommonWord}, or a word of a class (learnt from unlabelled news) whose words the training text almost
     * never uses inside names, itself never seen inside one: how a word the 2007 text never saw (إمارة، سموه) is
     * known for an ordinary word. Models written before this distinction know only the first kind.
     */
    boolean isCommonNewsWord(long foldedHash) {
        return common.get(foldedHash, 0) != 0;
    }

    /** Number of words known as common ({@link #isCommonWord}). */
    public int commonWordCount() {
        int n = 0;
        for (long h : common.keys()) {
            n += isCommonWord(h) ? 1 : 0;
        }
        return n;
    }

    /** Number of words known as common by their class only ({@link #isCommonNewsWord} but not {@link #isCommonWord}). */
    public int commonByClassCount() {
        return common.size() - commonWordCount();
    }

    int tokenFlags(long foldedHash) {
        return tokens.get(foldedHash, 0);
    }

    int phraseTypes(long phraseHash) {
        return phrases.get(phraseHash, 0);
    }

    /** Types of the whole curated current-news name hashed to {@code nameHash}, or 0. */
    int curatedTypes(long nameHash) {
        return curated.get(nameHash, 0);
    }

    int cueTypes(long foldedHash) {
        return cues.get(foldedHash, 0);
    }

    void write(DataOutputStream out) throws IOException {
        for (LongIntMap map : new LongIntMap[] {tokens, phrases, cues, curated, common, classes}) {
            long[] keys = map.keys();
            java.util.Arrays.sort(keys);
            out.writeInt(keys.length);
            for (long k : keys) {
                out.writeLong(k);
                if (map == classes) {
                    out.writeInt(map.get(k, 0));
                } else {
                    out.writeShort(map.get(k, 0));
                }
            }
        }
    }

    /** Reads what {@link #write} wrote; files of version 2 have no word classes. */
    static NerLexicon read(DataInputStream in, int version) throws IOException {
        LongIntMap[] maps = new LongIntMap[6];
        maps[5] = new LongIntMap(16);
        for (int m = 0; m < (version >= 3 ? 6 : 5); m++) {
            int n = in.readInt();
            maps[m] = new LongIntMap(n);
            for (int i = 0; i < n; i++) {
                long k = in.readLong();
                maps[m].put(k, m == 5 ? in.readInt() : in.readShort() & 0xFFFF);
            }
        }
        return new NerLexicon(maps[0], maps[1], maps[2], maps[3], maps[4], maps[5]);
    }
}
