package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.model.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeyTest {
    @ParameterizedTest
    @CsvSource({
        "PERSON,كيم جونج أون,كيم جونغ أون", "PERSON,جيك سوليفان,جايك ساليفان", "PERSON,سيرجي شويجو,سيرغي شويغو",
        "PERSON,ميخائيل ديجتياريف,ميخائيل ديغتياريف", "LOCATION,بيونغ يانغ,بيونجيانج", "LOCATION,بيونغ يانغ,بيونغيانغ",
        "LOCATION,بيونج يانج,بيونغ يانغ", "ORGANIZATION,الكرملين,كرملين", "PERSON,علی لاریجانی,علي لاريجاني",
        "PERSON,فولوديمير زيلينسكي,فولوديمير زيلنسكي", "LOCATION,واشنطن,واشنطون", "PERSON,دميتري بيسكوف,ديمتري بيسكوف"})
    void spellingVariantsShareAKey(EntityType type, String a, String b) {
        assertThat(NameKey.of(type, a)).isEqualTo(NameKey.of(type, b));
    }

    @ParameterizedTest
    @CsvSource({"كيم جونغ أون,كيم جونغ ايل", "جمال,كمال", "محمد,محمود", "فاطمة,فاطمي", "سليمان,سلمان", "سعيد,سعد"})
    void differentPeopleKeepDifferentKeys(String a, String b) {
        assertThat(NameKey.of(EntityType.PERSON, a)).isNotEqualTo(NameKey.of(EntityType.PERSON, b));
    }

    @Test
    void keyNamesTheTypeAndReadsAsATransliteration() {
        assertThat(NameKey.of(EntityType.PERSON, "كيم جونغ أون")).isEqualTo("person:kam-gang-an");
    }

    @Test
    void personWordsKeepTheirBoundaries() {
        assertThat(NameKey.of(EntityType.PERSON, "عبد الله")).isNotEqualTo(NameKey.of(EntityType.PERSON, "عبدالله"));
    }
}
