package dev.marsad.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class LoadedArticleTest {
    private static final ClusterConfig CONFIG = ClusterConfig.DEFAULT;

    @Test
    void loadedSimilarityIsBitForBitTheMergedOne() {
        Random random = new Random(7);
        LoadedArticle loaded = new LoadedArticle();
        StoryScorer scorer = new StoryScorer(CONFIG);
        for (int round = 0; round < 200; round++) {
            ArticleProfile article = profile(random);
            loaded.load(article);
            for (int member = 0; member < 20; member++) {
                ArticleProfile other = profile(random);
                assertThat(scorer.similarity(loaded, other)).isEqualTo(scorer.similarity(article, other));
                assertThat(other.body().dot(loadedBody(article)))
                        .isEqualTo(other.body().dot(article.body()));
            }
        }
    }

    @Test
    void aNewArticleLeavesNothingOfTheOneBefore() {
        LoadedArticle loaded = new LoadedArticle();
        ArticleProfile first = new ArticleProfile(vector(new int[] {3, 900}), vector(new int[] {5}), TermVector.EMPTY,
                Optional.empty());
        ArticleProfile second = new ArticleProfile(vector(new int[] {4}), vector(new int[] {6}), TermVector.EMPTY,
                Optional.empty());
        loaded.load(first);
        loaded.load(second);
        assertThat(loaded.body(first.body())).isZero();
        assertThat(loaded.lead(first.lead())).isZero();
        assertThat(loaded.body(second.body())).isEqualTo(second.body().dot(second.body()));
    }

    @Test
    void termsBeyondTheArticlesVocabularyCountNothing() {
        LoadedArticle loaded = new LoadedArticle().load(new ArticleProfile(vector(new int[] {1, 2}), TermVector.EMPTY,
                TermVector.EMPTY, Optional.empty()));
        TermVector member = vector(new int[] {2, 5000});
        assertThat(loaded.body(member)).isEqualTo(member.dot(vector(new int[] {1, 2}))).isPositive();
    }

    private static float[] loadedBody(ArticleProfile article) {
        return article.body().spread(new float[0]);
    }

    private static ArticleProfile profile(Random random) {
        return new ArticleProfile(randomVector(random, 150, 3000), randomVector(random, 30, 3000),
                random.nextInt(4) == 0 ? TermVector.EMPTY : randomVector(random, 8, 400), Optional.empty());
    }

    private static TermVector randomVector(Random random, int size, int vocabulary) {
        TreeSet<Integer> terms = new TreeSet<>();
        int n = 1 + random.nextInt(size);
        while (terms.size() < n) {
            terms.add(random.nextInt(vocabulary));
        }
        int[] t = terms.stream().mapToInt(Integer::intValue).toArray();
        double[] w = new double[t.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = random.nextDouble() * 10;
        }
        return TermVector.of(t, w, 120);
    }

    private static TermVector vector(int[] terms) {
        double[] w = new double[terms.length];
        java.util.Arrays.fill(w, 1);
        return TermVector.of(terms, w, 100);
    }
}
