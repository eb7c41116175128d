package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.extract.ner.NameFinder.NameSpan;
import dev.marsad.model.EntityType;
import org.junit.jupiter.api.Test;

/** The reported name of a span and its folded form, which the clean-up rules match against the lists. */
class WordSpansTest {

    private static NameSpan whole(String text) {
        return new NameSpan(0, text.length(), EntityType.ORGANIZATION, 0.9);
    }

    @Test
    void theFoldedNameIsLexiconFoldOfTheReportedName() {
        for (String name : new String[] {"وكالة الأنباء", "فرانس  برس", "سكاي\nنيوز", "بي\u00a0بي سي", "Sky News", "إرنا",
            "\u0623\u0633\u0648\u0634\u064a\u062a\u062f \u0628\u0631\u0633"}) {
            assertThat(WordSpans.foldedName(name, whole(name))).as(name).isEqualTo(Lexicon.fold(name));
        }
    }

    @Test
    void aSpanAfterThePrepositionAndTheArticleIsReportedWithTheArticle() {
        String text = "وقال للبيت الأبيض إن";
        int start = text.indexOf("لبيت");
        NameSpan s = new NameSpan(start, text.indexOf(" إن"), EntityType.ORGANIZATION, 0.9);
        assertThat(WordSpans.reportedName(text, s)).isEqualTo("البيت الأبيض");
        assertThat(WordSpans.foldedName(text, s)).isEqualTo(Lexicon.fold("البيت الأبيض"));
    }
}
