package dev.marsad.extract;

import static dev.marsad.extract.ExtractTestSupport.quoteStarting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.model.Extraction;
import dev.marsad.model.Quote;
import org.junit.jupiter.api.Test;

/** Speakers found without a name between the verb and the quotation. */
class QuoteSpeakerTest {

    @Test
    void verbWithoutNameTakesTheSubjectOfItsSentence() {
        Extraction result = ExtractTestSupport.extract("""
                وقال المتحدث باسم الكرملين دميتري بيسكوف إن الزيارة ستستمر بضعة أيام أخرى.

                واستقبل الرئيس الروسي فلاديمير بوتين ضيفه عند مدخل القاعدة، وقال له: "أنا سعيد جدا برؤيتك"، قبل أن يجولا معا.""",
                "2023-09-13");
        assertThat(quoteStarting(result, "أنا سعيد جدا").speaker()).hasValue("فلاديمير بوتين");
    }

    @Test
    void definiteHeadNounStandsForTheOrganisationNamedBefore() {
        Extraction result = ExtractTestSupport.extract("""
                أعلنت وزارة الداخلية المغربية ارتفاع عدد ضحايا الزلزال في إقليم الحوز.

                وأفادت الوزارة في بيان بأن معظم الضحايا سقطوا في أقاليم الحوز وتارودانت وشيشاوة.""", "2023-09-10");
        Quote q = quoteStarting(result, "معظم الضحايا");
        assertThat(q.speaker()).hasValueSatisfying(s -> assertThat(s).contains("وزارة الداخلية"));
        assertThat(q.speakerKey()).isPresent();
    }

    @Test
    void headNounWithoutAnEarlierOrganisationLeavesTheSpeakerUnknown() {
        Extraction result = ExtractTestSupport.extract("""
                وقالت الهيئة إن الصاروخين أطلقا من منطقة قرب العاصمة صباح اليوم.""", "2023-09-10");
        assertThat(quoteStarting(result, "الصاروخين أطلقا").speaker()).isEmpty();
    }

    @Test
    void ministerAfterTheVerbIsNotHisMinistry() {
        Extraction result = ExtractTestSupport.extract("""
                وأصدرت وزارة الخارجية الأمريكية بيانا صباح اليوم.

                وقال وزير الخارجية إن بلاده لن تقبل بأي تصعيد جديد في المنطقة.""", "2023-09-10");
        assertThat(quoteStarting(result, "بلاده لن تقبل").speaker().orElse("")).doesNotContain("وزارة");
    }

    @Test
    void placeSpeaksOnlyAsTheSubjectRightAfterTheVerb() {
        Extraction result = ExtractTestSupport.extract("""
                وقال أحد سكان مراكش لهسبريس: "استيقظنا على اهتزاز قوي، وسمعنا أصوات انهيار في المدينة القديمة".

                وقالت موسكو إن العقوبات الجديدة لن تغير شيئا في موقفها من الأزمة.""", "2023-09-10");
        assertThat(quoteStarting(result, "استيقظنا على اهتزاز").speaker()).isEmpty();
        assertThat(quoteStarting(result, "العقوبات الجديدة").speaker()).hasValue("موسكو");
    }

    @Test
    void personNameLosesANationalityOrHeadNounTheModelPutBeforeIt() {
        Extraction result = ExtractTestSupport.extract("""
                وقال المتحدث باسم الهلال الأحمر الليبي توفيق الشكري إن "الوضع كارثي ويفوق قدرات الدولة".

                وقال الأمين العام للمنظمة بيتيري تالاس إنه "لو كانت هناك خدمة أرصاد تعمل بشكل طبيعي لأمكن إصدار تحذيرات".""",
                "2023-09-13");
        assertThat(result.entities()).noneSatisfy(e -> assertThat(e.text()).startsWith("الليبي"));
        assertThat(result.entities()).noneSatisfy(e -> assertThat(e.text()).startsWith("المنظمة"));
        assertThat(quoteStarting(result, "الوضع كارثي").speaker().orElse("")).startsWith("توفيق");
        assertThat(quoteStarting(result, "لو كانت هناك").speaker()).hasValue("بيتيري تالاس");
    }

    @Test
    void reportedAndDirectSpeechOfOneParagraphComeInTextOrder() {
        Extraction result = ExtractTestSupport.extract("""
                وقال رئيس الوزراء الياباني فوميو كيشيدا، يوم الجمعة، إن حكومته ستقدم حزمة دعم جديدة. وأضاف: «سنحمي الأسر من ارتفاع الأسعار». ونقلت وكالة كيودو عنه قوله إن الحزمة ستعرض على البرلمان.""",
                "2023-10-20");
        assertThat(result.quotes()).extracting(Quote::text).containsExactly(
                "حكومته ستقدم حزمة دعم جديدة.", "سنحمي الأسر من ارتفاع الأسعار", "الحزمة ستعرض على البرلمان.");
        assertThat(result.quotes()).allSatisfy(q -> assertThat(q.speaker()).hasValue("فوميو كيشيدا"));
    }

    @Test
    void quoteOpeningItsSentenceTakesTheSpeakerNamedAfterIt() {
        Extraction result = ExtractTestSupport.extract("""
                «سنواصل الضغط حتى النهاية»، قال المستشار الألماني أولاف شولتس في مؤتمر صحفي ببرلين.""", "2023-10-20");
        assertThat(quoteStarting(result, "سنواصل الضغط").speaker()).hasValue("أولاف شولتس");
    }

    @Test
    void sentenceWithTatweelIsStillRead() {
        Extraction result = ExtractTestSupport.extract("""
                وأعلنت وزارة الشؤون الإسلامية أن صلاة العيد تقام في 10 شـوال 1444 هـ في جميع المساجد.""", "2023-04-19");
        assertThat(result.quotes()).anySatisfy(q -> assertThat(q.text()).startsWith("صلاة العيد"));
    }

    @Test
    void organisationTheTaggerMissedIsTheWordsAfterTheVerbAndLaterItsHeadNoun() {
        Extraction result = ExtractTestSupport.extract("""
                قالت الهيئة العامة للأرصاد الجوية في بيان إن موجة الحر ستستمر حتى نهاية الأسبوع. وأضافت الهيئة أن درجات الحرارة قد تتجاوز 48 درجة.""",
                "2023-07-10");
        assertThat(quoteStarting(result, "موجة الحر").speaker()).hasValue("الهيئة العامة للأرصاد الجوية");
        assertThat(quoteStarting(result, "درجات الحرارة").speaker()).hasValue("الهيئة العامة للأرصاد الجوية");
    }

    @Test
    void namesGrowOverNationalityAndSurnameAndTheSurnameAloneResolves() {
        Extraction result = ExtractTestSupport.extractWithModel("""
                أعلنت وزارة الصحة الفلسطينية ارتفاع عدد الإصابات. وقال وزير الصحة أحمد الكيلة إن المستشفيات تعمل بكامل طاقتها. وأكد الكيلة أن الأدوية بدأت تنفد من المخازن.""",
                "2023-10-20");
        assertThat(result.entities()).anySatisfy(e -> assertThat(e.text()).isEqualTo("وزارة الصحة الفلسطينية"));
        assertThat(quoteStarting(result, "المستشفيات تعمل").speaker()).hasValue("أحمد الكيلة");
        assertThat(quoteStarting(result, "الأدوية بدأت").speaker()).hasValue("أحمد الكيلة");
    }

    @Test
    void adjectivesAloneAreNoPerson() {
        Extraction result = ExtractTestSupport.extractWithModel("""
                وزار الزعيم الكوري الشمالي مصنعا للطائرات في كومسومولسك، وهي مركز هندسي روسي رئيسي في الشرق الأقصى.""",
                "2023-09-15");
        assertThat(result.entities()).noneSatisfy(e -> assertThat(e.text()).isIn("روسي", "رئيسي", "روسي رئيسي"));
    }

    @Test
    void spellingsOfOneForeignNameShareTheFirstKeyInARunButGivenNamesDoNot() {
        ExtractionRun run = new ExtractionRun();
        Extraction first = ExtractTestSupport.WITH_MODEL.extract(ExtractTestSupport.article(
                "وقال الرئيس الروسي فلاديمير بوتين إن بلاده مستعدة للحوار. واستقبل الملك سلمان بن عبد العزيز الوفد.", "2023-09-13"), run);
        Extraction second = ExtractTestSupport.WITH_MODEL.extract(ExtractTestSupport.article(
                "وأكد فلاديمير بوتن أن المحادثات كانت مثمرة، وقال بوتن إن العلاقات ستتعزز. والتقى سليمان بن عبد العزيز بالوفد.", "2023-09-14"), run);
        String putin = keyOf(first, "فلاديمير بوتين");
        assertThat(keyOf(second, "فلاديمير بوتن")).isEqualTo(putin);
        assertThat(second.entities()).filteredOn(e -> e.text().equals("بوتن")).allSatisfy(e -> assertThat(e.key()).isEqualTo(putin));
        assertThat(second.entities()).filteredOn(e -> e.text().startsWith("سليمان"))
                .allSatisfy(e -> assertThat(e.key()).isNotEqualTo(keyOf(first, "سلمان بن عبد العزيز")));
    }

    private static String keyOf(Extraction result, String text) {
        return result.entities().stream().filter(e -> e.text().equals(text)).findFirst().orElseThrow().key();
    }

    @Test
    void unknownNameAfterATitleIsTheSpeakerButNotAnAddresseeOrAPlace() {
        Extraction result = ExtractTestSupport.extract("""
                وصرح الأمين العام للمنظمة البحرية الدولية أرسينيو دومينغيز بأن الممرات الملاحية آمنة الآن.

                وقال الوزير لوكالة رويترز إن المفاوضات مع الجانب الآخر ستستأنف قريبا.

                وقال الرئيس في كلمة متلفزة إن الحكومة ستدعم المزارعين المتضررين.""", "2023-10-20");
        assertThat(quoteStarting(result, "الممرات الملاحية").speaker()).hasValue("أرسينيو دومينغيز");
        assertThat(quoteStarting(result, "المفاوضات مع").speaker().orElse("")).doesNotContain("رويترز");
        assertThat(quoteStarting(result, "الحكومة ستدعم").speaker().orElse("")).doesNotContain("متلفزة");
    }

    @Test
    void anOutletAfterLamDrawnOutOrBeforeQuotationMarksIsTheAddressee() {
        Extraction result = ExtractTestSupport.extract("""
                وقال الوزير في تصريحات هاتفية لـ"رويترز" إن المفاوضات مع الجانب الآخر ستستأنف قريبا.

                وقال المتحدث في حديث لـ«الجزيرة» إن الحكومة ستدعم المزارعين المتضررين.""", "2023-10-20");
        assertThat(quoteStarting(result, "المفاوضات مع").speaker().orElse("")).doesNotContain("رويترز");
        assertThat(quoteStarting(result, "الحكومة ستدعم").speaker().orElse("")).doesNotContain("الجزيرة");
    }

    @Test
    void headNounThenABareNameIsAPersonNotAnOrganisation() {
        Extraction result = ExtractTestSupport.extractWithModel("""
                قالت المنظمة العالمية للأرصاد الجوية إن الإنذار المبكر كان سيقلل عدد الضحايا. وقال الأمين العام للمنظمة بيتيري تالاس إنه "لو كانت هناك خدمة أرصاد تعمل بشكل طبيعي لأمكن إصدار تحذيرات".""",
                "2023-09-14");
        assertThat(quoteStarting(result, "لو كانت هناك").speaker()).hasValue("بيتيري تالاس");
        assertThat(result.entities()).noneSatisfy(e -> assertThat(e.text()).contains("المنظمة بيتيري"));
    }
}
