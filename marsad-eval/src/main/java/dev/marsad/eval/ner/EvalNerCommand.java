package dev.marsad.eval.ner;

import dev.marsad.extract.ner.NerModel;
import dev.marsad.extract.ner.TrainedNameFinder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code eval ner}: entity-level P/R/F1 of the committed model on the ANERcorp CAMeL test split and the AQMAR
 * test articles (PERS/LOC/ORG; MISC and AQMAR's MIS* count as O), plus the held-out tuning slice and the AQMAR
 * dev articles for reference; each for the tagger alone and, unless {@code --no-full}, for the entities
 * {@code analyze} reports ({@link FullOutputScorer}). Documents (articles; for ANERcorp, runs of 20 sentences) are tagged as the
 * run-time finder tags an article.
 */
@Command(name = "ner", mixinStandardHelpOptions = true, description = "Score the named-entity model (PERS/LOC/ORG).")
public final class EvalNerCommand implements Callable<Integer> {
    @Option(names = "--data", description = "data folder (default ../shared/data)")
    Optional<Path> data = Optional.empty();

    @Option(names = "--model", description = "model file (default: the committed one)")
    Optional<Path> modelFile = Optional.empty();

    @Option(names = "--full", negatable = true, description = "also score what analyze reports (default ${DEFAULT-VALUE})")
    boolean full = true;

    @Option(names = "--differences", description = "write where analyze and the tagger alone differ on the held-out slice "
            + "(needs --model from train ner --tune-only --out; never the test sets)")
    Optional<Path> differences = Optional.empty();

    @Option(names = "--analyze-errors", description = "write what analyze reports wrong on the held-out slice and the AQMAR dev "
            + "articles (broke: a gold name missed or cut; added: a reported name that is not gold) here; needs --model")
    Optional<Path> analyzeErrors = Optional.empty();

    @Option(names = "--names-dev-errors", description = "write the names-dev tune part's missed (-) and spurious (+) mentions here")
    Optional<Path> namesDevErrors = Optional.empty();

    @Option(names = "--names-dev-heldout", description = "also score the names-dev held-out part (odd ids; for the final report only, never for a choice)")
    boolean namesDevHeldOut;

    @Option(names = "--dev-only", description = "score only what choices may be made on (the held-out ANERcorp slice, the AQMAR "
            + "dev articles, the names-dev tune part): the test sets are not read, so a development run cannot see them")
    boolean devOnly;

    @Override
    public Integer call() throws IOException {
        Path dir = NerData.dataDir(data);
        if (!Files.isDirectory(dir.resolve("anercorp-camel-test")) || !Files.isDirectory(dir.resolve("aqmar"))) {
            System.out.println("eval ner: skipped, no ANERcorp/AQMAR data under " + dir);
            return 0;
        }
        if ((differences.isPresent() || analyzeErrors.isPresent()) && modelFile.isEmpty()) {
            System.out.println("eval ner: --differences and --analyze-errors need --model (a model trained without the held-out slice)");
            return 2;
        }
        NerModel model = load();
        if (!devOnly) {
            report(model, "ANERcorp CAMeL test split (" + dir.resolve("anercorp-camel-test") + ")",
                    NerData.blocks(NerData.conll(dir.resolve("anercorp-camel-test/ANERCorp_CamelLab_test.txt"))), Optional.empty());
            report(model, "AQMAR test articles (20)", NerData.aqmar(dir.resolve("aqmar"), "test"), Optional.empty());
        }
        Optional<StringBuilder> lines = differences.map(f -> new StringBuilder());
        report(model, "for reference, tuning data: ANERcorp-original lines " + NerData.TUNE_START_LINE + ".."
                + NerData.TRAIN_END_LINE + (modelFile.isPresent() ? " (held out from a train ner --tune-only --out model)" : " (seen in final training)"),
                NerData.blocks(NerData.anerOriginal(dir.resolve("anercorp-original/ANERCorp"), NerData.TUNE_START_LINE,
                        NerData.TRAIN_END_LINE)), lines);
        if (differences.isPresent()) {
            Files.writeString(differences.get(), lines.orElseThrow());
        }
        if (analyzeErrors.isPresent()) {
            StringBuilder errors = new StringBuilder("# held-out ANERcorp slice\n");
            FullOutputScorer.score(model, NerData.blocks(NerData.anerOriginal(dir.resolve("anercorp-original/ANERCorp"),
                    NerData.TUNE_START_LINE, NerData.TRAIN_END_LINE)), Optional.of(errors), true);
            errors.append("# AQMAR dev articles\n");
            FullOutputScorer.score(model, NerData.aqmar(dir.resolve("aqmar"), "dev"), Optional.of(errors), true);
            Files.writeString(analyzeErrors.get(), errors.toString());
        }
        report(model, "for reference, training data: AQMAR dev articles (8, seen in training)", NerData.aqmar(dir.resolve("aqmar"), "dev"),
                Optional.empty());
        Path namesDev = dir.resolve("names-dev");
        if (!Files.isRegularFile(namesDev.resolve("gold.jsonl"))) {
            System.out.println("names-dev: skipped, no " + namesDev);
            return 0;
        }
        Optional<StringBuilder> misses = namesDevErrors.map(f -> new StringBuilder());
        System.out.print(NamesDevScorer.score(model, NamesDevScorer.load(namesDev, 0),
                "names-dev tune part (even ids, 20 articles), mentions analyze reports", misses));
        if (namesDevErrors.isPresent()) {
            Files.writeString(namesDevErrors.get(), misses.orElseThrow());
        }
        if (namesDevHeldOut && !devOnly) {
            System.out.print(NamesDevScorer.score(model, NamesDevScorer.load(namesDev, 1),
                    "names-dev held-out part (odd ids, 20 articles), mentions analyze reports", Optional.empty()));
        }
        return 0;
    }

    private NerModel load() throws IOException {
        if (modelFile.isPresent()) {
            try (InputStream in = Files.newInputStream(modelFile.get())) {
                return NerModel.read(in);
            }
        }
        try (InputStream in = TrainedNameFinder.class.getResourceAsStream("ner-ar.bin.gz")) {
            if (in == null) {
                throw new IOException("no committed model; run ./marsad train ner");
            }
            return NerModel.read(in);
        }
    }

    /** Scores the tagger alone and, with --full or when {@code differences} is wanted, what analyze reports. */
    private void report(NerModel model, String title, List<List<NerData.Sentence>> documents, Optional<StringBuilder> differences) {
        System.out.print(TrainNerCommand.scorer(model, documents).report(title + "\n  tagger alone"));
        if (full || differences.isPresent()) {
            System.out.print(FullOutputScorer.score(model, documents, differences)
                    .report("  what analyze reports (tagger, rules, run, span clean-up)"));
        }
    }

}
