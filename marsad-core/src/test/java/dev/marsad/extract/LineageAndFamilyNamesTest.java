package dev.marsad.extract;

import static dev.marsad.extract.ExtractTestSupport.quoteStarting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.model.Entity;
import dev.marsad.model.EntityType;
import dev.marsad.model.Extraction;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A speaker named by the article in full once, with a lineage (بن/ابن/بنت and fathers' names), a family (آل and its
 * name) or a foreign given name written with أل, then by a shorter form: the quote names him as the article names him
 * most fully (stop 41 survey); a title that is also a family's last word (الشيخ of آل الشيخ) stays the title of the
 * next man named. Sentences written for the test; the tagger's spans given by hand where only the naming rule is
 * tested.
 */
class LineageAndFamilyNamesTest {

    private static Entity person(String name, int start) {
        return new Entity(name, EntityType.PERSON, NameKey.of(EntityType.PERSON, name), start, start + name.length());
    }

    /** {@code name} as {@link CompoundSurnames#fullerOpening} names it in an article that also names {@code longer}. */
    private static String opening(String longer, String name) {
        return CompoundSurnames.fullerOpening(List.of(person(longer, 0), person(name, 40)), Entity::text, name);
    }

    @Test
    void aSurnameStandsForTheFullNameWithItsLineage() {
        List<Entity> entities = List.of(person("إبراهيم بن محمد الجار الله", 0), person("الجار الله", 40));
        assertThat(CompoundSurnames.fullerEnding(entities, Entity::text, w -> !w.startsWith("ال"), "الجار الله"))
                .isEqualTo("إبراهيم بن محمد الجار الله");
    }

    @Test
    void aLineageWordOpensOrEndsNoGivenNames() {
        List<Entity> entities = List.of(person("بن محمد الجار الله", 0), person("الجار الله", 40));
        assertThat(CompoundSurnames.fullerEnding(entities, Entity::text, w -> !w.startsWith("ال"), "الجار الله"))
                .isEqualTo("الجار الله");
    }

    @Test
    void aFamilyOrASurnameAfterALineageCompletesTheName() {
        assertThat(opening("محمد بن زايد آل نهيان", "محمد بن زايد")).isEqualTo("محمد بن زايد آل نهيان");
        assertThat(opening("زيد بن رعد الحسين", "زيد بن رعد")).isEqualTo("زيد بن رعد الحسين");
    }

    @Test
    void noNameGrowsOverATitleAPlaceOrALineBreak() {
        assertThat(opening("زيد بن رعد الوزير", "زيد بن رعد")).isEqualTo("زيد بن رعد");
        assertThat(opening("محمد بن زايد\n\nالتغييرات", "محمد بن زايد")).isEqualTo("محمد بن زايد");
        assertThat(opening("سالم المدني الحسين", "سالم المدني"))
                .as("a word with the article after a name without lineage is no surname").isEqualTo("سالم المدني");
    }

    @Test
    void quotesNameTheSpeakerAsTheArticleNamesHimMostFully() {
        Extraction r = ExtractTestSupport.extractWithModel("""
                أكد مدير إدارة معرض جدة للكتاب إبراهيم بن محمد الجار الله أن المعرض حقق أكثر من ألف فرصة عمل. وأوضح الجار الله أن المعرض يحظى بدعم كبير من الشركات.

                ونبه الشيخ عبد العزيز آل الشيخ، مفتي عام المملكة، من الشائعات. وأضاف آل الشيخ خلال خطبة الجمعة أن الشباب يحتاجون إلى التوجيه.

                واستقبل ولي عهد أبوظبي الشيخ محمد بن زايد آل نهيان، الرئيس المصري في القصر. وقال الشيخ محمد بن زايد إن المباحثات تناولت العلاقات الثنائية.""", "2026-12-05");
        assertThat(quoteStarting(r, "المعرض يحظى").speaker()).hasValue("إبراهيم بن محمد الجار الله");
        assertThat(quoteStarting(r, "الشباب يحتاجون").speaker()).hasValue("عبد العزيز آل الشيخ");
        assertThat(quoteStarting(r, "المباحثات تناولت").speaker()).hasValue("محمد بن زايد آل نهيان");
    }

    @Test
    void aGivenNameAndFamilyStandForTheNameWithItsLineage() {
        Extraction r = ExtractTestSupport.extractWithModel("""
                وأدان مفتي عام المملكة الشيخ عبدالعزيز بن عبدالله آل الشيخ حادثة التفجير في المسجد. وتابع الشيخ عبدالعزيز آل الشيخ يقول: واجب العلماء الكشف عن هذه الفئة الضالة.""", "2026-12-05");
        assertThat(quoteStarting(r, "واجب العلماء").speaker()).hasValue("عبدالعزيز بن عبدالله آل الشيخ");
    }

    @Test
    void aTimeAdverbAfterTheNameIsNoPartOfIt() {
        Extraction r = ExtractTestSupport.extractWithModel("""
                وقال وزير الخارجية الروسي سيرغي لافروف حينئذ إن موسكو ستتعاون إذا أرسلت بريطانيا طلبا رسميا.""", "2026-12-05");
        assertThat(quoteStarting(r, "موسكو ستتعاون").speaker()).hasValue("سيرغي لافروف");
        assertThat(SpeakerNameCleaner.withoutTrailingTime("فاسيلي نيبنزيا وقتذاك")).isEqualTo("فاسيلي نيبنزيا");
    }

    @Test
    void aGivenNameWrittenWithHamzaAndLamIsNoArticle() {
        Extraction r = ExtractTestSupport.extractWithModel("""
                اتهم ألبرت ديل روساريو وزير خارجية الفلبين، الصين بممارسة أنشطة مكثفة في المياه المتنازع عليها. من جهة أخرى، حث ديل روساريو الدول المجاورة على اثارة القضية وقال «الانشطة المكثفة قوضت السلام في المنطقة».""", "2026-12-05");
        assertThat(quoteStarting(r, "الانشطة المكثفة").speaker()).hasValue("ألبرت ديل روساريو");
    }

    @Test
    void anEastAsianFamilyNameWrittenFirstIsDroppedAsNewsDropsIt() {
        List<Entity> entities = List.of(person("مون جاي إن", 0), person("جاي إن", 40));
        assertThat(CompoundSurnames.fullerEnding(entities, Entity::text, w -> false, "جاي إن")).isEqualTo("مون جاي إن");
        // Not a longer word before the two, which is no such syllable: محمود عباس زكي is not عباس زكي's full name.
        List<Entity> others = List.of(person("محمود عباس زكي", 0), person("عباس زكي", 40));
        assertThat(CompoundSurnames.fullerEnding(others, Entity::text, w -> false, "عباس زكي")).isEqualTo("عباس زكي");
    }
}
