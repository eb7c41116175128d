package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.model.TimeMention;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TimeExtractorTest {
    private static final Optional<LocalDate> FRIDAY = Optional.of(LocalDate.of(2023, 9, 15));

    private static void check(String text, String expression, String value) {
        List<TimeMention> found = TimeExtractor.extract(text, FRIDAY);
        assertThat(found).as(text).anySatisfy(t -> {
            assertThat(t.text()).isEqualTo(expression);
            assertThat(t.value()).hasValue(value);
            assertThat(text.substring(t.start(), t.end())).isEqualTo(expression);
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "التقى الزعيمان يوم الأربعاء في القاعدة|يوم الأربعاء|2023-09-13",
        "زار المصنع اليوم الجمعة|اليوم الجمعة|2023-09-15",
        "وصل الوفد الجمعة الماضية|الجمعة الماضية|2023-09-08",
        "تعقد القمة الاثنين المقبل|الاثنين المقبل|2023-09-18",
        "وقال أمس إن الزيارة ستستمر|أمس|2023-09-14",
        "وقع الحادث أول أمس|أول أمس|2023-09-13",
        "يصل الوفد غدا إلى العاصمة|غدا|2023-09-16",
        "عقدت القمة الأولى في عام 2019|عام 2019|2019",
        "في يوليو الماضي زار الوزير|يوليو الماضي|2023-07",
        "زار الوزير البلاد في 3 سبتمبر|3 سبتمبر|2023-09-03",
        "التقى كيم جونغ ايل في يوليو 2000 بوتين|يوليو 2000|2000-07",
        "الشهر الماضي|الشهر الماضي|2023-08",
        "وفي 1 رمضان 1444 هـ|1 رمضان 1444 هـ|2023-03-23",
        "سيقام المعرض من 10 إلى 15 أكتوبر المقبل|من 10 إلى 15 أكتوبر|2023-10-10/2023-10-15",
        "أقيم بين 3 و5 مارس 2021 في جدة|بين 3 و5 مارس 2021|2021-03-03/2021-03-05",
        "ارتفعت الأسعار بين عامي 2019 و2021 بشدة|بين عامي 2019 و2021|2019/2021",
        "من عام 2010 إلى 2015 تضاعف العدد|من عام 2010 إلى 2015|2010/2015",
        "تعقد القمة في ربيع الأول 1446 في الرياض|ربيع الأول 1446|2024-09-04/2024-10-03",
        "زارها مطلع العام الجاري|العام الجاري|2023",
        "ارتفع التضخم هذا العام|هذا العام|2023",
        "في منتصف الشهر الحالي|الشهر الحالي|2023-09",
        "وصل الوفد أمس الخميس إلى جدة|أمس الخميس|2023-09-14",
        "تبدأ المحادثات غدا السبت في الدوحة|غدا السبت|2023-09-16",
        "تنطلق البطولة في 20 يناير المقبل|20 يناير المقبل|2024-01-20",
        "أغلق المعبر منذ 2 أيلول/ سبتمبر الجاري|2 أيلول/ سبتمبر الجاري|2023-09-02",
        "انتهت المهلة في 30 أكتوبر الماضي|30 أكتوبر الماضي|2022-10-30",
        "تراجعت الأسعار في يونيو بعد ارتفاعها|يونيو|2023-06",
        "يتوقع أن يتعافى النمو في 2024 بحسب التقرير|2024|2024",
        "يقام المهرجان من 25 نوفمبر إلى 3 ديسمبر في القاهرة|من 25 نوفمبر إلى 3 ديسمبر|2023-11-25/2023-12-03",
        "وسيلتقي الوزير نظيره الفرنسي يوم الثلاثاء في باريس|يوم الثلاثاء|2023-09-19",
        "وقال إن الوفد سوف يصل الأحد إلى الرياض|الأحد|2023-09-17",
        "اصطدمت سيارة بحافلة يوم الثلاثاء في القاهرة|يوم الثلاثاء|2023-09-12",
        "وقال الوزير سيرغي لافروف يوم الخميس إن المحادثات جيدة|يوم الخميس|2023-09-14",
        "تستمر العطلة من 28 ديسمبر إلى 4 يناير 2024 في المدارس|من 28 ديسمبر إلى 4 يناير 2024|2023-12-28/2024-01-04"})
    void resolvesExpressions(String text, String expression, String value) {
        check(text, expression, value);
    }

    @Test
    void keepsRelativeExpressionsUnresolvedWithoutPublicationDate() {
        List<TimeMention> found = TimeExtractor.extract("التقى الزعيمان يوم الأربعاء", Optional.empty());
        assertThat(found).singleElement().satisfies(t -> assertThat(t.value()).isEmpty());
    }

    @Test
    void emptyTextHasNoTimes() {
        assertThat(TimeExtractor.extract("", FRIDAY)).isEmpty();
    }

    @Test
    void rangeWithoutPublicationDateOrBackwardsHasNoValue() {
        assertThat(TimeExtractor.extract("من 10 إلى 15 أكتوبر", Optional.empty()))
                .anySatisfy(t -> assertThat(t.value()).isEmpty());
        assertThat(TimeExtractor.extract("بين عامي 2021 و2019", FRIDAY))
                .noneSatisfy(t -> assertThat(t.value()).hasValue("2021/2019"));
    }

    @Test
    void aBareNumberIsAYearOnlyAfterATimePreposition() {
        assertThat(TimeExtractor.extract("قتل 2024 شخصا في الزلزال", FRIDAY)).isEmpty();
        assertThat(TimeExtractor.extract("ارتفع المؤشر في 2023% من الحالات", FRIDAY)).isEmpty();
    }
}
