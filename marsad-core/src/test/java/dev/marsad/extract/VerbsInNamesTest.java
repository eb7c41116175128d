package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.extract.ner.NameFinder.NameSpan;
import dev.marsad.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Verbs after their subject taken into a person's name, or for one (issue 13), on sentences written for it. */
class VerbsInNamesTest {

    private static NameSpan span(String text, String name) {
        int start = text.indexOf(name);
        return new NameSpan(start, start + name.length(), EntityType.PERSON, 0.9);
    }

    private static List<String> trimmed(String text, NameSpan s) {
        return VerbsInNames.trimmed(List.of(s), text, w -> w.equals("سيرغي") || w.equals("يحيى")).stream()
                .map(t -> text.substring(t.start(), t.end())).toList();
    }

    @Test
    void aFutureVerbAfterThePersonIsCutOff() {
        String text = "وأعلن المكتب أن ماريو دراغي سيزور القاهرة الأسبوع المقبل.";
        assertThat(trimmed(text, span(text, "ماريو دراغي سيزور"))).containsExactly("ماريو دراغي");
        String two = "وقالت الوزارة إن نوربرت هوفر ستعقد معه جلسة.";
        assertThat(trimmed(two, span(two, "نوربرت هوفر ستعقد"))).containsExactly("نوربرت هوفر");
    }

    @Test
    void anImperfectVerbAfterThePersonIsCutOff() {
        String text = "الرئيس إيمانويل ماكرون يزور الجزائر غدا.";
        assertThat(trimmed(text, span(text, "إيمانويل ماكرون يزور"))).containsExactly("إيمانويل ماكرون");
    }

    @Test
    void aFutureVerbAloneIsNoPerson() {
        String text = "وقال إن الوفد سيزور المدينة غدا.";
        assertThat(trimmed(text, span(text, "سيزور"))).isEmpty();
    }

    @Test
    void namesOfTheSameShapeStay() {
        String text = "والتقى الوزير سيرغي لافروف ويحيى السنوار.";
        assertThat(trimmed(text, span(text, "سيرغي لافروف"))).containsExactly("سيرغي لافروف");
        String imperfectAlone = "وقال يحيى إن الأمر انتهى.";
        assertThat(trimmed(imperfectAlone, span(imperfectAlone, "يحيى"))).containsExactly("يحيى");
        String unlisted = "وصل ستيفن سيغال إلى موسكو.";
        assertThat(trimmed(unlisted, span(unlisted, "ستيفن سيغال"))).containsExactly("ستيفن سيغال");
        NameSpan place = new NameSpan(0, 5, EntityType.LOCATION, 0.9);
        assertThat(VerbsInNames.trimmed(List.of(place), "سيزور", w -> false)).containsExactly(place);
    }

    @Test
    void throughTheExtractStageTheVerbIsNotPartOfTheName() {
        var result = ExtractTestSupport.extractWithModel(
                "وأكد الكرملين أن الرئيس الكوري كيم جونغ أون سيزور روسيا في الأيام المقبلة، وأن شي جينبينغ سيلتقي بوتين.",
                "2024-03-01");
        assertThat(result.entities()).extracting(e -> e.text()).noneMatch(t -> t.contains("سيزور") || t.contains("سيلتقي"));
    }

    @Test
    void anImperfectVerbWithWawIsCutAndTheRunRemembersTheNameWithoutIt() {
        assertThat(VerbsInNames.withoutTrailingVerbs("أليكسيس تسيبراس وتهدد", w -> false)).isEqualTo("أليكسيس تسيبراس");
        assertThat(VerbsInNames.withoutTrailingVerbs("سيزور", w -> false)).isEmpty();
        assertThat(VerbsInNames.withoutTrailingVerbs("سيرغي لافروف", w -> false)).isEqualTo("سيرغي لافروف");
        var result = ExtractTestSupport.extractWithModel("""
                تستعد اليونان لتبني تدابير جديدة قد تعمق الأزمة داخل حزب سيريزا اليساري الذي ينتمي إليه رئيس الوزراء تسيبراس وتهدد بإضعاف الغالبية التي تحظى بها حكومته.

                وقال تسيبراس بعد اجتماعه بمديري المصارف "إن الأولوية الآن هي ضمان الودائع".""", "2015-07-20");
        assertThat(result.entities()).extracting(e -> e.text()).noneMatch(t -> t.contains("وتهدد"));
        assertThat(ExtractTestSupport.quoteStarting(result, "إن الأولوية").speaker()).hasValue("تسيبراس");
    }

    @Test
    void ownerOfAfterANameOpensADescription() {
        var result = ExtractTestSupport.extractWithModel(
                "وذكر الطفل أحمد حسن ذو الاثني عشر عاما أنه بدأ العمل في السوق منذ عامين.", "2015-07-20");
        assertThat(result.entities()).extracting(e -> e.text()).noneMatch(t -> t.contains("ذو"));
        assertThat(ExtractTestSupport.quoteStarting(result, "بدأ العمل").speaker()).hasValue("أحمد حسن");
    }

    @Test
    void aTitleInTheAccusativeOpensNoName() {
        String text = "وعين المجلس خالد الحربي وزيرا للمالية، ثم انتخب رئيسا للجنة.";
        int start = text.indexOf("وزيرا للمالية");
        assertThat(MisreadNames.opensWithAccusativeTitle(text, new NameSpan(start, start + "وزيرا للمالية".length(),
                EntityType.PERSON, 0.9))).isTrue();
        int second = text.indexOf("رئيسا");
        assertThat(MisreadNames.opensWithAccusativeTitle(text, new NameSpan(second, second + 5, EntityType.PERSON, 0.9))).isTrue();
        int name = text.indexOf("خالد الحربي");
        assertThat(MisreadNames.opensWithAccusativeTitle(text, new NameSpan(name, name + 11, EntityType.PERSON, 0.9))).isFalse();
        String rida = "وقال رضا الحسيني إن الوفد وصل.";
        int r = rida.indexOf("رضا");
        assertThat(MisreadNames.opensWithAccusativeTitle(rida, new NameSpan(r, r + 11, EntityType.PERSON, 0.9))).isFalse();
    }

    private static boolean adjective(String text, String name, int from) {
        int start = text.indexOf(name, from);
        return MisreadNames.adjectiveAfterDefiniteNoun(text, new NameSpan(start, start + name.length(),
                EntityType.ORGANIZATION, 0.9), Words.of(text));
    }

    @Test
    void aNationalityAfterADefiniteNounIsItsAdjectiveNotAnOutlet() {
        String text = "يدرس الطلاب اللغة الفرنسية والثقافة الألمانية، وقال مراسل قناة الفرنسية إن المعرض يخدم للغة الألمانية.";
        assertThat(adjective(text, "الفرنسية", 0)).isTrue();
        assertThat(adjective(text, "الألمانية", 0)).isTrue();
        assertThat(adjective(text, "الفرنسية", text.indexOf("قناة"))).isFalse();
        assertThat(adjective(text, "الألمانية", text.indexOf("للغة"))).isTrue();
        String outlet = "وقال الوزير لـ\"الفرنسية\" إن الاتفاق قريب.";
        assertThat(adjective(outlet, "الفرنسية", 0)).isFalse();
    }
}
