package dev.marsad.eval.floors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FloorTest {
    private static final String OUTPUT = """
            ANERcorp CAMeL test split (x)
              what analyze reports
              overall     74.29    68.07    71.05   2042   1871
            AQMAR test articles (20)
              what analyze reports
              overall     54.63    55.27    54.95   2412   2440
            """;

    private static Floor floor(String line) {
        return Floor.parse(List.of(line), "test").get(0);
    }

    @Test
    void sectionsTellApartTheSameLinePrintedForTwoDataSets() {
        Floor aqmar = floor("ner.aqmar\tner\t^AQMAR >> what analyze\t^\\s+overall\\s+\\S+\\s+\\S+\\s+(\\S+)\t>=\t54.95\t0.3");
        Floor aner = floor("ner.aner\tner\t^ANERcorp\t^\\s+overall\\s+\\S+\\s+\\S+\\s+(\\S+)\t>=\t71.05\t0.3");

        assertThat(Verdict.judge(aqmar, OUTPUT).value()).contains(54.95);
        assertThat(Verdict.judge(aner, OUTPUT).value()).contains(71.05);
    }

    @Test
    void aFigureBelowItsFloorBeyondTheToleranceFails() {
        Floor high = floor("f\tner\t^AQMAR\toverall\\s+\\S+\\s+\\S+\\s+(\\S+)\t>=\t55.30\t0.3");
        Floor withinTolerance = floor("f\tner\t^AQMAR\toverall\\s+\\S+\\s+\\S+\\s+(\\S+)\t>=\t55.20\t0.3");

        assertThat(Verdict.judge(high, OUTPUT).status()).isEqualTo(Verdict.Status.FELL);
        assertThat(Verdict.judge(withinTolerance, OUTPUT).status()).isEqualTo(Verdict.Status.HELD);
    }

    @Test
    void aCountOfErrorsMustNotRise() {
        Floor merges = floor("keys.false\tkeys\t-\tfalse merges (\\d+)\t<=\t2000\t20");

        assertThat(Verdict.judge(merges, "x false merges 2020").status()).isEqualTo(Verdict.Status.HELD);
        assertThat(Verdict.judge(merges, "x false merges 2021").status()).isEqualTo(Verdict.Status.FELL);
    }

    @Test
    void aFigureNotPrintedFailsUnlessTheEvaluationSaidItSkipped() {
        Floor f = floor("f\tstories\t-\tF1=([0-9.]+)\t>=\t0.9\t0");

        assertThat(Verdict.judge(f, "stories: nothing printed").status()).isEqualTo(Verdict.Status.MISSING);
        assertThat(Verdict.judge(f, "stories: skipped, story-days not found").status()).isEqualTo(Verdict.Status.SKIPPED);
        assertThat(Verdict.Status.MISSING.fails()).isTrue();
        assertThat(Verdict.Status.SKIPPED.fails()).isFalse();
    }

    @Test
    void aMalformedLineNamesTheFileAndLine() {
        assertThatThrownBy(() -> Floor.parse(List.of("# comment", "a\tb\tc"), "floors.tsv"))
                .hasMessageStartingWith("floors.tsv:2: expected 7 tab-separated columns");
        assertThatThrownBy(() -> Floor.parse(List.of("a\tb\t-\tno group\t>=\t1\t0"), "floors.tsv"))
                .hasMessageContaining("no group");
        assertThatThrownBy(() -> Floor.parse(List.of("a\tb\t-\t(x)\t=>\t1\t0"), "floors.tsv"))
                .hasMessageContaining("direction");
    }

    @Test
    void theShippedFloorsFileParsesAndNamesEachFigureOnce() throws IOException {
        try (InputStream in = EvalFloorsCommand.class.getResourceAsStream(EvalFloorsCommand.DEFAULT_FLOORS)) {
            List<Floor> floors = Floor.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList(),
                    "floors.tsv");
            assertThat(floors).hasSizeGreaterThan(20);
            assertThat(floors).extracting(Floor::figure).doesNotHaveDuplicates();
        }
    }
}
