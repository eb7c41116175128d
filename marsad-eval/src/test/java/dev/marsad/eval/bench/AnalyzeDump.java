package dev.marsad.eval.bench;

import dev.marsad.eval.data.SemEvalPairs;
import dev.marsad.extract.ExtractionRun;
import dev.marsad.model.Analysis;
import dev.marsad.model.outcome.ReadOutcome;
import dev.marsad.pipeline.NewsPipeline;
import dev.marsad.pipeline.PipelineConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Not a test: a tool for performance work. Runs {@link NewsPipeline} over the bench texts and the SemEval Arabic
 * texts and writes every analysis (records' toString: every field) to the file named by the first argument, so
 * the output of a faster build can be compared byte for byte with that of the code before. Each text is
 * analysed once in a fresh run and once more in one run shared by all texts, to cover the run's memory too.
 * Usage: {@code java -cp marsad-eval/target/test-classes:marsad-eval/target/classes:marsad-eval/target/lib/*
 * dev.marsad.eval.bench.AnalyzeDump OUT}.
 */
public final class AnalyzeDump {
    private AnalyzeDump() {
    }

    public static void main(String[] args) throws IOException {
        List<String[]> texts = new ArrayList<>();
        for (BenchTexts.Text t : BenchTexts.load(Optional.empty())) {
            texts.add(new String[] {t.name(), t.text()});
        }
        Path semeval = dev.marsad.eval.ner.NerPaths.repoRoot().resolve("../shared/data/semeval2022-task8-sample").normalize();
        for (String file : new String[] {"training_set.csv", "testing_set.csv"}) {
            Path csv = semeval.resolve(file);
            if (Files.isRegularFile(csv)) {
                for (SemEvalPairs.Pair p : SemEvalPairs.arabic(csv)) {
                    texts.add(new String[] {file + ":" + p.id() + ":1", p.text1()});
                    texts.add(new String[] {file + ":" + p.id() + ":2", p.text2()});
                }
            }
        }
        NewsPipeline pipeline = NewsPipeline.standard(PipelineConfig.DEFAULT);
        ExtractionRun shared = pipeline.newRun();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8))) {
            for (String[] t : texts) {
                byte[] bytes = t[1].getBytes(StandardCharsets.UTF_8);
                for (int pass = 0; pass < 2; pass++) {
                    ReadOutcome outcome = pipeline.decode(t[0], bytes, Optional.of("text/plain; charset=utf-8"));
                    if (outcome instanceof ReadOutcome.Read read) {
                        Analysis a = pipeline.analyze(read.document(), pass == 0 ? pipeline.newRun() : shared);
                        out.println(pass + " " + a);
                    } else {
                        out.println(pass + " " + outcome);
                    }
                }
            }
            out.println("texts " + texts.size());
        }
    }
}
