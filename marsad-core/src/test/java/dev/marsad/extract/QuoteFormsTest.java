package dev.marsad.extract;

import static dev.marsad.extract.ExtractTestSupport.quoteStarting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.model.Entity;
import dev.marsad.model.EntityType;
import dev.marsad.model.Extraction;
import dev.marsad.model.Quote;
import org.junit.jupiter.api.Test;

/** Quotation forms of modern news (issue 17) and the speaker resolution they need, with the committed name-finder model as the product runs; sentences written for the test. */
class QuoteFormsTest {

    private static Extraction extract(String text) {
        return ExtractTestSupport.extractWithModel(text, "2024-03-10");
    }

    @Test
    void participleOpensItsOwnClauseWithTheSameSpeaker() {
        Extraction r = extract("وقال وزير المالية سامر الخطيب إن العجز تراجع كثيرا هذا العام، مؤكدا أن الحكومة ستواصل دعم الأسعار الأساسية.");
        assertThat(r.quotes()).hasSize(2);
        assertThat(quoteStarting(r, "العجز تراجع").speaker()).hasValue("سامر الخطيب");
        assertThat(quoteStarting(r, "الحكومة ستواصل").speaker()).hasValue("سامر الخطيب");
        assertThat(quoteStarting(r, "العجز تراجع").text()).doesNotContain("مؤكدا");
    }

    @Test
    void partlyQuotedClauseIsOneReportedQuotation() {
        Extraction r = extract("وقال سامر الخطيب إنه \"ينفي بشدة\" كل ما نشر عن استقالته من منصبه في الأيام الماضية.");
        assertThat(r.quotes()).hasSize(1);
        Quote q = r.quotes().get(0);
        assertThat(q.text()).contains("ينفي بشدة").contains("استقالته");
        assertThat(q.speaker()).hasValue("سامر الخطيب");
    }

    @Test
    void quotationMarkBeforeInnaIsOneDirectQuote() {
        Extraction r = extract("وقال رئيس البلدية كريم العلي: \"إن المياه ستعود إلى الأحياء الشرقية خلال يومين على الأكثر\".");
        assertThat(r.quotes()).hasSize(1);
        assertThat(r.quotes().get(0).direct()).isTrue();
        assertThat(r.quotes().get(0).speaker()).hasValue("كريم العلي");
    }

    @Test
    void opinionVerbWithAnIsReportedSpeech() {
        Extraction r = extract("وتوقع الخبير الاقتصادي مازن الحلبي أن ترتفع أسعار الوقود في الربع المقبل من العام.");
        assertThat(quoteStarting(r, "ترتفع أسعار الوقود").speaker()).hasValue("مازن الحلبي");
    }

    /**
     * The labelling rule (quotes-dev SOURCE.md) gives "" for unnamed individuals and vague groups, وسائل إعلام among
     * them: a sentence cited to "official media" is a quotation with no named speaker, also when the media are placed
     * (seen in the demo: "وفق ما أعلنت وسائل إعلام رسمية في بيونغ يانغ").
     */
    @Test
    void mediaNamedOnlyByDescriptionAreNoNamedSpeaker() {
        Extraction r = extract("ووصل الوفد إلى العاصمة مساء الأحد في أول زيارة له منذ سنوات، وفق ما أعلنت وسائل إعلام رسمية في دمشق.");
        assertThat(r.quotes()).hasSize(1);
        assertThat(r.quotes().get(0).text()).contains("وصل الوفد إلى العاصمة");
        assertThat(r.quotes().get(0).speaker()).isEmpty();
    }

    @Test
    void citedSourceSpeaksWhatItReports() {
        Extraction r = extract("وقتل ثلاثة أشخاص في انفجار قرب السوق المركزي، بحسب الدفاع المدني.");
        assertThat(quoteStarting(r, "وقتل ثلاثة أشخاص").speaker()).hasValue("الدفاع المدني");
    }

    @Test
    void figuresCitedFromDataAreNoQuotation() {
        Extraction r = extract("وارتفعت مبيعات السيارات خمسة بالمئة في الشهر الماضي، وفق بيانات رسمية.");
        assertThat(r.quotes()).isEmpty();
    }

    @Test
    void rulesPlansAndClocksCitedAreNoQuotation() {
        Extraction r = extract("""
                وجاء الإعلان بعد اجتماع أعضاء المكتب برئاسة أكبرهم سنا، بحسب القانون الداخلي للبرلمان.

                ووقع الانفجار في الساعة العاشرة صباحا بحسب التوقيت المحلي للعاصمة.

                وتجري الانتخابات كل أربع سنوات وفق الدستور المعمول به في البلاد.""");
        assertThat(r.quotes()).isEmpty();
    }

    @Test
    void aSourceCitedAfterADirectQuotationRelaysIt() {
        Extraction r = extract("""
                استقبل رئيس الحكومة سعد الحريري المنسقة الأممية في منزله.

                وقال الحريري: "هم شركاء في مساعدتنا اليوم لمعالجة موضوع اللاجئين. الحل النهائي هو في عودتهم إلى سوريا. هذا ما توصلنا إليه اليوم"، بحسب بيان لمكتب الحريري.""");
        assertThat(r.quotes()).hasSize(1);
        assertThat(quoteStarting(r, "هم شركاء").speaker()).hasValue("سعد الحريري");
    }

    @Test
    void bodyWithoutProperNameIsTheSpeaker() {
        Extraction r = extract("""
                وذكرت الشرطة أن المشتبه به اعتقل في منزله مساء أمس.

                وقال بيان للجيش اللبناني إن وحداته انتشرت على طول الحدود الجنوبية.""");
        assertThat(quoteStarting(r, "المشتبه به اعتقل").speaker()).hasValue("الشرطة");
        assertThat(quoteStarting(r, "وحداته انتشرت").speaker()).hasValue("الجيش اللبناني");
    }

    @Test
    void hashtagNameLosesItsMarks() {
        Extraction r = extract("قال وزير الصحة #خالد_المنصوري إن اللقاحات الجديدة ستصل الأسبوع المقبل.");
        assertThat(quoteStarting(r, "اللقاحات الجديدة").speaker()).hasValue("خالد المنصوري");
    }

    @Test
    void feminineParticiplesGoOnLikeTheMasculine() {
        Extraction r = extract("""
                وأوضحت المصادر أن المقاومة تخوض مواجهات عنيفة مع المسلحين في المحافظة، مبينة أن المسلحين حاولوا استغلال الهدنة لإحداث تقدم في المنطقة.""");
        assertThat(quoteStarting(r, "المسلحين حاولوا")).isNotNull();
        assertThat(quoteStarting(r, "المقاومة تخوض").text()).doesNotContain("مبينة");
    }

    @Test
    void whatAnOutletLearntIsItsReportWhatSomeoneTaughtIsNoVerb() {
        Extraction r = extract("وعلمت «عكاظ» من مصادرها الخاصة أن المصاب أخذ المقذوف من الأرض ظنا منه أن مفعوله قد انتهى.");
        assertThat(quoteStarting(r, "المصاب أخذ").speaker()).hasValue("عكاظ");
        Extraction taught = extract("وذكرت الوزيرة أن هذه المناضلة العظيمة علمت الجميع معاني الفداء، وعلمتنا كيف أن التضحية بالروح تهون فداء للوطن.");
        assertThat(taught.quotes()).hasSize(1);
        assertThat(taught.quotes().get(0).text()).startsWith("هذه المناضلة العظيمة علمت الجميع");
    }

    @Test
    void aParticipleGoesOnFromTheBodyAfterItsShortSentencesVerb() {
        Extraction r = extract("""
                وقالت شرطة المدينة إن تحقيقها جاء بعد معلومة وصلت لها من السلطات الأمريكية التي ضبطت بعض الأجهزة. كما رفضت شركة سامسونج التعليق قائلة إن التحقيق لا يزال مستمرا في القضية حتى الآن.""");
        assertThat(quoteStarting(r, "التحقيق لا يزال").speaker()).hasValue("سامسونج");
    }

    @Test
    void aServiceSpeaksAsABody() {
        Extraction r = extract("""
                وقال وزير النقل إن الحكومة ستفتح تحقيقا شاملا في أسباب الحادث خلال أيام. وأشارت خدمة الإطفاء إلى أن الجسر انهار في حوالي الساعة الحادية عشرة صباحا أثناء هطول أمطار غزيرة.""");
        assertThat(quoteStarting(r, "الجسر انهار").speaker()).hasValue("خدمة الإطفاء");
    }

    @Test
    void byThisSayingBeforeMarksIntroducesTheQuotation() {
        Extraction r = extract("""
                وأوضح رئيس البلدية فرانكو سالغادو، خلال مؤتمر صحافي، أن هذا العقاب سيستمر حتى تتغير عادات السكان في المدينة. وردا على سؤال حول اللوحات، اكتفى رئيس البلدية بالقول إلى الصحافيين الحاضرين «ثقافة النظافة يجب أن تتغير».""");
        assertThat(quoteStarting(r, "ثقافة النظافة").speaker()).hasValue("فرانكو سالغادو");
    }

    @Test
    void informationANewspaperPublishedIsTheNewspapers() {
        Extraction r = extract("""
                كشفت معلومات نشرتها صحيفة "واشنطن بوست"، السبت، أن الحكومة تسعى حاليا إلى إخفاء أنشطة عسكرية عن جيرانها.""");
        assertThat(quoteStarting(r, "الحكومة تسعى").speaker()).hasValue("صحيفة واشنطن بوست");
    }

    @Test
    void insistingThatIsReportedSpeech() {
        Extraction r = extract("أعلن رئيس الحكومة أن الحل النهائي للنازحين هو عودتهم إلى قراهم، فيما تمسكت منظمة الهجرة الدولية بأن تكون هذه العودة طوعية وآمنة.");
        assertThat(quoteStarting(r, "تكون هذه العودة").speaker()).hasValue("منظمة الهجرة الدولية");
    }

    @Test
    void carriedToAHospitalIsNoRelaying() {
        Extraction r = extract("وأوضح المتحدث أن الطفلة البالغة من العمر عشرة أعوام نقلت إلى مستشفى المدينة في رمضان الماضي من قبل شخص يبدو أنه من أقاربها.");
        assertThat(r.quotes()).hasSize(1);
        assertThat(r.quotes().get(0).text()).contains("نقلت إلى مستشفى المدينة");
    }

    @Test
    void aSurnameTakenUpAfterAHashtagNameGetsTheNameWithoutItsJoins() {
        Extraction r = extract("""
                أعلن رئيس الحكومة، #نبيل_الحمادي، الثلاثاء، إن عودة النازحين إلى قراهم هي الحل الوحيد للأزمة. وقال الحمادي: "هم شركاء في مساعدتنا اليوم لمعالجة موضوع النازحين في البلاد".""");
        Quote direct = quoteStarting(r, "هم شركاء");
        assertThat(direct.speaker()).hasValue("نبيل الحمادي");
        assertThat(direct.speakerKey()).isEqualTo(quoteStarting(r, "عودة النازحين").speakerKey());
    }

    @Test
    void surnameTakesTheFullNameOfTheArticle() {
        Extraction r = extract("""
                أعلن وزير الخارجية فيصل الدوسري زيارة مرتقبة إلى القاهرة.

                وقال الدوسري إن المحادثات ستتناول الأمن الإقليمي والتجارة.""");
        assertThat(quoteStarting(r, "المحادثات ستتناول").speaker()).hasValue("فيصل الدوسري");
    }

    @Test
    void titleStandsForThePersonItIntroduced() {
        Extraction r = extract("""
                التقى وزير الخارجية الإيطالي ماركو فيراري نظيره المصري في روما أمس.

                وأوضح وزير الخارجية الإيطالي أن البلدين يعملان على اتفاق جديد للهجرة.""");
        assertThat(quoteStarting(r, "البلدين يعملان").speaker()).hasValue("ماركو فيراري");
    }

    @Test
    void audienceIsNotTheSpeaker() {
        Extraction r = extract("وقال كمال ناصر للصحافيين إن الاتفاق سيوقع في الأسبوع المقبل.");
        assertThat(quoteStarting(r, "الاتفاق سيوقع").speaker()).hasValue("كمال ناصر");
    }

    @Test
    void continuationVerbTakesTheLastSpeakerNotTheLastName() {
        Extraction r = extract("وقال وزير الداخلية يوسف الكعبي إن قوات الأمن اعتقلت خمسة أشخاص قرب مدينة حمص. وأضاف أن التحقيقات مع المتهمين جارية.");
        assertThat(quoteStarting(r, "التحقيقات مع المتهمين").speaker()).hasValue("يوسف الكعبي");
    }

    @Test
    void organisationNamedWithItsAbbreviation() {
        Extraction r = extract("قالت هيئة الطيران المدني الأردنية (هطم) إن الرحلات ستستأنف صباح الغد بعد توقف دام يومين.");
        assertThat(quoteStarting(r, "الرحلات ستستأنف").speaker().orElse("")).startsWith("هيئة الطيران المدني");
    }

    @Test
    void unnamedSourceHasNoSpeakerAndItsContinuationNeither() {
        Extraction r = extract("""
                وقال وزير الدفاع ياسر العمري إن الجيش أنهى المناورات بنجاح.

                وقال مصدر أمني إن الهجوم استهدف نقطة تفتيش قرب الحدود. وأضاف أن ثلاثة جنود أصيبوا بجروح طفيفة.""");
        assertThat(quoteStarting(r, "الهجوم استهدف").speaker()).isEmpty();
        assertThat(quoteStarting(r, "ثلاثة جنود").speaker()).isEmpty();
    }

    @Test
    void unnamedSpokespersonSpeaksForTheBody() {
        Extraction r = extract("وقال متحدث باسم الجيش الأردني إن الطائرة سقطت في منطقة غير مأهولة شرق البلاد.");
        assertThat(quoteStarting(r, "الطائرة سقطت").speaker()).hasValue("الجيش الأردني");
    }

    @Test
    void verbWithOnlyAPrepositionContinuesTheLastSpeaker() {
        Extraction r = extract("""
                وقال مدير المستشفى هشام الزعبي إن المصابين نقلوا إلى قسم الطوارئ فور وصولهم.

                وأشار إلى أن حالة اثنين منهم ما زالت حرجة.""");
        assertThat(quoteStarting(r, "حالة اثنين").speaker()).hasValue("هشام الزعبي");
    }

    @Test
    void theStatementIsItsIssuers() {
        Extraction r = extract("""
                وقالت وزارة الصحة التونسية إن عدد الإصابات تراجع خلال الأسبوع الماضي.

                وأكد البيان الذي نشرته الوزارة على موقعها أن حملة التطعيم ستتواصل حتى نهاية الشهر.""");
        assertThat(quoteStarting(r, "حملة التطعيم").speaker()).hasValue("وزارة الصحة التونسية");
    }

    @Test
    void shortOrganisationNameTakesTheFullerOneOfTheArticle() {
        Extraction r = extract("""
                أصدرت وزارة الداخلية العراقية حصيلة جديدة لضحايا الحريق.

                وقالت وزارة الداخلية في بيانها إن فرق الدفاع المدني أخمدت النيران بالكامل.""");
        assertThat(quoteStarting(r, "فرق الدفاع المدني").speaker()).hasValue("وزارة الداخلية العراقية");
    }

    @Test
    void surnameTheTaggerMissedIsThePersonNamedInFull() {
        Extraction r = extract("""
                قال وزير النقل سليم الحداد إن الطريق الجديد سيفتتح في الربيع المقبل.

                وشدد الحداد على أن كلفة المشروع لن تتجاوز الميزانية المقررة له.""");
        assertThat(quoteStarting(r, "كلفة المشروع").speaker()).hasValue("سليم الحداد");
    }

    @Test
    void sourceOpeningTheSentenceSpeaksTheWordsAfterIt() {
        Extraction r = extract("وبحسب الدفاع المدني، فقد أصيب عشرة أشخاص بجروح في الحريق الذي اندلع ليلا.");
        assertThat(quoteStarting(r, "أصيب عشرة أشخاص").speaker()).hasValue("الدفاع المدني");
    }

    @Test
    void hasbamaWithAnUnnamedSourceIsAQuotationWithoutSpeaker() {
        Extraction r = extract("وقتل خمسة أشخاص في انفجار سيارة مفخخة وسط المدينة، حسبما أعلن مسؤولون محليون.");
        assertThat(quoteStarting(r, "وقتل خمسة أشخاص").speaker()).isEmpty();
    }

    @Test
    void organisationNameGoesOnOverFiBeforeASecondHeadNoun() {
        Extraction r = extract("أعلنت دائرة الإعلام في حكومة الإقليم أمس أن المعابر ستفتح أمام المسافرين الأسبوع المقبل.");
        assertThat(quoteStarting(r, "المعابر ستفتح").speaker()).hasValue("دائرة الإعلام في حكومة الإقليم");
    }

    @Test
    void countryAsSubjectBeforeTheVerbSpeaks() {
        Extraction r = extract("وتشن إثيوبيا منذ أسابيع حملة واسعة في الإقليم، تقول إنها تستهدف جماعات مسلحة خارجة عن القانون.");
        assertThat(quoteStarting(r, "تستهدف جماعات").speaker()).hasValue("إثيوبيا");
    }

    @Test
    void organisationAfterYudhkaranSpeaks() {
        Extraction r = extract("ويذكر أن المرصد الوطني للبيئة أعلن أمس، أن مستوى التلوث في العاصمة تجاوز الحدود المسموح بها.");
        assertThat(quoteStarting(r, "مستوى التلوث").speaker()).hasValue("المرصد الوطني للبيئة");
    }

    @Test
    void headNounRefersBackToTheOrganisationQuotedBefore() {
        Extraction r = extract("""
                أعلن المرصد الوطني للبيئة أن مستوى التلوث في العاصمة تجاوز الحدود المسموح بها.

                وأغلقت المدارس أبوابها في ثلاث مدن، وفق ما أفاد المرصد مساء اليوم.""");
        assertThat(quoteStarting(r, "وأغلقت المدارس").speaker()).hasValue("المرصد الوطني للبيئة");
    }

    @Test
    void unnamedMemberOfParliamentHasNoSpeaker() {
        Extraction r = extract("وقال نائب في البرلمان الأوروبي إن المفاوضات مع الحكومة وصلت إلى طريق مسدود.");
        assertThat(quoteStarting(r, "المفاوضات مع الحكومة").speaker()).isEmpty();
    }

    @Test
    void wordsInMarksThatNobodyUttersAreNoQuotation() {
        Extraction r = extract("والتقى الوزير أعضاء اللجنة المكلفة بالتحقيق في \"الانتهاكات ضد الصحفيين المحليين\" خلال العام الماضي.");
        assertThat(r.quotes()).isEmpty();
    }

    @Test
    void nameInMarksAmongTheSpeakersWordsIsNoQuotation() {
        Extraction r = extract("وأوضح مراسل \"قناة النيل الإخبارية\" في القاهرة، أن الاجتماع انتهى دون بيان ختامي.");
        assertThat(r.quotes()).hasSize(1);
        assertThat(r.quotes().get(0).text()).startsWith("الاجتماع انتهى");
        assertThat(r.quotes().get(0).speaker()).isEmpty();
    }

    @Test
    void statementInItIsItsIssuers() {
        Extraction r = extract("وصدر بيان عن الجيش الأردني مساء أمس قال فيه إن قواته أحبطت محاولة تسلل على الحدود الشمالية.");
        assertThat(quoteStarting(r, "قواته أحبطت").speaker()).hasValue("الجيش الأردني");
    }

    @Test
    void nationalityOfAStanCountryCompletesTheOrganisation() {
        Extraction r = extract("""
                وأعلنت وزارة الدفاع الباكستانية حالة التأهب في المناطق الحدودية.

                وقالت وزارة الدفاع إن الوضع على الحدود تحت السيطرة بالكامل.""");
        assertThat(quoteStarting(r, "الوضع على الحدود").speaker()).hasValue("وزارة الدفاع الباكستانية");
    }

    @Test
    void agencyRelayingSomeoneIsNotTheSpeaker() {
        Extraction r = extract("ونقلت وكالة رويترز عن وزير النفط العراقي حيان عبد الغني أن الصادرات ستزيد في الشهر المقبل.");
        assertThat(quoteStarting(r, "الصادرات ستزيد").speaker()).hasValue("حيان عبد الغني");
    }

    @Test
    void agencyRelayingAnUnnamedSourceGivesNoSpeaker() {
        Extraction r = extract("ونقلت وكالة رويترز عن مصادر مطلعة أن المفاوضات ستستأنف في جنيف الأسبوع المقبل.");
        assertThat(quoteStarting(r, "المفاوضات ستستأنف").speaker()).isEmpty();
    }

    @Test
    void longQuotationWithoutASpeechVerbIsTheSubjectsOwn() {
        Extraction r = extract("""
                وقال وزير الزراعة عادل المطيري إن الموسم سيكون جيدا هذا العام.

                وخلال زيارته للمزارع، وقّع المطيري "قرارا يقضي بتعويض جميع المزارعين المتضررين من موجة الجفاف الأخيرة".""");
        assertThat(quoteStarting(r, "قرارا يقضي").speaker()).hasValue("عادل المطيري");
    }

    @Test
    void citedPageOfATitleHolderIsTheHoldersWords() {
        Extraction r = extract("""
                واستقبل رئيس الوزراء الأردني عمر الرزاز في عمان وفدا من المستثمرين أمس.

                ووفق التدوينة المنشورة على الصفحة الرسمية لرئيس الوزراء الأردني، فإن الحكومة ستخفض الضرائب على المصانع الصغيرة.""");
        assertThat(quoteStarting(r, "الحكومة ستخفض").speaker()).hasValue("عمر الرزاز");
    }

    @Test
    void agencyRelayingANameTheTaggerMissedGivesThatName() {
        Extraction r = extract("ونقلت وكالة رويترز عن تشانغ ويمين الخبير في مصرف محلي أن النمو سيتباطأ في الربع الأخير من العام.");
        assertThat(quoteStarting(r, "النمو سيتباطأ").speaker()).hasValue("تشانغ ويمين");
    }

    @Test
    void allegianceAfterAPartyNameIsNotPartOfIt() {
        assertThat(SpeakerNameCleaner.withoutTrailingTime("حزب الشعوب الديمقراطي المؤيد للأكراد")).isEqualTo("حزب الشعوب الديمقراطي");
        assertThat(SpeakerNameCleaner.withoutTrailingTime("الجيش التركي الثلاثاء")).isEqualTo("الجيش التركي");
    }

    @Test
    void sourceCitedAfterAQuotationIsItsSpeaker() {
        Extraction r = extract("وأغلقت السلطات المعبر أمس، و\"لن يفتح قبل انتهاء التحقيق في الحادث\"، بحسب وزارة الداخلية المصرية.");
        assertThat(r.quotes()).hasSize(1); // the sentence the source is cited for, holding the quotation
        assertThat(r.quotes().get(0).text()).contains("لن يفتح قبل");
        assertThat(r.quotes().get(0).speaker()).hasValue("وزارة الداخلية المصرية");
    }

    @Test
    void sourceCitedRightAfterAQuotationOpeningTheSentenceIsItsSpeaker() {
        Extraction r = extract("\"المعبر لن يفتح قبل انتهاء التحقيق في الحادث\"، بحسب وزارة الداخلية المصرية.");
        assertThat(quoteStarting(r, "المعبر لن يفتح").speaker()).hasValue("وزارة الداخلية المصرية");
    }

    @Test
    void participleAfterAnOrganisationSubjectIsTheOrganisations() {
        Extraction r = extract("رفعت هيئة الطيران المدني رسوم الرحلات الداخلية، مؤكدة أنها تعمل على تحسين الخدمات في المطارات.");
        assertThat(quoteStarting(r, "تعمل على تحسين").speaker()).hasValue("هيئة الطيران المدني");
    }

    @Test
    void headNounRefersBackToItsPhraseEarlierInTheText() {
        Extraction r = extract("""
                أغلق مفتشو الهيئة العامة للرقابة الصحية أربعة مطاعم في المدينة.

                وأوضحت الهيئة في بيان أمس أن المطاعم المغلقة خالفت شروط النظافة.""");
        assertThat(quoteStarting(r, "المطاعم المغلقة").speaker()).hasValue("الهيئة العامة للرقابة الصحية");
    }

    @Test
    void surnameRecurringInTheArticleCompletesAFirstNameAlone() {
        Extraction r = extract("""
                أعلن المدرب فيليب كوستيه الاثنين، أن الفريق سيخوض مباراتين وديتين قبل البطولة.

                وأضاف كوستيه أن اللاعبين المصابين سيعودون قريبا إلى التدريبات.""");
        assertThat(quoteStarting(r, "الفريق سيخوض").speaker()).hasValue("فيليب كوستيه");
        assertThat(quoteStarting(r, "اللاعبين المصابين").speaker()).hasValue("فيليب كوستيه");
    }

    @Test
    void titlesHolderRatherThanTheBodyInTheTitle() {
        Extraction r = extract("وأوضح مدير مطار الجوف عبدالمحسن المضيان أن الرحلات الدولية ستبدأ الشهر المقبل.");
        assertThat(quoteStarting(r, "الرحلات الدولية").speaker()).hasValue("عبدالمحسن المضيان");
    }

    @Test
    void verbWithAnAudienceFirstHasNoSubjectOfItsOwn() {
        Extraction r = extract("""
                وقال وزير الخارجية التركي مولود تشاووش أوغلو إن بلاده لن تتراجع عن موقفها.

                وأضاف للصحفيين أثناء توجهه إلى موسكو إن المحادثات ستتناول الوضع في سوريا.""");
        assertThat(quoteStarting(r, "المحادثات ستتناول").speaker()).isEqualTo(quoteStarting(r, "بلاده لن تتراجع").speaker());
        assertThat(quoteStarting(r, "المحادثات ستتناول").speaker()).isPresent();
    }

    @Test
    void pluralRelativeClauseSpeakersAreNotTheLastSpeaker() {
        Extraction r = extract("""
                وأعلنت شبكة فوكس نيوز أن عشرة مرشحين فقط سيشاركون في المناظرة المقبلة.

                وانتقد القرار المرشحون الصغار الذين قالوا إنه لا يجوز أن تختار القناة المشاركين.""");
        assertThat(quoteStarting(r, "لا يجوز أن").speaker()).isEmpty();
    }

    @Test
    void placeAfterAPrepositionIsNoSubject() {
        Extraction r = extract("وفي سلطنة عمان تراجع سهم الشركة بعدما قالت الشركة إنها ستعيد شراء سنداتها هذا العام.");
        assertThat(quoteStarting(r, "ستعيد شراء").speaker().orElse("")).doesNotContain("عمان");
    }

    @Test
    void nationalityWordsAndSpeechVerbsAreCleanedFromNames() {
        assertThat(SpeakerNameCleaner.withoutTrailingTime("روى عايض عسيري")).isEqualTo("عايض عسيري");
        Extraction r = extract("وقال مسؤول روسي، الاثنين، إن آلاف الأشخاص يفرون من البلدة.");
        assertThat(quoteStarting(r, "آلاف الأشخاص").speaker()).isEmpty();
    }

    @Test
    void nameInMarksAfterAGroupNounIsTheSpeakerAndItsHeadNounRefersBack() {
        Extraction r = extract("""
                أعلن تنظيم "جيش الفتح" أنه انسحب من ثلاث قرى في ريف المدينة.

                وأوضح التنظيم أن الانسحاب جاء لحماية المدنيين من القصف.""");
        assertThat(quoteStarting(r, "انسحب من ثلاث").speaker()).hasValue("جيش الفتح");
        assertThat(quoteStarting(r, "الانسحاب جاء").speaker()).hasValue("جيش الفتح");
    }

    @Test
    void subjectBeforeQadIsTheSpeakerWhateverIsNamedAfterTheVerb() {
        Extraction r = extract("وكان الوزير سامي الحسيني قد قال خلال مقابلة بثتها قناة الجزيرة الأربعاء إن المفاوضات ستستأنف قريبا.");
        assertThat(quoteStarting(r, "المفاوضات ستستأنف").speaker()).hasValue("سامي الحسيني");
    }

    @Test
    void qadIsNoPartOfTheBodyBeforeIt() {
        // A bare definite noun before قد is no body's phrase of its own; it used to become the speaker «التحالف قد».
        Extraction r = extract("وكان التحالف قد أعلن أن الهدنة تبدأ الليلة.");
        assertThat(quoteStarting(r, "الهدنة تبدأ").speaker().orElse("")).doesNotContain("قد");
    }

    @Test
    void bodyRightAfterTheVerbIsItsSubject() {
        Extraction r = extract("أكدت واشنطن الاثنين أمام سفراء في مجلس الأمن الدولي أنه يجب إبقاء العقوبات على حالها.");
        assertThat(quoteStarting(r, "يجب إبقاء").speaker()).hasValue("واشنطن");
    }

    // Forms read off quotes-fresh (issue 17, 30 more modern articles); sentences written for the test.

    @Test
    void anneWithMaddaIsANameNotAnna() {
        Extraction r = extract("قالت آن ماري لوران، رئيسة الجمعية، إن الحملة ستبدأ في الشهر المقبل في كل المدن.");
        assertThat(r.quotes()).hasSize(1);
        assertThat(r.quotes().get(0).text()).startsWith("الحملة ستبدأ");
    }

    @Test
    void shortNameInMarksAfterAMediaNounIsNoQuotation() {
        Extraction r = extract("وكتبت صحيفة \"الشرق الجديد\" على موقعها: \"الحكومة ستعلن خطة جديدة للنقل العام خلال الأسبوع المقبل\".");
        assertThat(r.quotes()).hasSize(1);
        assertThat(r.quotes().get(0).text()).startsWith("الحكومة ستعلن");
        assertThat(r.quotes().get(0).speaker()).hasValue("صحيفة الشرق الجديد");
    }

    @Test
    void sourceCitedInsideTheSentenceReportsAllOfIt() {
        Extraction r = extract("وينحدر المصاب، وفق ما ذكرت إذاعة \"صوت المدينة\" المحلية، من قرية قريبة من الحدود الشمالية.");
        assertThat(r.quotes()).hasSize(1);
        Quote q = r.quotes().get(0);
        assertThat(q.text()).startsWith("وينحدر المصاب").contains("من قرية قريبة");
        assertThat(q.speaker()).hasValue("إذاعة صوت المدينة");
    }

    @Test
    void speechVerbAfterWhenIsPartOfTheWordsNotANewQuotation() {
        Extraction r = extract("وقال الخبير سامر الخطيب إن الأسواق تهدأ عادة عندما يرى المستثمرون أن الأسعار استقرت.");
        assertThat(r.quotes()).hasSize(1);
        assertThat(r.quotes().get(0).text()).startsWith("الأسواق تهدأ").contains("الأسعار استقرت");
    }

    @Test
    void continuationToLocalMediaBeforeAColonKeepsTheLastSpeaker() {
        Extraction r = extract("""
                وقال الشاهد مروان سليم إنه سمع دويا قويا قرب السوق القديم.

                وأضاف لوسائل إعلام محلية: "رأيت الدخان يتصاعد من المبنى المقابل لبيتنا".""");
        assertThat(quoteStarting(r, "رأيت الدخان").speaker()).hasValue("مروان سليم");
    }

    @Test
    void theSpokespersonAloneIsTheSpokespersonMetBefore() {
        Extraction r = extract("""
                وقال المتحدث باسم الدفاع المدني سالم الحربي إن الفرق أخلت المبنى بالكامل.

                وأكد المتحدث أن الحريق لم يسفر عن إصابات بين السكان.""");
        assertThat(quoteStarting(r, "الحريق لم يسفر").speaker()).hasValue("سالم الحربي");
    }

    @Test
    void pageOnASocialNetworkIsNotTheSpeaker() {
        Extraction r = extract("وقال منظمو المهرجان على صفحتهم على فيسبوك إنهم أجلوا العروض إلى الأسبوع المقبل.");
        assertThat(r.quotes()).hasSize(1);
        assertThat(r.quotes().get(0).speaker()).isEmpty(); // organisers: nobody named, and not فيسبوك
    }

    @Test
    void reportedAndInsistedAreSpeechVerbs() {
        Extraction r = extract("وأوردت الهيئة في بيان أن عدد الزوار تضاعف هذا العام، وأصر رئيسها على أن المعرض سيبقى مجانيا.");
        assertThat(r.quotes()).extracting(Quote::text).hasSize(2)
                .anySatisfy(t -> assertThat(t).startsWith("عدد الزوار تضاعف"))
                .anySatisfy(t -> assertThat(t).startsWith("المعرض سيبقى"));
    }

    @Test
    void dualVerbGivesTheTwoPeopleNamedBefore() {
        Extraction r = extract("""
                التقى وزير الخارجية يوسف بن علوي نظيره الأردني أيمن الصفدي في عمان أمس.

                وبينا أن المحادثات تناولت التعاون في مجالي المياه والطاقة.""");
        assertThat(quoteStarting(r, "المحادثات تناولت").speaker()).hasValue("يوسف بن علوي وأيمن الصفدي");
    }

    @Test
    void sourceCitedBeforeAColonLeavesTheDirectQuoteToTheSpeaker() {
        Extraction r = extract("وتابع سامر الخطيب وفقا لما نقلته وكالة الأنباء الرسمية: \"الحكومة لن تتراجع عن خطتها مهما كانت الضغوط\".");
        Quote q = quoteStarting(r, "الحكومة لن تتراجع");
        assertThat(q.direct()).isTrue();
        assertThat(q.speaker()).hasValue("سامر الخطيب");
    }

    @Test
    void participleWithAColonOpensItsOwnDirectQuoteForTheSameSpeaker() {
        Extraction r = extract("وقال الوزير سامر الخطيب إن الخطة ستنفذ على مراحل، مضيفةً: \"لقد اتفقنا مع الجميع على جدول زمني واضح\".");
        assertThat(r.quotes()).hasSize(2);
        assertThat(quoteStarting(r, "الخطة ستنفذ").text()).doesNotContain("اتفقنا");
        Quote direct = quoteStarting(r, "لقد اتفقنا");
        assertThat(direct.direct()).isTrue();
        assertThat(direct.speaker()).isEqualTo(quoteStarting(r, "الخطة ستنفذ").speaker());
    }

    @Test
    void aShortFigureInMarksAfterAVerbDoesNotEndTheClause() {
        Extraction r = extract("وأكد المدير سامر الخطيب أن الشركة أضافت \"156\" رحلة إضافية خلال الشهر.");
        assertThat(r.quotes()).hasSize(1);
        assertThat(r.quotes().get(0).text()).startsWith("الشركة أضافت").contains("رحلة إضافية");
    }

    @Test
    void kamaAnnaAddsTheWritersNextClauseNotTheVerbsWords() {
        // Stop 40: كما أن after a verb with a noun object was read as that verb's إن/أن.
        Extraction r = extract("""
                ولم توضح الشركة بعد ما إذا كان الخرق مرتبطا باختراق حسابات أم بتسرب معلومات، كما أنها لم تتوصل إلى الجاني حتى الآن.

                وكشفت الخطيبة عن خطتها لذكرى ميلاده في الأسبوع المقبل، كما أنها طالبت السلطات بالكشف عن مصيره.""");
        assertThat(r.quotes()).isEmpty();
        // Under a verb with its own أن, a second clause after كما أن is still the speaker's: one quotation.
        Extraction one = extract("وأشار سامر الخطيب إلى أن ارتفاع الأسعار لم ينعكس على بيانات الربع الأول، كما أن ارتفاع المصاريف أثر على الأرباح.");
        assertThat(one.quotes()).hasSize(1);
        assertThat(one.quotes().get(0).text()).contains("ارتفاع المصاريف");
    }

    @Test
    void aVerbInAnOutletsNameIsNoSpeechVerb() {
        // Stop 41: لقناة راي (the channel RAI) was read as the verb رأى, so the words between it and the colon
        // named no one and the quotation went unnamed.
        Extraction r = ExtractTestSupport.extractWithModel("""
                وقال وزير النقل الإيطالي دانيلو تونينيللي، إنه بدأ إجراءات لنزع الامتياز من الشركة.

                وأعلن تونينيللي لقناة راي التلفزيونية الرسمية: "لم تتمكن الشركة من الوفاء بالتزاماتها بموجب العقد".""", "2026-12-05");
        assertThat(quoteStarting(r, "لم تتمكن الشركة").speaker()).hasValue("دانيلو تونينيللي");
    }

    @Test
    void anAsideAfterTheVerbNamesNoOneAndHoldsNoThat() {
        // Stop 45 (quotes-fresh10): دون أن inside the aside is not the verb's أن, and the aside is no unnamed subject.
        String said = "وطالب رئيس البلدية هيروكي تاناكا في كلمته بإزالة الأسلحة النووية من العالم. ";
        Extraction dashes = extract(said + "وقال - دون أن يسمي دولا بعينها - إن \"دولا معينة تغذي مشاعر قومية ضيقة\".");
        assertThat(quoteStarting(dashes, "دولا معينة").speaker()).hasValue("هيروكي تاناكا");
        Extraction commas = extract(said + "وأضاف، دون أن يذكر أسماء، أن دولا كبرى تعيد التوتر إلى العالم من جديد.");
        assertThat(quoteStarting(commas, "دولا كبرى").speaker()).hasValue("هيروكي تاناكا");
        Extraction direct = extract(said + "وقال - دون أن يسمي أحدا - \"دولا معينة تغذي مشاعر قومية ضيقة\".");
        assertThat(quoteStarting(direct, "دولا معينة").speaker()).hasValue("هيروكي تاناكا");
    }

    @Test
    void aBodysNameInMarksAfterAHeadsTitleIsNoQuotation() {
        // Stop 45 (quotes-fresh10): رئيس without the article needs its complement, the body in marks.
        Extraction r = extract("وأعلنت وزارة العدل نتائج المباراة أمس. وقال رئيس \"الجمعية الوطنية للمترجمين\" سعيد بنعلي لفرانس برس \"سنواصل العمل مع الجميع من أجل المهنة\".");
        assertThat(r.quotes()).noneMatch(q -> q.text().startsWith("الجمعية الوطنية"));
        assertThat(quoteStarting(r, "سنواصل العمل").speaker()).hasValue("سعيد بنعلي");
    }

    @Test
    void aCitedSourceAfterMaAndAVerbWithItsObjectPronounIsTheSource() {
        // Stop 46 (quotes-fresh11): أكدته takes ما back; the police spoke, not nobody, and not to the BBC.
        Extraction r = extract("أجبرت الناشطات على ركوب سيارة في منطقة معزولة بعد العرض المسرحي، وفقا لما أكدته الشرطة لبي بي سي.");
        assertThat(quoteStarting(r, "أجبرت الناشطات").speaker()).hasValue("الشرطة");
        Extraction army = extract("تراجعت الهجمات على القرى الحدودية خلال الأسبوع الماضي بشكل كبير، حسبما ذكره الجيش.");
        assertThat(quoteStarting(army, "تراجعت الهجمات").speaker()).hasValue("الجيش");
    }

    @Test
    void aSemiOfficialAgencyIsNamedWithoutSemiOfficial() {
        // Stop 46 (quotes-fresh11): شبه goes with الرسمية, not with the agency's name.
        Extraction r = extract("وتمت الموافقة على مشروع القانون بأغلبية 143 صوتا مقابل 120 صوتا، وفقا لوكالة أنباء إسنا شبه الرسمية.");
        assertThat(quoteStarting(r, "وتمت الموافقة").speaker()).hasValue("وكالة أنباء إسنا");
    }

    @Test
    void himAfterARelayVerbIsTheManNamedBeforeNotTheRelayer() {
        // Stop 46 (quotes-fresh11): عنه after نقل is the man the article named, not the agency that relays him.
        Extraction before = extract("وصل وزير الخارجية الإيطالي باولو جينتيلوني إلى القاهرة أمس. "
                + "ونقلت وكالة رويترز عنه قوله للصحفيين في المطار \"العلاقات بين البلدين قوية ومتينة منذ عقود طويلة\".");
        assertThat(quoteStarting(before, "العلاقات بين البلدين").speaker()).hasValue("باولو جينتيلوني");
        Extraction sameSentence = extract("وشعر ماركو بيانكي المدير التنفيذي للنادي بإحباط ونقل موقع النادي عنه قوله للصحفيين "
                + "\"الاستقبال الذي حظينا به في المطار كان أفضل استقبال\".");
        assertThat(quoteStarting(sameSentence, "الاستقبال الذي").speaker()).hasValue("ماركو بيانكي");
        // After قال, the man named after the verb speaks; عنه belongs to the outlet's relaying.
        Extraction said = extract("انتقد المدرب ماركو بيانكي إدارة النادي. وقال رئيس النادي كارلو روسي في تصريحات نقلتها عنه صحيفة \"كيكر\": "
                + "\"المدرب لا يبالغ في طلباته كما يتصور البعض\".");
        assertThat(quoteStarting(said, "المدرب لا يبالغ").speaker()).hasValue("كارلو روسي");
    }

    @Test
    void aDayRightAfterTheCitedVerbIsNoSource() {
        // Stop 46 (quotes-fresh11): حسبما أفاد الأحد المرصد: the day is when, the observatory is who.
        Extraction r = extract("قتل خمسة أطفال على الأقل إثر سقوط قذيفة صاروخية على أحد أحياء مدينة حلب، حسبما أفاد الأحد المرصد السوري لحقوق الإنسان.");
        assertThat(quoteStarting(r, "قتل خمسة أطفال").speaker()).hasValue("المرصد السوري لحقوق الإنسان");
    }

    @Test
    void aTollOrAReportOfABodyIsItsWord() {
        // Stop 46 (quotes-fresh11): بحسب حصيلة للمرصد after the observatory was named in full.
        Extraction r = extract("قتل خمسة أطفال في حلب، حسبما أفاد المرصد السوري لحقوق الإنسان. "
                + "وأودى النزاع منذ اندلاعه في مارس 2011 بحياة 230 ألف شخص بينهم أكثر من 11500 طفل بحسب حصيلة للمرصد.");
        assertThat(quoteStarting(r, "وأودى النزاع").speaker()).hasValue("المرصد السوري لحقوق الإنسان");
        Extraction report = extract("وتملك البلاد 33 محطة لتحلية المياه تؤمن 42 بالمئة من حاجاتها، بحسب تقرير لوزارة المياه والبيئة عام 2013.");
        assertThat(quoteStarting(report, "وتملك البلاد").speaker()).hasValue("وزارة المياه والبيئة");
    }

    @Test
    void wordsThatCameInAStatementAreItsIssuers() {
        // Stop 46 (quotes-fresh11): وجاء في بيان لـ … أن had been no quotation at all.
        Extraction r = extract("اتهمت باكستان الهند بانتهاك الهدنة في كشمير. وجاء في بيان لوزارة الخارجية الباكستانية ان القوات الهندية "
                + "فتحت النار السبت على قاطع بونش على خط المراقبة الفاصل بين شطري الإقليم.");
        assertThat(quoteStarting(r, "القوات الهندية فتحت").speaker()).hasValue("وزارة الخارجية الباكستانية");
        // The statement a party's words came in, relayed by an agency, is the party's.
        Extraction relayed = extract("انتقد حزب الله اللبناني تصريحات المسؤول الأميركي. ونقلت الوكالة الوطنية للإعلام بيان الحزب الذي جاء فيه أن "
                + "\"التصريحات كشفت حقيقة الموقف الأميركي الاستعلائي على دول العالم وشعوبه\".");
        assertThat(quoteStarting(relayed, "التصريحات كشفت").speaker().orElse("")).contains("حزب الله");
        // A report sent to a court names its addressee, not its author; a place in a ranking is no text.
        Extraction sent = extract("وجاء في التقرير المقدم للمحكمة الفيدرالية في نيويورك أن الرئيس استخدم جمهوره الواسع لمهاجمة المدعية وتشويه سمعتها.");
        assertThat(quoteStarting(sent, "الرئيس استخدم").speaker()).isEmpty();
        Extraction rank = extract("وجاء في المرتبة الثانية نادي النصر بعد أن فاز على منافسه بثلاثة أهداف مقابل هدف واحد في المباراة.");
        assertThat(rank.quotes()).isEmpty();
    }

    @Test
    void theStatementAfterUnnamedSourcesIsTheOneNamedWithItsIssuer() {
        // Stop 46 (quotes-fresh11): وقال البيان after unnamed officials goes back to the ministry's statement.
        Extraction r = extract("وجاء في بيان لوزارة الخارجية الباكستانية ان القوات الهندية فتحت النار السبت على قاطع بونش على خط المراقبة. "
                + "وذكر مسؤولون باكستانيون في وقت سابق ان أربعة مدنيين قتلوا بنيران هندية الأربعاء والخميس قرب الحدود. "
                + "وقال البيان ان \"باكستان تتقدم باحتجاج على هذا العمل الاستفزازي المخالف للتفاهم بين البلدين\".");
        assertThat(quoteStarting(r, "باكستان تتقدم").speaker()).hasValue("وزارة الخارجية الباكستانية");
        // After a named speaker, the statement is his, as before.
        Extraction named = extract("وقال وزير الخارجية الباكستاني شاه محمود قريشي في بيان إن بلاده لن تقبل هذه الانتهاكات المتكررة للهدنة. "
                + "وأضاف البيان أن الحكومة ستتقدم باحتجاج رسمي لدى الأمم المتحدة خلال الأيام المقبلة.");
        assertThat(quoteStarting(named, "الحكومة ستتقدم").speaker()).hasValue("شاه محمود قريشي");
    }

    @Test
    void aBodysHeadNounNamedByItsNationalityAloneSpeaks() {
        // Stop 46 (quotes-fresh11): المجلس الأوروبي, no name the tagger knows, is who announced; not nobody.
        Extraction r = extract("وأعلن المجلس الأوروبي على تويتر \"اتفق قادة الاتحاد الأوروبي على تمديد العقوبات الاقتصادية على روسيا لستة أشهر\".");
        assertThat(quoteStarting(r, "اتفق قادة").speaker()).hasValue("المجلس الأوروبي");
    }

    @Test
    void wordsInMarksAfterAVerbOfStanceAreItsSubjects() {
        // Stop 46 (quotes-fresh11): اتهم and وصف take a noun object and words in marks; their subject said them.
        Extraction accused = extract("واتهم رئيس الوزراء التركي بن علي يلدريم حزب العمال الكردستاني بالقيام \"باستفزازات ونصب كمائن وشن هجمات\"، وقال إن تركيا ستتوغل أكثر إذا استمرت هذه الأفعال.");
        assertThat(quoteStarting(accused, "باستفزازات ونصب").speaker()).hasValue("بن علي يلدريم");
        // A possessive on the object leaves the subject unsaid: she speaks on; a friend after the name is the object.
        Extraction wife = extract("وقالت دانييلا تيجادا إن زوجها بريء من التهم الموجهة إليه. ووصفت زوجها بأنه \"رجل نزيه وصاحب مبدأ\"، مضيفة أن \"لديه عقلا أكاديميا رائعا وسجلا لا تشوبه شائبة\".");
        assertThat(quoteStarting(wife, "رجل نزيه").speaker()).hasValue("دانييلا تيجادا");
        Extraction friend = extract("ووصف فياتشيسلاف باشكوف صديقه بأنه \"صحفي نزيه وصاحب مبدأ\"، مضيفا أن صديقه اتصل به في الخامسة صباحا يوم اختفائه.");
        assertThat(quoteStarting(friend, "صحفي نزيه").speaker()).hasValue("فياتشيسلاف باشكوف");
    }

    @Test
    void generalAtTheEndOfABodysNameIsNoYear() {
        // Stop 46 (quotes-fresh11): العام after الاتحاد العمالي is "general", not a trailing "year"; العام الماضي still is.
        Extraction r = extract("وأشار الاتحاد العمالي العام في بيان صدر الأربعاء إلى أنه يطالب منذ سنوات بنقاش حول فرص تشغيل اللاجئين.");
        assertThat(quoteStarting(r, "يطالب منذ").speaker()).hasValue("الاتحاد العمالي العام");
        assertThat(SpeakerNameCleaner.withoutTrailingTime("الاتحاد العمالي العام الماضي")).isEqualTo("الاتحاد العمالي");
    }

    @Test
    void aNationalityOfAnyCountryNamesItsBodyAndItsTitles() {
        // Stop 47 (quotes-fresh12): the listed places held 40 countries; الفنزويلي، اليوناني were no nationalities, so
        // a body stopped before them and a holder's first name after them was lost.
        Extraction body = extract("وقال البرلمان الفنزويلي في بيان إنه يرفض الطرق العنيفة التي تحيد عن المبادئ الديمقراطية.");
        assertThat(quoteStarting(body, "يرفض الطرق").speaker()).hasValue("البرلمان الفنزويلي");
        Extraction holder = extract("من جانبه، أعلن رئيس الوزراء اليوناني أليكسيس تسيبراس أن أثينا وسكوبيي توصلتا إلى اتفاق.");
        assertThat(quoteStarting(holder, "أثينا وسكوبيي").speaker()).hasValue("أليكسيس تسيبراس");
        // Early (باكرا) is no Accra: a listed place's letters after a proclitic.
        Extraction early = extract("وأكد رئيس النادي أن الإدارة عملت باكرا على تجهيز الإمكانيات.");
        assertThat(early.entities()).noneMatch(e -> e.type() == dev.marsad.model.EntityType.LOCATION);
    }

    @Test
    void aBodyInTheOccasionOfTheWordsIsNoSpeaker() {
        // Stop 47 (quotes-fresh12): وأضاف في ختام قمة مجموعة السبع: the summit is where he spoke; the G7 said nothing.
        Extraction r = extract("حذر الرئيس الأميركي دونالد ترامب الزعيم الكوري الشمالي بالقول إن القمة تمثل فرصة لمرة واحدة. "
                + "وأضاف في ختام قمة مجموعة السبع في كندا \"أشعر أن الزعيم الكوري يريد أن يفعل شيئا رائعا لشعبه\".");
        assertThat(quoteStarting(r, "أشعر أن").speaker()).hasValue("دونالد ترامب");
        Extraction council = extract("وقال المندوب الروسي خلال اجتماع مجلس الأمن إن بلاده ترفض مشروع القرار.");
        assertThat(quoteStarting(council, "بلاده ترفض").speaker()).isNotEqualTo(java.util.Optional.of("مجلس الأمن"));
    }

    @Test
    void aTitleNamedBeforeItsHolderSpeaksForTheNameRightAfter() {
        // Stop 47 (quotes-fresh11, quotes-fresh12): the office first, the name with the next verb.
        Extraction r = extract("قال رئيس وزراء اليونان، الثلاثاء، إن بلاده توصلت لاتفاق مع جارتها الشمالية لإنهاء نزاع قديم.\n"
                + "وأوضح أليكسيس تسيبراس في تصريحات بثها التلفزيون الرسمي أن الاتفاق سيمنح مقدونيا اسما مختلفا.");
        assertThat(quoteStarting(r, "بلاده توصلت").speaker()).hasValue("أليكسيس تسيبراس");
        // Not a person the article named before (someone else, met earlier), nor when the verbs' genders disagree.
        Extraction met = extract("التقى أليكسيس تسيبراس نظيره في أثينا أمس.\nوقال وزير المالية اليوناني إن الإصلاحات التي يطلبها "
                + "المقرضون ضرورية لبدء المحادثات.\nوأضاف أليكسيس تسيبراس أن المفاوضات تبدأ الجمعة.");
        assertThat(quoteStarting(met, "الإصلاحات التي").speaker()).isEmpty();
        Extraction she = extract("قالت وزيرة الخارجية الهولندية إن بلادها ترفض القرار.\nوأضاف مارك روته أن الحكومة ستجتمع غدا.");
        assertThat(quoteStarting(she, "بلادها ترفض").speaker()).isEmpty();
    }

    @Test
    void aTitleRestatedWithItsHoldersNameSpeaksForHim() {
        // Stop 48 (quotes-fresh10): حذر رئيس بلدية هيروشيما … قائلا إن, then وطالب رئيس البلدية كازومي ماتسوي: the office
        // comes back with the name before he is quoted again.
        Extraction r = extract("وفي حفل أقيم الإثنين، حذر رئيس بلدية المدينة في كلمة من تصاعد المد القومي قائلا إن ذلك يعد تهديدا للسلم.\n"
                + "وطالب رئيس البلدية هاروتو ناكامورا في كلمته بتجريد العالم من الأسلحة النووية. وقال إن دولا معينة تحيي التوترات.");
        assertThat(quoteStarting(r, "ذلك يعد").speaker()).hasValue("هاروتو ناكامورا");
        // Another office named with the name is no restatement.
        Extraction other = extract("وفي حفل أقيم الإثنين، حذر رئيس بلدية المدينة في كلمة من تصاعد المد القومي قائلا إن ذلك يعد تهديدا للسلم.\n"
                + "وطالب وزير الخارجية هاروتو ناكامورا في كلمته بتجريد العالم من الأسلحة النووية. وقال إن دولا معينة تحيي التوترات.");
        assertThat(quoteStarting(other, "ذلك يعد").speaker()).isEmpty();
        // An unnamed spokesman, then the spokesman with his name (quotes-fresh13): أعلن متحدث باسم …، وقال المتحدث فلان.
        Extraction spokesman = extract("أعلن متحدث باسم مصلحة السجون أنه تم الإفراج عن الفتاة بعد قضائها عقوبة بالسجن مدتها ثمانية أشهر.\n"
                + "وقال المتحدث يوسي ليفي لفرانس برس إن الفتاة نقلت إلى حاجز يؤدي إلى الضفة الغربية.");
        assertThat(quoteStarting(spokesman, "تم الإفراج").speaker()).hasValue("يوسي ليفي");
        // Another person named next is not the unnamed spokesman.
        Extraction minister = extract("أعلن متحدث باسم مصلحة السجون أنه تم الإفراج عن الفتاة بعد قضائها عقوبة بالسجن مدتها ثمانية أشهر.\n"
                + "وقال وزير الأمن يوسي ليفي لفرانس برس إن الفتاة نقلت إلى حاجز يؤدي إلى الضفة الغربية.");
        assertThat(quoteStarting(minister, "تم الإفراج").speaker()).isNotEqualTo(java.util.Optional.of("يوسي ليفي"));
        // The same title word for another office (a survey): the Canadian minister is not the French one named next.
        Extraction otherOffice = extract("وقال وزير المال الكندي إن بلاده لا توافق على الإطلاق على الرسوم الجمركية الجديدة.\n"
                + "وقال وزير المال الفرنسي برونو لومير الجمعة إن الاجتماع يثير مخاطر زعزعة استقرار الاقتصاد العالمي.");
        assertThat(quoteStarting(otherOffice, "بلاده لا توافق").speaker()).isEmpty();
    }

    @Test
    void aNameSetOffAfterASecondTitleIsTheSpeakerThoughItsGivenNameIsACommonWordsClass() {
        // Stop 48 (quotes-fresh13): جمانة falls in a class of common words; set off by commas after the spokesman's title
        // it is a name all the same.
        Extraction r = extract("وقالت وزيرة الدولة لشؤون الإعلام، الناطق الرسمي باسم الحكومة، جمانة غنيمات \"إن الأجهزة الأمنية "
                + "مستمرة بتطهير الموقع\".\nوبيّنت غنيمات أن نتائج العملية أسفرت عن مقتل أربعة من عناصر الأمن.");
        assertThat(quoteStarting(r, "إن الأجهزة").speaker()).hasValue("جمانة غنيمات");
        assertThat(quoteStarting(r, "نتائج العملية").speaker()).hasValue("جمانة غنيمات");
    }

    @Test
    void aNameSetOffByCommasBeforeItsVerbIsItsSubject() {
        // Stop 48 (quotes-fresh13): وكان العاهل الأردني، الملك عبد الله الثاني، توعد "…": the king, not the one quoted before.
        Extraction r = extract("وقال وزير الداخلية سمير الحسن إن الوضع تحت السيطرة.\nوكان العاهل الأردني، الملك عبد الله الثاني، "
                + "توعد في وقت سابق الأحد \"بمحاسبة كل من سولت له نفسه المساس بأمن الأردن\".");
        assertThat(quoteStarting(r, "بمحاسبة كل").speaker()).hasValue("عبد الله الثاني");
        // A comma after a name that is no apposition (no title before it) leaves the one quoted before speaking.
        Extraction list = extract("وقال وزير الداخلية سمير الحسن إن الوضع تحت السيطرة.\nوبعد لقائه مع خالد العمر، أضاف \"سنواصل "
                + "العمل مع كل الأطراف\".");
        assertThat(quoteStarting(list, "سنواصل العمل").speaker()).hasValue("سمير الحسن");
    }

    @Test
    void aTimeAdjectiveRightAfterAFirstNameIsItsFamilyName() {
        // Stop 48 (quotes-fresh13): قال عبدالعزيز المقبل إنه: المقبل ("next") is a family name here, not the time of a
        // week; after a time noun it stays a time word.
        Extraction r = extract("من جهته، قال عبدالعزيز المقبل إنه خرج مع عائلته إلى البر للاستمتاع بالطبيعة الساحرة.\n"
                + "وقال الجيش التركي الثلاثاء الماضي إن قواته قتلت مسلحين في الجبال الشمالية.");
        assertThat(quoteStarting(r, "خرج مع").speaker()).hasValue("عبدالعزيز المقبل");
        assertThat(quoteStarting(r, "قواته قتلت").speaker()).hasValue("الجيش التركي");
    }

    @Test
    void theOneAnOfficeIsHeldForIsNotItsHolder() {
        // Stop 48 (quotes-fresh13): وقال ممثل آية الله علي خامنئي في العراق، مجتبى الحسيني، إن: Khamenei's representative
        // speaks, not Khamenei; likewise an adviser, a special envoy and a spokesman named by whom they serve.
        Extraction r = extract("وقال مستشار الرئيس دونالد ترامب للأمن القومي، جون بولتون، إن العقوبات ستستمر حتى تغير إيران سلوكها.\n"
                + "وقال المبعوث الخاص للرئيس فلاديمير بوتين، ألكسندر لافرنتييف، إن المحادثات ستستأنف في الشهر المقبل.\n"
                + "وقال المتحدث باسم الرئيس الروسي فلاديمير بوتين إن الكرملين لا يعلق على هذه الأنباء المتداولة.");
        assertThat(quoteStarting(r, "العقوبات ستستمر").speaker()).hasValue("جون بولتون");
        assertThat(quoteStarting(r, "المحادثات ستستأنف").speaker()).hasValue("ألكسندر لافرنتييف");
        assertThat(quoteStarting(r, "الكرملين لا").speaker()).isEmpty();
        // The holder named right after his office keeps it: an adviser after a ruler's nationality, a ministry's spokesman.
        Extraction holders = extract("وقال مستشار الرئيس الأمريكي جون بولتون إن موسكو مستعدة للحوار مع جميع الأطراف.\n"
                + "وقال الناطق باسم الخارجية أحمد أبو زيد إن مصر ترفض أي تدخل في شؤونها الداخلية.");
        assertThat(quoteStarting(holders, "موسكو مستعدة").speaker()).hasValue("جون بولتون");
        assertThat(quoteStarting(holders, "مصر ترفض").speaker()).hasValue("أحمد أبو زيد");
    }

    @Test
    void aPronounInAnAsideAboutTheSourceIsNoRelayOfTheOneBefore() {
        // Stop 48 (quotes-fresh13): عن مسؤول أمريكي، لم يكشف عنه هويته، قوله: the unnamed official, not Kuwait quoted before.
        Extraction r = extract("ووصفت الكويت القرار الأمريكي بأنه خطوة روتينية، وقالت إن نظام باتريوت الخاص بها قادر على حماية حدودها.\n"
                + "ونقلت وكالة فرانس برس عن مسؤول أمريكي، لم يكشف عنه هويته يوم الأربعاء، قوله إن القرار يهدف إلى "
                + "إعادة التوازن بعيدا عن منطقة الشرق الأوسط.");
        assertThat(quoteStarting(r, "نظام باتريوت").speaker()).hasValue("الكويت");
        assertThat(quoteStarting(r, "القرار يهدف").speaker()).isEmpty();
    }

    @Test
    void aBodysNameEndsBeforeTheParticipleOfItsCharge() {
        // Stop 48 (quotes-fresh13): لجنة متابعة أسعار الوقود المكلفة بتحديد الأسعار: the committee, without "tasked".
        Extraction r = extract("وقالت لجنة متابعة أسعار الوقود المكلفة بتحديد الاسعار الجديدة للمحروقات ان سعر ليتر البنزين سيرتفع الشهر المقبل.");
        assertThat(quoteStarting(r, "سعر ليتر").speaker()).hasValue("لجنة متابعة أسعار الوقود");
    }

    @Test
    void aNationalityToldAboutSomeoneIsNoNameAndNoSpeaker() {
        // Stop 48 (quotes-fresh13): شاب سوري الجنسية inside the activist's words was a person, and then his next words' speaker.
        Extraction r = extract("وقال الناشط، الذي نشر الفيديو، \"في بلدة عرمون اللبنانية.. شرطي بلدية مهمته تنظيم السير في أحسن أحواله "
                + "يقوم بتوقيف شاب سوري الجنسية و يستجوبه ويتهمه بالإرهاب، لأنه كان يحمل صوراً في هاتفه\". "
                + "وأضاف \"حتى إن ثبتت تهمة الإرهاب عليه، فهذا ليس من حق بلدية عرمون وعناصرها أن تحاسبه\".");
        assertThat(r.entities()).noneMatch(e -> e.text().endsWith("الجنسية"));
        assertThat(quoteStarting(r, "حتى إن").speaker()).isEmpty();
    }

    @Test
    void aTimeRightAfterTheVerbLeavesItWithoutASubject() {
        // Stop 48 (quotes-fresh13 and a survey): وقد قال الشهر الماضي للصحافيين إن: the one the article was speaking of goes on.
        Extraction r = extract("ويتفاوض ديفيد كاميرون مع قادة دول الاتحاد الأوروبي بشأن تغيير شروط عضوية بريطانيا قبل إجراء الاستفتاء. "
                + "وقد قال الشهر الماضي للصحافيين إن هدفه هو إعادة التفاوض والحصول على اتفاق.");
        assertThat(quoteStarting(r, "هدفه هو").speaker()).hasValue("ديفيد كاميرون");
        // A subject after the time is the verb's own.
        Extraction own = extract("ويتفاوض ديفيد كاميرون مع قادة دول الاتحاد الأوروبي بشأن تغيير شروط عضوية بريطانيا قبل إجراء الاستفتاء. "
                + "وقال أمس وزير الخارجية إن هدف الحكومة هو إعادة التفاوض والحصول على اتفاق.");
        assertThat(quoteStarting(own, "هدف الحكومة").speaker()).isNotEqualTo(java.util.Optional.of("ديفيد كاميرون"));
    }

    @Test
    void aNameWithASpeltOutMiddleInitialIsOneSpeaker() {
        // Stop 48 (quotes-fresh13): أنجوس إتش. بورنومو, found in two halves and the sentence broken at the initial's dot.
        Extraction r = extract("وقال المدير العام للنقل البحري، أنجوس إتش. بورنومو، في بيان: \"صدم الربان شعابا مرجانية حتى لا تغرق العبارة\".");
        assertThat(quoteStarting(r, "صدم الربان").speaker()).hasValue("أنجوس إتش. بورنومو");
    }

    @Test
    void aStationIsAnOutletAndSpeaksWhenNamedBack() {
        // Stop 48 (quotes-fresh13): محطة «ام تي في», then قالت المحطة إن: the station, as الصحيفة is the newspaper.
        Extraction r = extract("جاء ذلك في مقابلة أجرتها محطة «ام تي في» التلفزيونية اللبنانية أمس مع أحد قياديي التنظيم. "
                + "وقالت المحطة إن الحوار جرى في مغارة في جبال القلمون.");
        assertThat(quoteStarting(r, "الحوار جرى").speaker()).hasValue("محطة ام تي في");
    }

    @Test
    void aBodysNounAndNationalityTheTaggerNamedStillReferBack() {
        // Stop 48 (quotes-fresh13): منظمة "سي ووتش" الألمانية, then وقالت المنظمة الألمانية: the organisation named before.
        Extraction r = extract("أعلنت منظمة \"سي ووتش\" الألمانية غير الحكومية، الخميس، أن سفينة إنسانية جديدة في طريقها إلى ليبيا. "
                + "وقالت المنظمة الألمانية في تغريدة: \"نحن مجددا في البحر لنبقى يقظين\". وقالت المنظمة الألمانية إن السفينة "
                + "ستصل غدا إلى المياه الدولية.");
        assertThat(quoteStarting(r, "نحن مجددا").speaker()).hasValue("سي ووتش");
        assertThat(quoteStarting(r, "السفينة ستصل").speaker()).hasValue("سي ووتش");
    }

    @Test
    void aTitleRelayedWithoutANameIsAnUnnamedSpeakerNotTheBodyInTheTitle() {
        // Stop 48 (quotes-fresh13): نقلا عن مدير عام الإدارة العامة للمباحث، إنه: an unnamed director general.
        Extraction r = extract("وقال الموقع، نقلا عن مدير عام الإدارة العامة للمباحث والأدلة الجنائية، إنه تم القبض على 14 شخصا دخلوا "
                + "البلاد بجوازات سفر مزورة.");
        assertThat(quoteStarting(r, "تم القبض").speaker()).isEmpty();
        // A spokesman relayed speaks for his body.
        Extraction spokesman = extract("ونقلت الوكالة عن متحدث باسم وزارة الداخلية قوله إن 14 شخصا دخلوا البلاد بجوازات سفر مزورة.");
        assertThat(quoteStarting(spokesman, "14 شخصا").speaker()).hasValue("وزارة الداخلية");
    }

    @Test
    void anUnnamedSourceAfterWhomTheWordsWentToIsStillUnnamed() {
        // Stop 48 (quotes-fresh13): وكشف لـ" الرياض" مصدر بشركة كهرباء عرعر بأن: a source in the company, unnamed.
        Extraction r = extract("وكشف لـ\" الرياض\" مصدر بشركة كهرباء عرعر بأن مقاولا تسبب في عطل بكيبل رئيسي مغذي للحي.\n"
                + "وقال للرياض مصدر في شركة كهرباء عرعر إن العطل خارج عن إرادة الشركة تماما.");
        assertThat(quoteStarting(r, "مقاولا تسبب").speaker()).isEmpty();
        assertThat(quoteStarting(r, "العطل خارج").speaker()).isEmpty();
    }

    @Test
    void aBodyNamedAfterItsHeadNounEndsWhereTheVerbsObjectBegins() {
        // Stop 47 (quotes-fresh12): yesterday and its day before the verb, then head noun + a named body + the object.
        Extraction r = extract("وأمس الثلاثاء رفعت مؤسسة ستاندرد اند بورز التصنيف الائتماني السيادي لليونان نقطتين قائلة ان آفاق "
                + "السيولة في البلاد تحسنت بفضل محادثات الانقاذ.");
        assertThat(quoteStarting(r, "آفاق السيولة").speaker()).hasValue("مؤسسة ستاندرد اند بورز");
    }

    @Test
    void aTitleWithInnahuIsNoContinuationOfABodyQuotedBefore() {
        // Stop 47 (quotes-fresh12): قال وزير المالية اليوناني اليوم انه: the minister (named next), not the agency quoted before.
        Extraction r = extract("ورفعت مؤسسة ستاندرد اند بورز التصنيف الائتماني لليونان قائلة ان آفاق السيولة في البلاد تحسنت.\n"
                + "من ناحية أخرى، قال وزير المالية اليوناني اليوم انه من الضروري أن يصدق البرلمان على الاصلاحات.");
        assertThat(quoteStarting(r, "من الضروري").speaker()).isNotEqualTo(quoteStarting(r, "آفاق السيولة").speaker())
                .isEmpty();
    }

    @Test
    void theReportersBylineIsNoSpeaker() {
        // Stop 47 (quotes-fresh12): Sabq's byline (NAME- سبق:) opens the article; the columnist after it speaks.
        Extraction r = extract("محمد أبو شعر- سبق: يواصل الكاتب الرياضي واللاعب النصراوي السابق، فهد الهريفي، انتقاداته للإدارة النصراوية، "
                + "مؤكداً أن العمل لا يبشر باستمرار النجاح في الموسم المقبل.");
        assertThat(quoteStarting(r, "العمل لا يبشر").speaker()).hasValue("فهد الهريفي");
    }

    @Test
    void aNameAfterIlaIsWhomTheWordsWentTo() {
        // Stop 47 (quotes-fresh12 and a survey): إلى before a name makes it the addressee or the topic, never the subject.
        Extraction r = extract("ووصف السيناتور جيف فليك لغة الرئيس بأنها غير لائقة، وقال في تغريدة يشير فيها إلى تغريدة ترامب إن "
                + "الجمهوريين يجب ألا يكونوا راضين عن مثل هذه اللغة.");
        assertThat(quoteStarting(r, "الجمهوريين يجب").speaker()).hasValue("جيف فليك");
    }

    @Test
    void aFeminineVerbAfterAManQuotedGoesOnFromTheWomanOfTheSentenceBefore() {
        // Stop 47 (quotes-fresh12): قالت after فيلي (a man, قائلا) is the woman the sentence before was about.
        Extraction r = extract("فقد استقال السفير الأمريكي في بنما جون فيلي في يناير، قائلا إنه لم يعد يستطيع العمل في إدارة ترامب.\n"
                + "وقبلها بشهر، تركت إليزابيث شاكللفورد منصبها في نيروبي.\n"
                + "وفي خطاب استقالتها إلى وزير الخارجية ريكس تيلرسون، قالت إنها ستغادر منصبها لأن الولايات المتحدة تخلت عن حقوق الإنسان.");
        assertThat(quoteStarting(r, "ستغادر منصبها").speaker()).hasValue("إليزابيث شاكللفورد");
    }

    @Test
    void aPluralOfPeopleAfterADefiniteHeadNounIsTheObject() {
        // Stop 47 (quotes-fresh12): ونصحت الهيئة المسافرين …، لافتة إلى أن: the authority named before, not "الهيئة المسافرين".
        Extraction r = extract("وقالت وكالة السودان للأنباء (سونا)، إن هيئة الجوازات والسجل المدني أقرت الإجراءات الجديدة.\n"
                + "وأكدت الهيئة أن \"المبالغ المسموح بها للدخول أو الخروج هي عشرة آلاف دولار فقط\".\n"
                + "ونصحت الهيئة المسافرين بعدم حمل أكثر من خمسة آلاف جنيه، لافتة إلى أن \"أي زيادة تعرض صاحبها للمساءلة القانونية\".");
        assertThat(quoteStarting(r, "أي زيادة").speaker()).hasValue("هيئة الجوازات والسجل المدني");
    }

    @Test
    void aPoliticalBodysNounBeforeItsNameInMarksStaysInTheName() {
        // Stop 47 (quotes-fresh11): تيار "اللقاء الديمقراطي" is تيار اللقاء الديمقراطي, not تيار.
        Extraction r = extract("ووقتها أعلن تيار \"اللقاء الديمقراطي\" الذي يترأسه وليد جنبلاط، أنه بصدد الإعداد لطعن سيقدمه أمام مجلس شورى الدولة.");
        assertThat(quoteStarting(r, "بصدد الإعداد").speaker()).hasValue("تيار اللقاء الديمقراطي");
    }

    @Test
    void anOutletInMarksKeepsItsMediaNounAndItsMorning() {
        // Stop 47 (quotes-fresh9): "ديلي صباح" (Daily Sabah) is no outlet "ديلي" with a morning after it, and the site
        // the article wrote as موقع "ديلي صباح" keeps موقع where the name stands alone in marks.
        Extraction r = extract("قال موقع \"ديلي صباح\" التركي إنه تم اكتشاف مقر عسكري كان يستخدمه مصطفى كمال أتاتورك في عفرين.\n"
                + "وأوضح \"ديلي صباح\" أنه بعد المهمة الناجحة في معركة غاليبولي، تمركز مصطفى كمال في سوريا.");
        assertThat(quoteStarting(r, "تم اكتشاف").speaker()).hasValue("موقع ديلي صباح");
        assertThat(quoteStarting(r, "بعد المهمة").speaker()).hasValue("موقع ديلي صباح");
        assertThat(SpeakerNameCleaner.withoutTrailingTime("الشرطة صباح اليوم")).isEqualTo("الشرطة");
    }

    @Test
    void aSocialSiteAPageOrAnAccountIsWhereTheWordsWentOut() {
        // Stop 47 (quotes-fresh12 and a survey): an unnamed user on Twitter; a columnist on his Facebook page.
        Extraction user = extract("وقال مستخدم على موقع التواصل الاجتماعي تويتر : \"لا تحكموا على جودة الأسماك من خلال أعينها\"، في حين أشاد آخرون بالخطوة.");
        assertThat(quoteStarting(user, "لا تحكموا").speaker()).isEmpty();
        Extraction page = extract("أما الإعلامي مصطفى سعدون، فقد كتب في صفحته على «الفيسبوك» أن التظاهرات خرجت من الشعب وعبرت عما في قلوبهم.");
        assertThat(quoteStarting(page, "التظاهرات خرجت").speaker()).hasValue("مصطفى سعدون");
    }

    @Test
    void aClericsRankIsNoGivenName() {
        // Stop 49 (quotes-fresh14): المرشد الإيراني آية الله علي خامنئي gave a person آية, and the quote went to the next cleric.
        Extraction r = extract("قال المرشد الإيراني آية الله علي خامنئي إن بلاده لن تتفاوض مع واشنطن أبدا.\n"
                + "وقال آية الله أحمد جنتي إن الانتخابات ستجري في موعدها المحدد دون تأخير.");
        assertThat(r.entities()).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::text)
                .containsExactly("علي خامنئي", "أحمد جنتي");
        assertThat(quoteStarting(r, "بلاده لن").speaker()).hasValue("علي خامنئي");
        assertThat(quoteStarting(r, "الانتخابات ستجري").speaker()).hasValue("أحمد جنتي");
    }

    @Test
    void anOfficialOfTheFieldHisTitleNamedIsTheOneQuotedBefore() {
        // Stop 49 (quotes-fresh14): نائب رئيس اللجنة الوطنية للحج … الجبرتي، then وقال مسؤول الحج: he goes on, not someone unnamed.
        Extraction r = extract("حذر نائب رئيس اللجنة الوطنية للحج والعمرة عبدالقادر الجبرتي من المواقع الوهمية.\n"
                + "وقال الجبرتي إن الموقع يتلاعب بعواطف الحجاج كثيرا.\n"
                + "وقال مسؤول الحج إن التسجيل سيبدأ قريبا في برنامج الحج المنخفض التكلفة.\n"
                + "وقال مسؤول الأمن إن الطرق المؤدية إلى المشاعر ستغلق مساء الغد.");
        assertThat(quoteStarting(r, "التسجيل سيبدأ").speaker()).hasValue("عبدالقادر الجبرتي");
        // Another field: someone the article does not name.
        assertThat(quoteStarting(r, "الطرق المؤدية").speaker()).isEmpty();
    }

    @Test
    void aBodysStanceAfterItsNameIsNoPartOfIt() {
        // Stop 49 (quotes-fresh14): وقال المرصد السوري لحقوق الإنسان المعارض، إن: the observatory, not "… the opposing".
        Extraction r = extract("وقال المرصد السوري لحقوق الإنسان المعارض، إن الانفجار وقع مساء السبت قرب المركز.\n"
                + "وأشارت صحيفة الوطن الموالية للحكومة إلى أن التحقيقات ما زالت جارية في الحادث.");
        assertThat(quoteStarting(r, "الانفجار وقع").speaker()).hasValue("المرصد السوري لحقوق الإنسان");
        assertThat(quoteStarting(r, "التحقيقات ما").speaker()).hasValue("صحيفة الوطن");
    }

    @Test
    void aVerbWithoutSubjectGoesOnFromTheSubjectOfTheSentenceBefore() {
        // Stop 49 (quotes-fresh14, quotes-fresh13 and a survey): Khamenei quoted, then بدوره، يسعى الرئيس الإيراني حسن روحاني
        // إلى …، then وقال عقب اتصال … «…»: Rouhani, who is the sentence before's subject, though not quoted yet.
        Extraction r = extract("وقال المرشد علي خامنئي في خطبة العيد إن بلاده لن تتفاوض مع الولايات المتحدة.\n"
                + "بدوره، يسعى الرئيس الإيراني حسن روحاني إلى التظاهر بالانفتاح على المنطقة. "
                + "وقال عقب اتصال هاتفي مع أمير قطر «ما من شك في أن الاتفاق سيقود إلى علاقات أوثق مع الجيران».");
        assertThat(quoteStarting(r, "ما من شك").speaker()).hasValue("حسن روحاني");
        // وأضاف continues the one quoted before, whoever the sentence between spoke of.
        Extraction added = extract("وقال المرشد علي خامنئي في خطبة العيد إن بلاده لن تتفاوض مع الولايات المتحدة.\n"
                + "بدوره، يسعى الرئيس الإيراني حسن روحاني إلى التظاهر بالانفتاح على المنطقة. "
                + "وأضاف في الخطبة «لن نكف عن دعم أصدقائنا في المنطقة مهما حدث».");
        assertThat(quoteStarting(added, "لن نكف").speaker()).hasValue("علي خامنئي");
    }

    @Test
    void anAgencyIsNamedByItsOwnWordWithoutWhatDescribesIt() {
        // Stop 49 (quotes-fresh13): وكالة يونهاب الكورية الجنوبية للأنباء is reported as وكالة يونهاب.
        Extraction r = extract("وأفادت وكالة يونهاب الكورية الجنوبية للأنباء بأن أول إصابة بالفيروس ظهرت في مايو الماضي.\n"
                + "وقالت وكالة الأنباء الكويتية إن الحكومة عقدت اجتماعا طارئا لبحث الوضع.");
        assertThat(quoteStarting(r, "أول إصابة").speaker()).hasValue("وكالة يونهاب");
        // Descriptive words before the agency's own: its name as written.
        assertThat(quoteStarting(r, "الحكومة عقدت").speaker()).hasValue("وكالة الأنباء الكويتية");
    }

    @Test
    void statementsWithoutASubjectCarryTheSubjectThatOpenedThem() {
        // Stop 49 (quotes-fresh14): كما اتهمت الإمارات … . كذلك أكدت … . وطالبت … . وأشارت إلى أن: the Emirates throughout.
        Extraction r = extract("كما اتهمت الإمارات الميليشيات بمفاقمة الوضع الإنساني في المدينة.\n"
                + "كذلك أكدت إنشاء ثلاثة مستشفيات رئيسية في المحافظة.\n"
                + "وطالبت المجتمع الدولي بإدانة الانتهاكات.\n"
                + "وأشارت إلى أن الصواريخ التي أطلقتها الميليشيات على المدن وصلت إلى 150 صاروخا.");
        assertThat(quoteStarting(r, "الصواريخ التي").speaker()).hasValue("الإمارات");
        // A sentence opening a new matter (in a new step, confirmed the council …) ends the run: no speaker carried over it.
        Extraction other = extract("كما اتهمت الإمارات الميليشيات بمفاقمة الوضع الإنساني في المدينة.\n"
                + "في خطوة مفاجئة، أكد المجلس الأعلى للقبائل عقد اجتماع طارئ.\n"
                + "وأشار إلى أن الصواريخ التي أطلقتها الميليشيات على المدن وصلت إلى 150 صاروخا.");
        assertThat(quoteStarting(other, "الصواريخ التي").speaker()).isNotEqualTo(java.util.Optional.of("الإمارات"));
    }
}
