package dev.marsad.extract;

import static dev.marsad.extract.ExtractTestSupport.quoteStarting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.model.Extraction;
import dev.marsad.model.Quote;
import org.junit.jupiter.api.Test;

/**
 * Quotation forms and speaker name forms of the round of branch q17-7 (issue 17), read off the tuning sets' misses:
 * a colon after a speech verb without marks, a cited source closed by فإن or by its name in marks, a participle, and
 * a speaker's name cleaned of a place before it or a prepositional object after it, or completed from a fuller name
 * ending with it. Sentences written for the test; run with the committed name-finder model, as analyze runs.
 */
class ColonAndCitedFormsTest {

    private static Extraction extract(String text) {
        return ExtractTestSupport.extractWithModel(text, "2018-06-01");
    }

    @Test
    void aColonAfterASpeechVerbOpensReportedWordsWithoutMarks() {
        Extraction r = extract("""
                قال الطبيب خالد العمري إن الحرارة داخل السيارة ترتفع بسرعة كبيرة. وأضاف: فعلى سبيل المثال، تصل الحرارة إلى ستين درجة خلال ربع ساعة.""");
        Quote q = quoteStarting(r, "فعلى سبيل المثال");
        assertThat(q.direct()).isFalse();
        assertThat(q.speaker()).hasValue("خالد العمري");
    }

    @Test
    void aColonClauseNeedsWordsAndLeavesQuotationMarksToTheDirectQuote() {
        // Words in marks after the colon stay one direct quote, not a reported clause holding it.
        Extraction marked = extract("قال وزير النقل فهد العلي: «الخطة الجديدة جاهزة للتنفيذ منذ اليوم».");
        assertThat(marked.quotes()).hasSize(1);
        assertThat(marked.quotes().get(0).direct()).isTrue();
        // Two words after the colon are no statement.
        assertThat(extract("وقال المدرب سامي الجابر: شكرا للجميع.").quotes()).isEmpty();
        // A colon with no speech verb before it reports nothing.
        assertThat(extract("وتضم القائمة ثلاثة أسماء: محمد العلي وسالم الدوسري وفهد الحربي.").quotes()).isEmpty();
    }

    @Test
    void aCitedSourceEndsAtFainnaWithoutAComma() {
        Extraction r = extract("وبحسب الوزارة فإن الإجراء الجديد يشمل آلاف الموظفين في القطاع العام، ويبدأ تطبيقه الشهر المقبل.");
        assertThat(r.quotes()).hasSize(1);
        Quote q = r.quotes().get(0);
        assertThat(q.text()).startsWith("الإجراء الجديد يشمل");
        assertThat(q.speaker()).hasValue("الوزارة");
    }

    @Test
    void aCitedSourceNamedInMarksEndsAtItsClosingMark() {
        Extraction r = extract("""
                ووفقا لـ "رويترز" تراجعت صادرات الحديد من الهند بنسبة خمسة في المائة، مقارنة بالشهر نفسه من العام الماضي.""");
        assertThat(r.quotes()).hasSize(1);
        assertThat(r.quotes().get(0).text()).startsWith("تراجعت صادرات الحديد");
        assertThat(r.quotes().get(0).speaker()).hasValue("رويترز");
    }

    @Test
    void mufidanIsAParticipleOfSpeech() {
        Extraction r = extract("""
                أكد وزير الخارجية سامي العلي أن المحادثات كانت مثمرة للغاية، مفيدا أن بلاده مستعدة لاستئناف الحوار في أي وقت.""");
        assertThat(quoteStarting(r, "بلاده مستعدة").speaker()).hasValue("سامي العلي");
    }

    @Test
    void aPlaceBeforeAPersonsNameIsNoPartOfIt() {
        assertThat(SpeakerNameParts.withoutLeadingPlace("ليبيا برناردينو ليون")).isEqualTo("برناردينو ليون");
        // Two words: the place may be all that is left of a name, so it stays; a name not opening with a place stays.
        assertThat(SpeakerNameParts.withoutLeadingPlace("مصر حسن")).isEqualTo("مصر حسن");
        assertThat(SpeakerNameParts.withoutLeadingPlace("برناردينو ليون")).isEqualTo("برناردينو ليون");
    }

    @Test
    void aPrepositionalObjectAfterANameIsNoPartOfIt() {
        assertThat(SpeakerNameParts.withoutLeadingPlace("سامي بزملائه")).isEqualTo("سامي");
        assertThat(SpeakerNameParts.withoutLeadingPlace("منى لجمهورها")).isEqualTo("منى");
        // A foreign surname opening with ل/ب and a bare alef is no prepositional object; Arabic nouns so written are.
        assertThat(SpeakerNameParts.withoutLeadingPlace("ينس لايركه")).isEqualTo("ينس لايركه");
        // A transliterated legal form is no part of the company's name as quoted; Arabic name words stay.
        assertThat(SpeakerNameParts.withoutLegalForm("راجيش إكسبورت ليمتد")).isEqualTo("راجيش إكسبورت");
        assertThat(SpeakerNameParts.withoutLegalForm("أبل إنك")).isEqualTo("أبل");
        assertThat(SpeakerNameParts.withoutLegalForm("شركة المملكة القابضة")).isEqualTo("شركة المملكة القابضة");
        // ب/ل on a body's head noun is a preposition, not the name's (مدير المستشفيات بوزارة الصحة).
        assertThat(SpeakerNameParts.withoutProclitic("بوزارة الصحة")).isEqualTo("وزارة الصحة");
        assertThat(SpeakerNameParts.withoutProclitic("لمجلس الشورى")).isEqualTo("مجلس الشورى");
        assertThat(SpeakerNameParts.withoutProclitic("بلدية الرياض")).isEqualTo("بلدية الرياض");
        assertThat(SpeakerNameParts.withoutProclitic("لجنة الانتخابات")).isEqualTo("لجنة الانتخابات");
        // A weekday inside a speaker's span: the verb's object ran in after it (حمّلت المنظمة الثلاثاء المسلحين).
        assertThat(SpeakerNameCleaner.withoutTrailingTime("منظمة هيومن رايتس ووتش الخميس السلطات")).isEqualTo("منظمة هيومن رايتس ووتش");
        assertThat(SpeakerNameCleaner.withoutTrailingTime("قناة روسيا اليوم")).isEqualTo("قناة روسيا اليوم");
        assertThat(SpeakerNameCleaner.withoutTrailingTime("صباح الخالد")).isEqualTo("صباح الخالد");
        // Who the words went to, or the rank of the next name, never ends a name (survey, stop 32); الشيخ may.
        assertThat(SpeakerNameCleaner.withoutTrailingTime("مصطفى للصحافيين")).isEqualTo("مصطفى");
        assertThat(SpeakerNameCleaner.withoutTrailingTime("المنظمة العربية للسياحة الدكتور")).isEqualTo("المنظمة العربية للسياحة");
        assertThat(SpeakerNameCleaner.withoutTrailingTime("حسين الشيخ")).isEqualTo("حسين الشيخ");
        // A word with بال ends no person's name (بالقول: "by saying"); a body's name keeps its words.
        assertThat(SpeakerNameCleaner.withoutTrailingTime("رجب طيب أردوغان بالقول")).isEqualTo("رجب طيب أردوغان");
        assertThat(SpeakerNameCleaner.withoutTrailingTime("المركز الوطني بالرياض")).isEqualTo("المركز الوطني بالرياض");
        assertThat(SpeakerNameCleaner.withoutTrailingTime("نعيم للسمسرة")).isEqualTo("نعيم للسمسرة");
        // A role noun in apposition the span ran into (المشرف على المبادرة).
        assertThat(SpeakerNameCleaner.withoutTrailingTime("صبري بن عمر الكثيري المشرف")).isEqualTo("صبري بن عمر الكثيري");
        // A circumstantial participle after the speaker's name is no last part of it.
        String joking = "وقال بروس أوشلي مازحا: لا أحد يعرف";
        assertThat(SpeakerNameParts.withLastNamePart(joking, joking.indexOf(" مازحا"), "بروس أوشلي")).isEqualTo("بروس أوشلي");
        assertThat(SpeakerNameParts.withoutLeadingPlace("كارين باكه")).isEqualTo("كارين باكه");
        assertThat(SpeakerNameParts.withoutLeadingPlace("سامي باستقبالهم")).isEqualTo("سامي");
        assertThat(SpeakerNameParts.withoutLeadingPlace("منى لابنها")).isEqualTo("منى");
        // A surname ending in ة (folded like ه) or not opening with ب/ل stays.
        assertThat(SpeakerNameParts.withoutLeadingPlace("أحمد بلحاج")).isEqualTo("أحمد بلحاج");
        assertThat(SpeakerNameParts.withoutLeadingPlace("سعاد لطيفة")).isEqualTo("سعاد لطيفة");
    }

    @Test
    void aCompoundSurnameTakesTheFullNameTheArticleGaveEarlier() {
        Extraction r = extract("""
                استقبل وزير الخارجية المصري سامح عبد الرحيم نظيره الأردني في القاهرة أمس. وقال عبد الرحيم إن البلدين متفقان على ضرورة وقف الحرب فورا.""");
        assertThat(quoteStarting(r, "البلدين متفقان").speaker()).hasValue("سامح عبد الرحيم");
    }

    @Test
    void aBodyThatSpeaksKeepsTheRelationAdjectiveAfterIt() {
        Extraction r = extract("وقتل ثلاثة مسلحين في هجوم على مركز للشرطة في شمال البلاد، وفق السلطات المحلية.");
        assertThat(r.quotes()).hasSize(1);
        assertThat(r.quotes().get(0).speaker()).hasValue("السلطات المحلية");
    }

    @Test
    void aBodyShortenedFromTheEndTakesTheFullNameItWasQuotedUnderBefore() {
        Extraction r = extract("""
                قتل عشرة مدنيين في قصف على ريف إدلب، وفق ما أكد المرصد الوطني لحقوق الإنسان الأحد. ويطالب المسلحون وفق المرصد الوطني بإطلاق سراح معتقلين لدى الحكومة.""");
        assertThat(quoteStarting(r, "ويطالب المسلحون").speaker()).hasValue("المرصد الوطني لحقوق الإنسان");
    }

    @Test
    void aFeminineDefiniteDescriptionRefersBackToTheOneQuotedBefore() {
        Extraction r = extract("""
                قالت الوزيرة الفرنسية سارة مونتان في بيان إن القرار يشمل آلاف المتقاعدين. وأضافت المسؤولة الفرنسية أن الحكومة ستدفع التعويضات قبل نهاية العام.""");
        assertThat(quoteStarting(r, "الحكومة ستدفع").speaker()).hasValue("سارة مونتان");
    }

    @Test
    void aHeadNounTakesTheNearestBodyBeforeTheVerbInItsOwnSentenceToo() {
        Extraction r = extract("""
                وارتفع سهم بنك الخليج الوطني في بداية التداول. وصعد سهم بنك الشارقة الإسلامي 1.1 في المائة بعدما قال البنك إن مجلس إدارته سيناقش النتائج المالية اليوم.""");
        assertThat(r.quotes()).hasSize(1);
        assertThat(r.quotes().get(0).speaker()).hasValue("بنك الشارقة الإسلامي");
    }

    @Test
    void timeAdverbsAfterANameAreNoPartOfIt() {
        assertThat(SpeakerNameCleaner.withoutTrailingTime("الشرطة لاحقاً")).isEqualTo("الشرطة");
        assertThat(SpeakerNameCleaner.withoutTrailingTime("وزارة الخارجية أيضا")).isEqualTo("وزارة الخارجية");
        // A cited-source cue or a clause word a span ran into ends the name.
        assertThat(SpeakerNameCleaner.withoutTrailingTime("المؤسسة وفقاً للتقارير")).isEqualTo("المؤسسة");
        assertThat(SpeakerNameCleaner.withoutTrailingTime("الوزارة فإن الإجراء")).isEqualTo("الوزارة");
        assertThat(SpeakerNameCleaner.withoutTrailingTime("حسن وفقي")).isEqualTo("حسن وفقي");
    }

    @Test
    void aSourceWrittenWithLamAfterWifqanIsCitedWhenItIsOneThatSpeaks() {
        Extraction report = extract("ووفقا للتقرير فإن الصندوق يقدم نحو خمسة مليارات دولار سنويا للدول النامية.");
        assertThat(report.quotes()).hasSize(1);
        assertThat(report.quotes().get(0).text()).startsWith("الصندوق يقدم");
        // A law, a plan or figures acted on or cited are no speaker.
        assertThat(extract("وتتم محاسبة المخالفين وفقا للقانون المعمول به في المملكة منذ سنوات.").quotes()).isEmpty();
        assertThat(extract("وارتفعت الصادرات بنسبة عشرة في المائة وفقا للبيانات الصادرة أمس.").quotes()).isEmpty();
    }

    @Test
    void laqadAfterASpeechVerbOpensTheSpeakersWords() {
        Extraction r = extract("""
                قال المتحدث باسم الشرطة سالم الحربي إن الحادث وقع فجر اليوم. وقال الحربي لقد تم القبض على ثلاثة من المشتبه بهم خلال ساعات.""");
        Quote q = quoteStarting(r, "لقد تم القبض");
        assertThat(q.direct()).isFalse();
        assertThat(q.speaker()).hasValue("سالم الحربي");
        // لقد far from the verb, after its object, opens nothing of the verb's.
        assertThat(extract("وأعلنت الوزارة عن خطة جديدة لدعم المزارعين في المناطق الريفية النائية البعيدة عن المدن الكبرى لقد تأخرت كثيرا.").quotes()).isEmpty();
    }

    @Test
    void aSourceCitedBeforeTheSentencesFirstSpeechVerbIsAQuotationToo() {
        Extraction r = extract("""
                ووفقا للتقرير فإن الصندوق يقدم نحو خمسة مليارات دولار سنويا للدول النامية، مشيرا إلى أن الصندوق تأسس قبل أربعين عاما.""");
        assertThat(r.quotes()).hasSize(2);
        assertThat(r.quotes().get(0).text()).startsWith("الصندوق يقدم").doesNotContain("مشيرا");
        assertThat(r.quotes().get(1).text()).startsWith("الصندوق تأسس");
    }

    @Test
    void theLamOfWifqanLiIsNoAddressee() {
        Extraction r = extract("صدر أمر ملكي، السبت، بإعفاء مدير الجمارك من منصبه، وفقا لوكالة الأنباء السعودية.");
        assertThat(r.quotes()).hasSize(1);
        assertThat(r.quotes().get(0).speaker()).hasValue("وكالة الأنباء السعودية");
    }

    @Test
    void aBodyThatSpeaksRightAfterTheVerbOfADirectQuoteIsItsSpeaker() {
        Extraction r = extract("""
                وبدأت عملية الإجلاء من المنطقة صباح السبت. وأفاد التلفزيون السوري، الأربعاء، عن "انتهاء عمليات إخراج المسلحين من بلدات المنطقة الشرقية كلها".""");
        assertThat(r.quotes()).hasSize(1);
        assertThat(r.quotes().get(0).speaker()).hasValue("التلفزيون السوري");
    }

    @Test
    void aCitedSourceBeforeASpeechVerbLeavesTheSentenceToItsOwnSpeaker() {
        // وبحسب «رويترز»، قال الرئيس التنفيذي …: «…» (survey, stop 33): the agency carried the words, the one named said them.
        Extraction r = extract("""
                خفضت الشركة إنفاقها للمرة الثانية هذا العام. وبحسب «رويترز»، قال الرئيس التنفيذي للشركة، نبيل الفارس: «ينبغي لنا أن نصمد في عالم تظل فيه الأسعار منخفضة».""");
        assertThat(r.quotes()).hasSize(1);
        assertThat(quoteStarting(r, "ينبغي لنا").speaker()).hasValue("نبيل الفارس");
        // Without the speech verb the source's words are its own.
        Extraction cited = extract("خفضت الشركة إنفاقها للمرة الثانية. وبحسب «رويترز» فإن الشركة ستسرح ستة آلاف موظف هذا العام.");
        assertThat(quoteStarting(cited, "الشركة ستسرح").speaker()).hasValue("رويترز");
    }

    @Test
    void aVerbOfStanceOpeningASpeakersNameIsNoPartOfIt() {
        // وانتقد ترامب، انتقد رمطان لعمامرة، وجدد معازي (surveys, stop 33): the verb before its subject.
        assertThat(SpeakerNameParts.withoutLeadingVerb("انتقد رمطان لعمامرة")).isEqualTo("رمطان لعمامرة");
        assertThat(SpeakerNameParts.withoutLeadingVerb("وجدد معازي")).isEqualTo("معازي");
        assertThat(SpeakerNameParts.withoutLeadingVerb("رحبت تيريزا ماي")).isEqualTo("تيريزا ماي");
        // A name alone, or a first name that folds like a speech verb (روي كين), stays.
        assertThat(SpeakerNameParts.withoutLeadingVerb("انتقد")).isEqualTo("انتقد");
        assertThat(SpeakerNameParts.withoutLeadingVerb("روي كين")).isEqualTo("روي كين");
        Extraction r = extract("""
                انتقد وزير الخارجية الجزائري رمطان لعمامرة تصريحات الرئيس الفرنسي السابق. وقال لعمامرة إن «التصريحات غير مرحب بها في الجزائر».""");
        assertThat(quoteStarting(r, "التصريحات غير مرحب").speaker()).hasValue("رمطان لعمامرة");
    }
}
