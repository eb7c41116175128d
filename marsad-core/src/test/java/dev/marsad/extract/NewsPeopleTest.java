package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.extract.ner.NameFinder.NameSpan;
import dev.marsad.model.Entity;
import dev.marsad.model.EntityType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The people the unlabelled news names again and again, found in an article on sentences written for this test. */
class NewsPeopleTest {
    private static final NewsPeople LIST = NewsPeople.of(List.of(
            "# a list as train people writes it",
            "جينا هاسبل\t40\t52\t3",
            "مايك بومبيو\t120\t130\t4",
            "محمد بن سلمان\t300\t420\t5",
            "محمد بن سلمان بن عبد العزيز\t60\t60\t3",
            "هاسبل\t9\t9\t2"));

    private static List<String> found(String text) {
        return LIST.find(Words.of(text)).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void aListedNameIsFoundWithItsFirstWordsProcliticLeftOut() {
        assertThat(found("التقى ترامب ومايك بومبيو وزير الخارجية في البيت الأبيض."))
                .containsExactly("مايك بومبيو");
        assertThat(LIST.find(Words.of("وقالت جينا هاسبل إن الوكالة تتغير."))).extracting(NameSpan::type)
                .containsExactly(EntityType.PERSON);
    }

    @Test
    void theLongestListedNameWins() {
        assertThat(found("استقبل ولي العهد الأمير محمد بن سلمان بن عبد العزيز الوفد، ثم غادر محمد بن سلمان القاعة."))
                .containsExactly("محمد بن سلمان بن عبد العزيز", "محمد بن سلمان");
    }

    @Test
    void punctuationInsideTheWordsIsNoListedName() {
        assertThat(found("تحدث مايك، بومبيو آخر، عن جينا.")).isEmpty();
    }

    @Test
    void aOneWordLineIsNeverListed() {
        assertThat(found("قالت هاسبل إن الوكالة تتغير.")).isEmpty();
    }

    @Test
    void aListedNameIsRememberedSoThatTheSurnameAloneIsThePerson() {
        EntityExtractor entities = new EntityExtractor(Optional.empty(), LIST);
        String text = "رشح الرئيس الأمريكي جينا هاسبل لإدارة الوكالة. وقالت هاسبل أمام اللجنة إنها لن تعيد برنامج الاستجواب.";
        ExtractionRun run = new ExtractionRun();
        run.beginArticle();
        List<Entity> found = entities.extract(text, Words.of(text), run);
        assertThat(found).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::text)
                .containsExactly("جينا هاسبل", "هاسبل");
        assertThat(found).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::key).containsOnly(found.get(0).key());
    }

    @Test
    void extractionWithoutTheListFindsNoListedPerson() {
        String text = "وقالت جينا هاسبل إن الوكالة تتغير.";
        assertThat(NewsPeople.none().find(Words.of(text))).isEmpty();
    }

    @Test
    void theShippedListHoldsOnlyNamesOfTwoWordsOrMore() {
        NewsPeople shipped = NewsPeople.shipped();
        assertThat(shipped.size()).isGreaterThan(1000);
        String text = "وقال مايك بومبيو إن بلاده لن تتراجع، وأكد بومبيو ذلك.";
        assertThat(shipped.find(Words.of(text))).extracting(s -> text.substring(s.start(), s.end())).containsExactly("مايك بومبيو");
    }
}
