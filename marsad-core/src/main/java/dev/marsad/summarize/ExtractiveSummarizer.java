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

    /** A sentence of a member with enough matching terms, before the story's IDF is known. */
    private record Sentence(int article, int position, String text, List<String> terms) {
    }

    List<SummarySentence> summarize(List<StoryMember> members, int maxSentences) {
        TermVectors vectors = new TermVectors();
        List<Sentence> sentences = new ArrayList<>();
        for (int a = 0; a < members.size(); a++) {
            String text = members.get(a).article().article().text();
            List<Span> spans = SentenceSplitter.split(text);
            for (int p = 0; p < spans.size(); p++) {
                String sentence = spans.get(p).of(text);
                List<String> terms = vectors.count(sentence);
                if (terms.size() >= MIN_TERMS) {
                    sentences.add(new Sentence(a, p, sentence, terms));
                }
            }
        }
        // Weighed once every sentence is counted: the IDF is the whole story's.
        List<Map<String, Double>> all = new ArrayList<>();
        for (Sentence sentence : sentences) {
            all.add(vectors.vector(sentence.terms()));
        }
        Map<String, Double> centroid = TermVectors.centroid(all);
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            double lead = 0.1 / (1 + sentence.position());
            candidates.add(new Candidate(sentence.article(), sentence.position(), sentence.text(), all.get(i),
                    TermVectors.dot(all.get(i), centroid) + lead));
        }
        return pick(candidates, members, maxSentences);
    }

    private static List<SummarySentence> pick(List<Candidate> candidates, List<StoryMember> members, int max) {
        List<Candidate> picked = new ArrayList<>();
        List<Candidate> left = new ArrayList<>(candidates);
        // Each candidate's highest similarity to the picks so far, brought up to date with each new pick only (a
        // story closing with hundreds of members has thousands of candidate sentences).
        double[] redundancy = new double[left.size()];
        while (picked.size() < max && !left.isEmpty()) {
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < left.size(); i++) {
                double score = redundancy[i] > REDUNDANT ? Double.NEGATIVE_INFINITY
                        : LAMBDA * left.get(i).centrality - (1 - LAMBDA) * redundancy[i];
                if (score > bestScore) {
                    best = i;
                    bestScore = score;
                }
            }
            if (best < 0) {
                break;
            }
            Candidate chosen = left.remove(best);
            System.arraycopy(redundancy, best + 1, redundancy, best, left.size() - best);
            picked.add(chosen);
            for (int i = 0; i < left.size(); i++) {
                redundancy[i] = Math.max(redundancy[i], TermVectors.dot(chosen.vector, left.get(i).vector));
            }
        }
        picked.sort(Comparator.comparingInt(Candidate::article).thenComparingInt(Candidate::position));
        return picked.stream().map(c -> new SummarySentence(c.text, members.get(c.article).ref())).toList();
    }
}
