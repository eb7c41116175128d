package dev.marsad.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.extract.ner.NameFinder.NameSpan;
import dev.marsad.model.EntityType;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The committed model on sentences from ../shared/samples (real scraped news). */
class TrainedNameFinderTest {
    private static final String KIM = "أفادت تقارير أن الزعيم الكوري الشمالي كيم جونغ أون بدأ رحلته إلى فلاديفوستوك"
            + " لعقد قمة مع الرئيس الروسي فلاديمير بوتين.";
    private static final String SEOUL = "قال وزير خارجية كوريا الجنوبية بارك جين اليوم الجمعة إن سيول تدرس فرض المزيد"
            + " من العقوبات على موسكو وبيونغ يانغ إذا أبرمتا صفقة أسلحة.";
    private static final String KREMLIN = "وأكد الكرملين أن كيم سيزور روسيا “في الأيام المقبلة”.";
    private static final String WHITE_HOUSE = "وذكر بيان للبيت الأبيض أنهما أشارا إلى أن أي صادرات أسلحة من كوريا"
            + " الشمالية إلى روسيا \"ستنتهك بشكل مباشر العديد من قرارات مجلس الأمن الدولي\".";

    private static final NameFinder FINDER = TrainedNameFinder.loadDefault().orElseThrow();

    @Test
    void modelResourceIsBundled() {
        assertThat(TrainedNameFinder.class.getResource(TrainedNameFinder.MODEL)).isNotNull();
        assertThat(TrainedNameFinder.loadDefault()).isPresent();
    }

    @Test
    void findsNorthKoreanLeaderAsPerson() {
        assertThat(names(KIM, EntityType.PERSON)).contains("كيم جونغ أون", "فلاديمير بوتين");
    }

    @Test
    void findsCapitalsAsLocations() {
        assertThat(names(SEOUL, EntityType.LOCATION)).contains("سيول", "موسكو");
    }

    @Test
    void findsKremlinAsOrganizationWithoutTheConjunction() {
        assertThat(names(KREMLIN, EntityType.ORGANIZATION)).containsExactly("الكرملين");
    }

    @Test
    void aSurnameOpeningWithFaBeforeAlKeepsItsFaWhereTheTextNamesThePersonInFull() {
        // فالون in مايكل فالون: a later فالون is not ف + الون (survey, stop 32).
        String text = "قال وزير الدفاع البريطاني مايكل فالون إن بلاده ستمدد حملتها. وقال فالون في تصريح أمس إن الطائرات ستبقى.";
        assertThat(names(text, EntityType.PERSON)).contains("مايكل فالون").doesNotContain("الون");
    }

    @Test
    void assimilatedArticleSpanStartsAfterTheFirstLam() {
        assertThat(names(WHITE_HOUSE, EntityType.ORGANIZATION)).contains("لبيت الأبيض");
    }

    @Test
    void bareParticleIsKeptWhenItBelongsToTheName() {
        assertThat(names("وصل الوفد إلى واشنطن أمس.", EntityType.LOCATION)).containsExactly("واشنطن");
    }

    @Test
    void emptyTextHasNoNames() {
        assertThat(FINDER.find("")).isEmpty();
    }

    @Property(tries = 200)
    void spansAreOrderedInBoundsAndNonOverlapping(@ForAll String text) {
        List<NameSpan> spans = FINDER.find(text);
        int previousEnd = 0;
        for (NameSpan s : spans) {
            assertThat(s.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(s.end()).isGreaterThan(s.start()).isLessThanOrEqualTo(text.length());
            assertThat(s.score()).isBetween(0.0, 1.0);
            previousEnd = s.end();
        }
    }

    private static List<String> names(String text, EntityType type) {
        return FINDER.find(text).stream().filter(s -> s.type() == type).map(s -> text.substring(s.start(), s.end())).toList();
    }
}
