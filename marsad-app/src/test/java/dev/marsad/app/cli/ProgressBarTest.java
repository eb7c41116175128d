package dev.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    @Test
    void drawsInPlaceAndKeepsMessagesOnTheirOwnLines() {
        StringWriter text = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(text), true);
        bar.expect(2);
        bar.step("أ.html");
        bar.println("marsad: ب.html: HTTP 404");
        bar.step("ب.html");
        bar.done();

        assertThat(text.toString()).contains("\r[###############               ] 1/2 أ.html")
                .contains("\rmarsad: ب.html: HTTP 404\n")
                .contains("] 2/2 ب.html").endsWith("\n");
    }

    @Test
    void disabledBarPrintsOnlyMessages() {
        StringWriter text = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(text), false);
        bar.expect(1);
        bar.step("a.html");
        bar.println("marsad: a.html: empty input");
        bar.done();
        assertThat(text.toString()).isEqualTo("marsad: a.html: empty input" + System.lineSeparator());
    }

    @Test
    void aResetBarCountsTheNextPollFromZero() {
        StringWriter text = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(text), true);
        bar.expect(8);
        for (int i = 0; i < 8; i++) {
            bar.step("a" + i);
        }
        bar.reset();
        text.getBuffer().setLength(0);
        bar.expect(8);
        bar.step("b0");
        assertThat(text.toString()).contains("] 1/8 b0").doesNotContain("9/16");
    }
}
