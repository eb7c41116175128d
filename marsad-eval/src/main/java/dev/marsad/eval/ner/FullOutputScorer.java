package dev.marsad.eval.ner;

import dev.marsad.extract.ArticleExtractor;
import dev.marsad.extract.ExtractConfig;
import dev.marsad.extract.ExtractionRun;
import dev.marsad.extract.ner.NameFinder;
import dev.marsad.extract.ner.NerModel;
import dev.marsad.extract.ner.TrainedNameFinder;
import dev.marsad.model.ArticleMetadata;
import dev.marsad.model.CleanArticle;
import dev.marsad.model.Entity;
import dev.marsad.model.Role;
import java.util.List;
import java.util.Optional;

/**
 * Scores what {@code analyze} reports as entities, not the tagger alone: the model's names, the rule finder's
 * list names, people the run has met, and the clean-up of spans (leading titles and clitics, adjectives taken for
 * names). Each document's sentences are joined into one article (tokens by spaces, sentences by line breaks),
 * run through {@link ArticleExtractor} with a run of its own, and each reported entity is mapped back to the
 * tokens it overlaps; a token already covered by an earlier entity is not retagged.
 */
final class FullOutputScorer {
    private FullOutputScorer() {
    }

    static EntityScorer score(NerModel model, List<List<NerData.Sentence>> documents) {
        return score(model, documents, Optional.empty());
    }

    /**
     * As {@link #score(NerModel, List)}; when {@code differences} is given, adds a line for each name where what
     * analyze reports and the tagger alone disagree on being right: {@code broke} (the tagger had the gold name,
     * analyze does not), {@code fixed} (the reverse), {@code added} (a wrong name the tagger did not have) and
     * {@code dropped} (a wrong name of the tagger's that analyze left out).
     */
    static EntityScorer score(NerModel model, List<List<NerData.Sentence>> documents, Optional<StringBuilder> differences) {
        return score(model, documents, differences, false);
    }

    /**
     * As {@link #score(NerModel, List, Optional)}; with {@code againstGold}, the lines compare what analyze reports
     * with the gold names instead of with the tagger alone: {@code broke} is a gold name analyze missed or cut,
     * {@code added} a name analyze reports that is not gold (for error analysis on the tuning data).
     */
    static EntityScorer score(NerModel model, List<List<NerData.Sentence>> documents, Optional<StringBuilder> differences,
            boolean againstGold) {
        ArticleExtractor extractor = new ArticleExtractor(ExtractConfig.DEFAULT,
                Optional.<NameFinder>of(new TrainedNameFinder(model)));
        EntityScorer scorer = new EntityScorer();
        for (List<NerData.Sentence> doc : documents) {
            StringBuilder text = new StringBuilder();
            int tokenCount = doc.stream().mapToInt(s -> s.tokens().length).sum();
            int[] starts = new int[tokenCount];
            int[] ends = new int[tokenCount];
            int k = 0;
            for (NerData.Sentence s : doc) {
                String[] tokens = s.tokens();
                for (int t = 0; t < tokens.length; t++) {
                    if (k > 0) {
                        text.append(t == 0 ? '\n' : ' ');
                    }
                    starts[k] = text.length();
                    text.append(tokens[t]);
                    ends[k] = text.length();
                    k++;
                }
            }
            CleanArticle article = new CleanArticle(Role.MAIN, ArticleMetadata.EMPTY, text.toString());
            List<Entity> entities = extractor.extract(article, new ExtractionRun()).entities();
            int[] predicted = tags(entities, starts, ends);
            List<int[]> tagger = differences.isPresent() && !againstGold
                    ? model.tagDocument(doc.stream().map(NerData.Sentence::tokens).toList()) : List.of();
            int at = 0;
            for (int i = 0; i < doc.size(); i++) {
                NerData.Sentence s = doc.get(i);
                int n = s.tokens().length;
                int[] mine = java.util.Arrays.copyOfRange(predicted, at, at + n);
                int[] gold = TrainNerCommand.gold(s);
                scorer.add(gold, mine);
                if (differences.isPresent()) {
                    differences.get().append(TrainNerCommand.differences(s.tokens(), gold, againstGold ? gold : tagger.get(i), mine));
                }
                at += n;
            }
        }
        return scorer;
    }

    /** IOB2 tag indexes (NerTags order) of the tokens each entity overlaps. */
    private static int[] tags(List<Entity> entities, int[] starts, int[] ends) {
        int[] tags = new int[starts.length];
        for (Entity e : entities) {
            int base = switch (e.type()) {
                case PERSON -> 1;
                case LOCATION -> 3;
                case ORGANIZATION -> 5;
            };
            int first = -1;
            int last = -1;
            for (int i = 0; i < starts.length; i++) {
                if (starts[i] < e.end() && ends[i] > e.start()) {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
            if (first < 0 || anyTagged(tags, first, last)) {
                continue;
            }
            tags[first] = base;
            for (int i = first + 1; i <= last; i++) {
                tags[i] = base + 1;
            }
        }
        return tags;
    }

    private static boolean anyTagged(int[] tags, int first, int last) {
        for (int i = first; i <= last; i++) {
            if (tags[i] != 0) {
                return true;
            }
        }
        return false;
    }
}
