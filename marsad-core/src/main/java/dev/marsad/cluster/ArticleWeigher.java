package dev.marsad.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Turns an article's term counts into what the clusterer compares and looks up: its TF-IDF profile (body, headline +
 * first paragraph, entity keys) and its index keys. Document frequencies are those of the background collection
 * plus those of the stream so far, counted in the {@link ClusterState} as articles are weighed. Not thread-safe: it
 * belongs to one clusterer.
 */
final class ArticleWeigher {
    private static final String ENTITY_PREFIX = "\u0000e:";
    /** Full person names of the first paragraph get term numbers of their own (the name rule counts them by story). */
    private static final String NAME_PREFIX = "\u0000n:";
    private final ClusterConfig config;
    private final ClusterState state;
    private final BackgroundFrequencies background;
    /** Whether profiles keep their specific terms: only the pair model reads them. */
    private final boolean keepRare;

    ArticleWeigher(ClusterConfig config, ClusterState state, BackgroundFrequencies background) {
        this(config, state, background, config.pairModel() != null);
    }

    ArticleWeigher(ClusterConfig config, ClusterState state, BackgroundFrequencies background, boolean keepRare) {
        this.config = config;
        this.state = state;
        this.background = background;
        this.keepRare = keepRare;
    }

    /**
     * An article weighted: its profile, its index keys, the terms of its whole text (the body rule weighs them with
     * {@link #rareTerms} only for an article no story took) and the full person names of its first paragraph (what the
     * name rule reads). Both stay out of the profile: only the arriving article needs them, and a story keeps its
     * members' profiles.
     */
    record Weighted(ArticleProfile profile, List<String> keys, Set<String> textTerms, RareTerms names, int pressCues) {
    }

    /** The article weighted; when {@code count}, its terms are first counted into the stream's frequencies. */
    Weighted weigh(ClusterInput input, boolean count) {
        Map<String, Integer> text = merged(input.title(), input.body());
        Map<String, Integer> lead = merged(input.title(), input.lead());
        if (count) {
            Set<String> terms = new HashSet<>(text.keySet());
            terms.addAll(lead.keySet());
            state.countDocument(terms);
        }
        // Each term's IDF looked up once: the headline's and lead's terms are weighed three or four times over.
        Map<String, Double> idfs = new HashMap<>(text.size() * 2);
        ToDoubleFunction<String> idf = term -> idfs.computeIfAbsent(term, this::idf);
        Map<String, Double> weights = weights(text, idf);
        ArticleProfile profile = new ArticleProfile(vector(weights), vector(weights(lead, idf)),
                entityVector(input.entities()), input.day().map(java.time.LocalDate::toEpochDay),
                // Only the pair model reads them: the hand-set mix neither keeps nor numbers them.
                keepRare ? rareTerms(text.keySet(), RareTerms.MIN_IDF, idf) : RareTerms.EMPTY,
                // Only the event rule reads the headline's specific terms.
                config.eventRule() != null ? rareTerms(lead.keySet(), config.eventRule().minIdf(), idf) : RareTerms.EMPTY,
                // Only the small-story rule reads the headline's own.
                config.eventRule() != null && config.smallStoryRule() != null
                        ? rareTerms(input.title().keySet(), config.eventRule().minIdf(), idf) : RareTerms.EMPTY,
                config.eventRule() != null && config.smallStoryRule() != null ? places(input.entities()) : RareTerms.EMPTY);
        return new Weighted(profile, indexKeys(input, weights), text.keySet(),
                config.nameRule() != null ? names(input.leadNames()) : RareTerms.EMPTY,
                // Only the body rule reads them.
                config.bodyRule() != null ? PressReview.cues(text) : 0);
    }

    private static Map<String, Integer> merged(Map<String, Integer> a, Map<String, Integer> b) {
        Map<String, Integer> out = new HashMap<>(b);
        a.forEach((t, c) -> out.merge(t, c, Integer::sum));
        return out;
    }

    /** TF-IDF weights (1 + ln tf)·idf, idf = ln((N + 1)/(df + 1)) + 1 over background and stream together. */
    private static Map<String, Double> weights(Map<String, Integer> counts, ToDoubleFunction<String> idf) {
        Map<String, Double> out = new HashMap<>(counts.size() * 2);
        counts.forEach((term, c) -> out.put(term, (1 + Math.log(c)) * idf.applyAsDouble(term)));
        return out;
    }

    /**
     * The terms of IDF at least {@code minIdf}, with their IDF. Called after {@link #weigh} and before the next article is
     * weighed, it gives what it would have given inside it (only weighing counts documents).
     */
    RareTerms rareTerms(Set<String> terms, double minIdf) {
        return rareTerms(terms, minIdf, this::idf);
    }

    private RareTerms rareTerms(Set<String> terms, double minIdf, ToDoubleFunction<String> idfOf) {
        int[] ids = new int[terms.size()];
        double[] idf = new double[terms.size()];
        int n = 0;
        for (String term : terms) {
            double value = idfOf.applyAsDouble(term);
            if (value >= minIdf) {
                ids[n] = state.termId(term);
                idf[n++] = value;
            }
        }
        return RareTerms.of(java.util.Arrays.copyOf(ids, n), java.util.Arrays.copyOf(idf, n), minIdf);
    }

    /** ln((N + 1)/(df + 1)) + 1 over background and stream together. */
    private double idf(String term) {
        double documents = background.documents() + state.documents() + 1.0;
        return Math.log(documents / (background.frequency(term) + state.documentFrequency(term) + 1.0)) + 1;
    }

    /**
     * The first paragraph's full person names as term numbers, each with the IDF of its rarest word or word pair (the
     * input gives both, {@link ClusterInput#leadNames}); only those of IDF at least the name rule's {@code minIdf} are
     * kept: a name whose every word and pair is common in the background (فلاديمير بوتين، حيدر العبادي، محمد بن سلمان)
     * belongs to a figure of the news, named in many stories. A pair's stream frequency is never counted: it is 0.
     */
    private RareTerms names(Map<String, Set<String>> names) {
        int[] ids = new int[names.size()];
        double[] rarest = new double[names.size()];
        int i = 0;
        for (Map.Entry<String, Set<String>> name : names.entrySet()) {
            ids[i] = state.termId(NAME_PREFIX + name.getKey());
            rarest[i++] = name.getValue().stream().mapToDouble(this::idf).max().orElse(0);
        }
        return RareTerms.of(ids, rarest, config.nameRule().minIdf());
    }

    private TermVector vector(Map<String, Double> weights) {
        int[] ids = new int[weights.size()];
        double[] w = new double[weights.size()];
        int i = 0;
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            ids[i] = state.termId(e.getKey());
            w[i++] = e.getValue();
        }
        return TermVector.of(ids, w, config.memberTerms());
    }

    /** The entity numbers (as in {@link #entityVector}) of the article's places. */
    private RareTerms places(Set<String> keys) {
        int[] ids = keys.stream().filter(k -> k.startsWith(PLACE_KEY)).mapToInt(k -> state.termId(ENTITY_PREFIX + k)).toArray();
        return RareTerms.of(ids, new double[ids.length], 0);
    }

    private static final String PLACE_KEY = "location:";

    private TermVector entityVector(Set<String> keys) {
        int[] ids = new int[keys.size()];
        double[] w = new double[keys.size()];
        int i = 0;
        for (String key : keys) {
            ids[i] = state.termId(ENTITY_PREFIX + key);
            w[i++] = 1;
        }
        return TermVector.of(ids, w, Integer.MAX_VALUE);
    }

    /** The article's strongest text terms, its title terms and its entity keys. */
    private List<String> indexKeys(ClusterInput input, Map<String, Double> weights) {
        List<Map.Entry<String, Double>> terms = new ArrayList<>(weights.entrySet());
        terms.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < Math.min(config.queryTerms(), terms.size()); i++) {
            keys.add(terms.get(i).getKey());
        }
        input.title().keySet().stream().sorted().filter(t -> !keys.contains(t)).forEach(keys::add);
        input.entities().stream().sorted().forEach(k -> keys.add(ENTITY_PREFIX + k));
        return keys;
    }
}
