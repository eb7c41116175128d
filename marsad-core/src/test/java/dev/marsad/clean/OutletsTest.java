package dev.marsad.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.model.CleanPage;
import dev.marsad.model.DocumentFormat;
import dev.marsad.model.SourceDocument;
import org.junit.jupiter.api.Test;

class OutletsTest {
    private static final String BODY = "الرباط: ضرب زلزال بقوة 6.8 درجات منطقة الحوز جنوب غرب مدينة مراكش في وقت متأخر من ليل الجمعة، "
            + "ما أسفر عن سقوط مئات القتلى والجرحى وفق حصيلة أولية لوزارة الداخلية.\n\n"
            + "وأفادت الوزارة في بيان بأن معظم الضحايا سقطوا في أقاليم الحوز وتارودانت وشيشاوة.";

    private static CleanPage clean(String source, String text) {
        return new PageCleaner(CleanConfig.DEFAULT).clean(new SourceDocument(source, text, DocumentFormat.PLAIN_TEXT));
    }

    @Test
    void aSiteNameLineUnderTheHeadlineIsTheOutletNotBoilerplate() {
        CleanPage page = clean("quake.txt", "زلزال قوي يضرب إقليم الحوز\n\nهسبريس\nالسبت 9 سبتمبر 2023\n\n" + BODY);
        assertThat(page.articles().get(0).metadata().outlet()).contains("هسبريس");
        assertThat(page.articles().get(0).text()).doesNotContain("هسبريس");
    }

    @Test
    void anOutletNamedAfterAnAgencyGivesBothAndAFullNameIsNotCutToItsLastWord() {
        CleanPage yonhap = clean("a.txt", "زلزال قوي يضرب إقليم الحوز\n\nوكالة يونهاب\n13/09/2023\n\n" + BODY);
        assertThat(yonhap.articles().get(0).metadata().outlet()).contains("وكالة يونهاب");
        CleanPage sputnik = clean("b.txt", "زلزال قوي يضرب إقليم الحوز\n\nسبوتنيك عربي\n13 سبتمبر 2023\n\n" + BODY);
        assertThat(sputnik.articles().get(0).metadata().outlet()).contains("سبوتنيك عربي");
    }

    @Test
    void everydayWordsThatAreAlsoMastheadsAreNotOutlets() {
        assertThat(Outlets.exactly("عاجل")).isEmpty();
        assertThat(Outlets.exactly("البيان")).isEmpty();
        assertThat(Outlets.exactly("صحيفة البيان")).contains("البيان");
        assertThat(Outlets.exactly("الجزيرة نت")).contains("الجزيرة نت");
        assertThat(Outlets.exactly("قال المتحدث باسم الجزيرة نت اليوم")).isEmpty();
    }

    @Test
    void theAddressNamesTheOutletWhenThePageDoesNot() {
        assertThat(Outlets.ofAddress("https://www.hespress.com/politique/123.html")).contains("هسبريس");
        assertThat(Outlets.ofAddress("https://www.bbc.com/arabic/world-66812345")).contains("بي بي سي عربي");
        assertThat(Outlets.ofAddress("https://www.bbc.com/news/world-66812345")).isEmpty();
        assertThat(Outlets.ofAddress("https://evil-hespress.com.example/")).isEmpty();
        assertThat(Outlets.ofAddress("/home/user/hespress.com/page.txt")).isEmpty();
        CleanPage page = clean("https://www.hespress.com/politique/123.html", "زلزال قوي يضرب إقليم الحوز\n\n" + BODY);
        assertThat(page.articles().get(0).metadata().outlet()).contains("هسبريس");
    }

    @Test
    void theOutletThePageNamesBeatsItsAddress() {
        CleanPage page = clean("https://www.hespress.com/a.html", "زلزال قوي يضرب إقليم الحوز\n\nالجزيرة نت\n\n" + BODY);
        assertThat(page.articles().get(0).metadata().outlet()).contains("الجزيرة نت");
    }
}
