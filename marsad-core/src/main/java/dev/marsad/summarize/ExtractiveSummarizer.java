package dev.marsad.summarize;

import dev.marsad.model.SummarySentence;
import dev.marsad.text.SentenceSplitter;
import dev.marsad.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Extractive multi-source summary by centrality and maximal marginal relevance. Thread-safe (stateless).
 *
 * <ul>
 *   <li>candidates are the sentences of every member ({@link SentenceSplitter}) with at least
 *       {@value #MIN_TERMS} matching terms;</li>
 *   <li>centrality is the cosine of a sentence's TF-IDF vector with the story centroid (Radev et al. 2004),
 *       plus a small lead bonus since news puts the event first;</li>
 *   <li>MMR (Carbonell and Goldstein 1998): each pick maximises λ·centrality − (1 − λ)·max similarity to the
 *       picked sentences, and a sentence with similarity above {@value #REDUNDANT} to a picked one (a wire
 *       copy's sentence, say) is never picked;</li>
 *   <li>the picks are returned in story order (article order, then position), each with its source.</li>
 * </ul>
 */
final class ExtractiveSummarizer {
    static final int MIN_TERMS = 4;
    static final double REDUNDANT = 0.6;
    private static final double LAMBDA = 0.7;

    private record Candidate(int article, int position, String text, Map<String, Double> vector, double centrality) {
    }

    List<SummarySentence> summarize(List<StoryMember> members, int maxSentences) {
        TermVectors vectors = new TermVectors();
        List<Object[]> raw = new ArrayList<>();
        for (int a = 0; a < members.size(); a++) {
            String text = members.get(a).article().article().text();
            List<Span> spans = SentenceSplitter.split(text);
            for (int p = 0; p < spans.size(); p++) {
                String sentence = spans.get(p).of(text);
                List<String> terms = vectors.count(sentence);
                if (terms.size() >= MIN_TERMS) {
                    raw.add(new Object[] {a, p, sentence, terms});
                }
            }
        }
        List<Map<String, Double>> all = new ArrayList<>();
        for (Object[] r : raw) {
            @SuppressWarnings("unchecked")
            List<String> terms = (List<String>) r[3];
            all.add(vectors.vector(terms));
        }
        Map<String, Double> centroid = TermVectors.centroid(all);
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            int position = (int) raw.get(i)[1];
            double lead = 0.1 / (1 + position);
            candidates.add(new Candidate((int) raw.get(i)[0], position, (String) raw.get(i)[2], all.get(i),
                    TermVectors.dot(all.get(i), centroid) + lead));
        }
        return pick(candidates, members, maxSentences);
    }

    private static List<SummarySentence> pick(List<Candidate> candidates, List<StoryMember> members, int max) {
        List<Candidate> picked = new ArrayList<>();
        List<Candidate> left = new ArrayList<>(candidates);
        while (picked.size() < max && !left.isEmpty()) {
            Candidate best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (Candidate c : left) {
                double redundancy = picked.stream().mapToDouble(p -> TermVectors.dot(p.vector, c.vector)).max().orElse(0);
                double score = redundancy > REDUNDANT ? Double.NEGATIVE_INFINITY
                        : LAMBDA * c.centrality - (1 - LAMBDA) * redundancy;
                if (score > bestScore) {
                    best = c;
                    bestScore = score;
                }
            }
            if (best == null) {
                break;
            }
            picked.add(best);
            left.remove(best);
        }
        picked.sort(Comparator.comparingInt(Candidate::article).thenComparingInt(Candidate::position));
        return picked.stream().map(c -> new SummarySentence(c.text, members.get(c.article).ref())).toList();
    }
}
