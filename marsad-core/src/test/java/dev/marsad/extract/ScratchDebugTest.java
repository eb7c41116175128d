package dev.marsad.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Scratch: prints quotes and entities of the text in $SCRATCH (not committed). */
class ScratchDebugTest {
    @Test
    void print() throws Exception {
        String f = System.getenv("SCRATCH");
        if (f == null) {
            return;
        }
        for (String text : Files.readString(Path.of(f)).split("\n====\n")) {
            var a = ExtractTestSupport.article(text, "2018-06-01");
            System.out.println("#### " + text.substring(0, Math.min(60, text.length())));
            var ex = ExtractTestSupport.WITH_MODEL.extract(a, new ExtractionRun());
            ex.entities().forEach(e -> System.out.println("  E " + e));
            for (SpeakerChoice c : ExtractTestSupport.WITH_MODEL.speakerChoices(a, new ExtractionRun())) {
                System.out.println("  Q [" + c.rules().speaker().orElse("-") + "] " + (c.rules().direct() ? "D " : "R ")
                        + c.rules().text().substring(0, Math.min(50, c.rules().text().length())));
            }
        }
    }
}
