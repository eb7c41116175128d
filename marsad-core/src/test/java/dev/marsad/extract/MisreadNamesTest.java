package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.model.EntityType;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Spans taken for names that are adjectives, common nouns, verbs, or no person. */
class MisreadNamesTest {
    private static final MisreadNames WITH_MODEL = new MisreadNames(Optional.of(
            RuleSpans.knowing(Set.of("رئيسي", "دائرة"), Set.of("مجدي"))));
    private static final MisreadNames WITHOUT_MODEL = new MisreadNames(Optional.empty());

    private static boolean misread(MisreadNames rules, String text, String surface, EntityType type) {
        return rules.misread(text, RuleSpans.span(text, surface, type), Words.of(text), new ExtractionRun());
    }

    @Test
    void adjectivesWithoutTheArticleAreNoPerson() {
        String text = "أقامت الشركة مركز هندسي روسي رئيسي في المدينة";
        assertThat(misread(WITH_MODEL, text, "روسي رئيسي", EntityType.PERSON)).isTrue();
        // Without a model's word lists nothing tells the adjective from a name ending in ي.
        assertThat(misread(WITHOUT_MODEL, text, "روسي رئيسي", EntityType.PERSON)).isFalse();
        // A word the name lists know as a first name shows the name (مجدي ends in ي too).
        String name = "وقال مجدي رئيسي إن";
        assertThat(misread(WITH_MODEL, name, "مجدي رئيسي", EntityType.PERSON)).isFalse();
    }

    @Test
    void aListedFirstNameOrAWordWithTheArticleKeepsThePerson() {
        String text = "وقال مجدي الرفاعي إن الوضع مستقر";
        assertThat(misread(WITH_MODEL, text, "مجدي الرفاعي", EntityType.PERSON)).isFalse();
    }

    @Test
    void aPlaceNameWrittenWithTheArticleIsTheCommonNoun() {
        String torrents = "جرفت السيول عشرات المنازل في المدينة";
        assertThat(misread(WITHOUT_MODEL, torrents, "السيول", EntityType.LOCATION)).isTrue();
        String seoul = "وصل الوفد إلى سيول مساء أمس";
        assertThat(misread(WITHOUT_MODEL, seoul, "سيول", EntityType.LOCATION)).isFalse();
        String iraq = "عاد الوفد إلى العراق مساء أمس";
        assertThat(misread(WITHOUT_MODEL, iraq, "العراق", EntityType.LOCATION)).isFalse();
    }

    @Test
    void aThreeLetterOrganisationOpeningAClauseBeforeANounWithTheArticleIsAVerb() {
        String opened = "فتح المتحف أبوابه أمام الزوار صباح اليوم";
        assertThat(misread(WITHOUT_MODEL, opened, "فتح", EntityType.ORGANIZATION)).isTrue();
        String and = "وفتح المعرض أبوابه أمام الزوار";
        assertThat(misread(WITHOUT_MODEL, and, "فتح", EntityType.ORGANIZATION)).isTrue();
        String movement = "قالت حركة فتح الفلسطينية في بيان";
        assertThat(misread(WITHOUT_MODEL, movement, "فتح", EntityType.ORGANIZATION)).isFalse();
    }

    @Test
    void aPersonOpeningWithAHeadNounOrATitleOrHoldingACommonWordIsNone() {
        String text = "وقال رئيس مفوضية الاتحاد الأفريقي";
        assertThat(WITHOUT_MODEL.notAPerson(text, RuleSpans.span(text, "مفوضية الاتحاد", EntityType.PERSON))).isTrue();
        String common = "وقال رئيس دائرة الطيران المدني";
        assertThat(WITH_MODEL.notAPerson(common, RuleSpans.span(common, "دائرة", EntityType.PERSON))).isTrue();
        assertThat(WITHOUT_MODEL.notAPerson(common, RuleSpans.span(common, "دائرة", EntityType.PERSON))).isFalse();
        String name = "وقال المتحدث دميتري بيسكوف";
        assertThat(WITH_MODEL.notAPerson(name, RuleSpans.span(name, "دميتري بيسكوف", EntityType.PERSON))).isFalse();
        assertThat(WITH_MODEL.hasCommonWord(List.of("دميتري", "بيسكوف"))).isFalse();
    }

    @Test
    void aSecondTitleJoinedByTheConjunctionIsNoPerson() {
        MisreadNames rules = new MisreadNames(Optional.of(RuleSpans.knowing(Set.of("عضو"), Set.of("وليد"))));
        String text = "وقال نائب رئيس النادي وعضو مجلس الإدارة سامي الخالد إن الموسم كان صعبا";
        assertThat(rules.notAPerson(text, RuleSpans.span(text, "وعضو مجلس", EntityType.PERSON))).isTrue();
        String complement = "وقال المدير العام لأمن المطار اللواء سامي الخالد إن الإجراءات تشمل الجميع";
        MisreadNames withSecurity = new MisreadNames(Optional.of(RuleSpans.knowing(Set.of("عضو", "أمن"), Set.of("وليد"))));
        assertThat(withSecurity.notAPerson(complement, RuleSpans.span(complement, "لأمن المطار", EntityType.PERSON))).isTrue();
        // A first name that opens with و is a name, whatever the rest of it means.
        String name = "وقال وليد الخالد إن الموسم كان صعبا";
        assertThat(rules.notAPerson(name, RuleSpans.span(name, "وليد الخالد", EntityType.PERSON))).isFalse();
    }
}
