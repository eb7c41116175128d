package dev.marsad.extract;

import static dev.marsad.extract.ExtractTestSupport.quoteStarting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.model.Extraction;
import dev.marsad.text.FoldedText;
import org.junit.jupiter.api.Test;

/**
 * Who goes on talking (issue 17, round of quotes-fresh4): the subject of a verb-first sentence before the first
 * quotation, a role noun for the person it introduced, a surname for the one quoted before, relays through عن and
 * على لسان. Sentences written for the test; run with the committed name-finder model, as analyze runs.
 */
class SpeakerContinuityTest {

    private static Extraction extract(String text) {
        return ExtractTestSupport.extractWithModel(text, "2018-06-01");
    }

    @Test
    void theSubjectOfTheSentenceBeforeTheFirstQuotationGoesOnTalking() {
        Extraction result = extract("""
                حذر الطبيب خالد العمري من ترك الأطفال في السيارات المغلقة صيفا. وقال في حديث للصحفيين: «الحرارة داخل السيارة تتضاعف خلال دقائق». مشيرا إلى أن الأطفال أكثر عرضة للخطر من الكبار.""");
        assertThat(quoteStarting(result, "الحرارة داخل").speaker()).hasValue("خالد العمري");
        assertThat(quoteStarting(result, "الأطفال أكثر").speaker()).hasValue("خالد العمري");
    }

    @Test
    void aBodyNamedInMarksAfterItsHeadNounIsTheSubject() {
        Extraction result = extract("""
                ودعت منظمة "أطباء بلا حدود" الأطراف المتحاربة إلى وقف القصف على الأحياء السكنية. وقالت إن المستشفيات الميدانية لم تعد تتسع للجرحى.""");
        assertThat(quoteStarting(result, "المستشفيات الميدانية").speaker()).hasValue("أطباء بلا حدود");
    }

    @Test
    void theObjectOfTheSentenceBeforeIsNeverTheSpeaker() {
        Extraction result = extract("""
                أعلنت الشرطة اعتقال سالم الدوسري في حي النسيم. وقالت إن التحقيقات مستمرة مع الموقوف منذ الصباح.""");
        assertThat(quoteStarting(result, "التحقيقات مستمرة").speaker()).hasValue("الشرطة");
    }

    @Test
    void onceSomeoneIsQuotedAContinuationStaysWithTheLastSpeakerNotTheLastName() {
        Extraction result = extract("""
                قال وزير النقل فهد العلي إن الخطة الجديدة جاهزة للتنفيذ. واستقبل الطبيب خالد العمري المرضى في العيادة. وأضاف أن تنفيذ الخطة يبدأ الأسبوع المقبل.""");
        assertThat(quoteStarting(result, "تنفيذ الخطة").speaker()).hasValue("فهد العلي");
        // (One who spoke in the sentence between, وحذر الطبيب خالد العمري من الحر, goes on himself: SpeakerGoingOnTest.)
    }

    @Test
    void aRoleNounStandsForThePersonItIntroduced() {
        Extraction mufti = extract("""
                طالب مفتي الجمهورية، رئيس المجلس الإسلامي الأعلى الشيخ أحمد سالم، بحماية المساجد من الاعتداءات. وقال المفتي في خطبة الجمعة إن الاعتداء على دور العبادة جريمة لا تغتفر.""");
        assertThat(quoteStarting(mufti, "الاعتداء على دور").speaker()).hasValue("أحمد سالم");
        Extraction spokesman = extract("""
                كشف المتحدث باسم الجيش الوطني، العقيد سامي الحربي، تفاصيل العملية العسكرية في الشمال. وقال المتحدث باسم الجيش في مؤتمر صحفي إن القوات استعادت السيطرة على الجسر الرئيسي.""");
        assertThat(quoteStarting(spokesman, "القوات استعادت").speaker()).hasValue("سامي الحربي");
        // وزير opens with و as a conjunction would: the role is the word as written (survey, stop 32).
        Extraction minister = extract("""
                وقال وزير الزراعة الأردني، خالد الحنيفات، إن "الموسم المطري جاء أفضل من المتوقع". وأضاف الوزير أن إنتاج القمح سيرتفع هذا العام.""");
        assertThat(quoteStarting(minister, "إنتاج القمح").speaker()).hasValue("خالد الحنيفات");
        // The role right after the name, in apposition (survey, stop 32).
        Extraction after = extract("""
                قالت كومبا با، وزيرة الشباب والرياضة الموريتانية، إن الملتقى أسس لتبادل المعارف بين الشباب. وأضافت الوزيرة أن عدد المشاركين في الملتقى وصل إلى 350 مشاركا.""");
        assertThat(quoteStarting(after, "عدد المشاركين").speaker()).hasValue("كومبا با");
        // A role over a body, no listed title: the phrase introduced the person, not the body in it.
        Extraction dean = extract("""
                وقال عميد شؤون أعضاء هيئة التدريس، الدكتور مطلق العتيبي، إن التقديم يبدأ الأحد. وأضاف عميد شؤون أعضاء هيئة التدريس أن المقابلات تعقد في مقر الجامعة.""");
        assertThat(quoteStarting(dean, "المقابلات تعقد").speaker()).hasValue("مطلق العتيبي");
    }

    @Test
    void aBodyThatSpeaksIsNoRoleEvenWhenItStoodBeforeAName() {
        Extraction result = extract("""
                بعد مواجهات أوقفت فيها الشرطة عشرة أشخاص صرح وزير الداخلية جيرار كولومب أن قوات الأمن ستعزز في العاصمة. وقالت الشرطة إن الموقوفين سيمثلون أمام القضاء غدا.""");
        // (The body itself, not the minister: how far its phrase runs is the organisation chain's business.)
        assertThat(quoteStarting(result, "الموقوفين سيمثلون").speaker()).hasValueSatisfying(s -> assertThat(s).startsWith("الشرطة"));
    }

    @Test
    void aSurnameWithTheArticleClosesANameAfterATitle() {
        String sentence = "وأكد للصحفيين المتحدث الرسمي لهيئة الطيران المدني منصور الشهري أن";
        FoldedText text = FoldedText.of(sentence);
        int from = text.folded().indexOf("للصحفيين");
        int to = text.folded().lastIndexOf("ان");
        assertThat(SpeakerPhrases.nameAfterTitle(text, from, to)).isNotNull()
                .extracting(Speaker::name).isEqualTo("منصور الشهري");
        FoldedText nationality = FoldedText.of("وأكد وزير الخارجية الأمريكي أن");
        assertThat(SpeakerPhrases.nameAfterTitle(nationality, 5, nationality.folded().lastIndexOf("ان"))).isNull();
        FoldedText body = FoldedText.of("وأكد رئيس هيئة التحقيق أن");
        assertThat(SpeakerPhrases.nameAfterTitle(body, 5, body.folded().lastIndexOf("ان"))).isNull();
    }

    @Test
    void theSurnameAloneIsTheOneQuotedBefore() {
        Extraction result = extract("""
                أوضح المتحدث الرسمي لهيئة الطيران المدني منصور الشهري أن الرحلات ستستأنف الأسبوع المقبل. وبين الشهري أن الهيئة أنهت جميع الاستعدادات اللازمة.""");
        assertThat(quoteStarting(result, "الرحلات ستستأنف").speaker()).hasValue("منصور الشهري");
        assertThat(quoteStarting(result, "الهيئة أنهت").speaker()).hasValue("منصور الشهري");
    }

    @Test
    void aRelayGivesTheOneRelayedNotTheOutlet() {
        Extraction from = extract("""
                ونقلت "فرانس برس" عن وزير الخارجية الفرنسي جان لودريان قوله للصحفيين: "لن نقبل بهذا الاتفاق بصيغته الحالية".""");
        assertThat(quoteStarting(from, "لن نقبل").speaker()).hasValue("جان لودريان");
        Extraction tongue = extract("""
                ونقلت الوكالة الرسمية على لسان رئيس الوزراء خالد الصالح قوله: "الحكومة ماضية في الإصلاح مهما كانت الصعوبات".""");
        assertThat(quoteStarting(tongue, "الحكومة ماضية").speaker()).hasValue("خالد الصالح");
        Extraction unnamed = extract("""
                ونقلت الوكالة الرسمية عن مصدر مطلع قوله: "المفاوضات متعثرة منذ أسبوعين بسبب الخلاف على الحدود".""");
        assertThat(quoteStarting(unnamed, "المفاوضات متعثرة").speaker()).isEmpty();
    }

    @Test
    void aParticipleGoesOnFromABodyThatIsItsSentencesSubjectAfterADatelineOrASideAdverbial() {
        // قائلة folds to قايلة; a dateline and من جانبها stand before the verb-first clause (survey, stop 32).
        Extraction police = extract("""
                أمستردام، هولندا (CNN)— كشفت الشرطة الهولندية هوية المشتبه به في هجوم الطعن بالمحطة المركزية، قائلة إنه يبلغ من العمر 19 عاما.""");
        assertThat(quoteStarting(police, "يبلغ من العمر").speaker()).hasValue("الشرطة الهولندية");
        Extraction country = extract("""
                فرض مجلس الأمن الدولي عقوبات على ستة مهربين. من جانبها، رحبت هولندا بالقرار، قائلة: "إنها المرة الأولى التي تفرض فيها عقوبات كهذه".""");
        assertThat(quoteStarting(country, "إنها المرة الأولى").speaker()).hasValue("هولندا");
    }

    @Test
    void aTitleWrittenRightAfterASpeakersNameStandsForHimLater() {
        // الدكتور فهد الشهابي أمين عام الملتقى … أوضح أمين عام الملتقى الخليجي (survey, stop 32).
        Extraction result = extract("""
                وأوضح الدكتور فهد إبراهيم الشهابي أمين عام الملتقى أن المنطقة تشهد تحديات كبيرة. وتعقد الجلسات على مدى ثلاثة أيام في الرياض. وفي نهاية تصريحه أوضح أمين عام الملتقى الخليجي الرابع أن الأمانة العامة تعكف على اختيار المتحدثين.""");
        assertThat(quoteStarting(result, "الأمانة العامة تعكف").speaker()).hasValue("فهد إبراهيم الشهابي");
    }

    @Test
    void aTitleAfterWordsThatMayBeTheSpeakersNameDoesNotFallBackOnTheOneQuotedBefore() {
        // أوضح عامر مكارم أمين عام الاتحاد: the words before the title are likely a name the tagger missed.
        Extraction result = extract("""
                وأوضح رئيس الجمعية الدكتور ناصر بن علي الموسى أن الورشة تأتي ضمن مشاريع الاتحاد. من جانبه أوضح عامر مكارم أمين عام اتحاد آسيا للمكفوفين، أن استضافة الرياض لهذه الورشة تأتي لتوافق الأهداف.""");
        assertThat(quoteStarting(result, "استضافة الرياض").speaker()).isNotEqualTo(java.util.Optional.of("ناصر بن علي الموسى"));
    }

    @Test
    void aTitleFallsBackOnTheOneQuotedBeforeOnlyWhenThatOneIsAPerson() {
        // من جهته قال رئيس سوق الأسهم اليونانية إن … after an agency was quoted (survey, stop 33): a title holds a person.
        Extraction afterBody = extract("""
                وقالت وكالة التصنيف إن الاتحاد سيقدم قروضا خاسرة للمرة الأولى. من جهته قال رئيس سوق الأسهم اليونانية أمس إن التعاملات استقرت بعد خسائر قياسية.""");
        assertThat(quoteStarting(afterBody, "التعاملات استقرت").speaker()).isEmpty();
        Extraction afterPerson = extract("""
                قال المدرب الإيطالي ماركو بيرتي إن الفريق جاهز للمباراة. وأوضح المدرب الإيطالي أن اللاعبين أنهوا التدريبات بنجاح.""");
        assertThat(quoteStarting(afterPerson, "اللاعبين أنهوا").speaker()).hasValue("ماركو بيرتي");
    }

    @Test
    void aParticipleRightBeforeAQuoteGoesOnFromItsSentencesSubjectWhateverTheDiacritics() {
        // وردّ ماكرون على منتقدي الصورة قائلا "…" (survey, stop 33): the shadda made the participle take the one quoted
        // before; after a reported clause the clause's speaker goes on, never a name in what was reported.
        Extraction result = extract("""
                وعبرت مارين لوبان عن غضبها، إذ قالت عبر حسابها في تويتر "لم نعد نجد الكلمات للتعبير عن سخطنا". وردّ ماكرون على منتقدي الصورة قائلا "بعد هذه الصورة، قام الشابان بحمل طفلة لتقبيلي". وأكد الوزير سهيل المزروعي أن القرار ساري النفاذ من أول أغسطس، وأضاف أن القرار يخدم الاقتصاد قائلا: "تحرص قيادتنا على تحقيق الرفاه الاقتصادي".""");
        assertThat(quoteStarting(result, "بعد هذه الصورة").speaker()).hasValue("ماكرون");
        assertThat(quoteStarting(result, "تحرص قيادتنا").speaker()).hasValue("سهيل المزروعي");
    }

    @Test
    void aParticipleGoesOnFromTheSpeakerRightBeforeItNotTheFirstPersonOfItsSentence() {
        // … الظهير أشلي يانج … وهو ما أشار إليه ساوثجيت قائلا: "…" (survey, stop 33); not a noun's complement
        // (استنكر … تصريحات المالكي، مؤكدا).
        Extraction result = extract("""
                قال المدرب غاريث ساوثجيت إن الفريق جاهز. ويبدو الظهير أشلي يانج بحالة جيدة بعد خروجه من المباراة بسبب تقلصات، وهو ما أشار إليه ساوثجيت قائلا: "لا يوجد ما يقلقنا بشأن اللاعبين". واستنكر المحامي خليل الدليمي تصريحات نوري المالكي، مؤكدا أن التصريحات تسيء إلى العراقيين.""");
        assertThat(quoteStarting(result, "لا يوجد ما يقلقنا").speaker()).hasValue("غاريث ساوثجيت");
        assertThat(quoteStarting(result, "التصريحات تسيء").speaker()).hasValue("خليل الدليمي");
    }

    @Test
    void thePersonAddressedAfterAParticipleOfAddressIsNotTheSpeaker() {
        // وقال مخاطبا ترامب "…" (survey, stop 33): the admiral speaks on, to Trump; وأضاف الرئيس مرارا: no name.
        Extraction result = extract("""
                انتقد الأدميرال ويليام ماكرايفن قرار الرئيس دونالد ترامب. وكتب ماكرايفن "القليل من الأميركيين قدموا أكثر من جون لحماية هذه البلاد". وقال مخاطبا ترامب "لذا سأعتبره شرفا لي إذا سحبت ترخيصي الأمني أيضا".""");
        assertThat(quoteStarting(result, "لذا سأعتبره").speaker()).hasValue("ويليام ماكرايفن");
        assertThat(result.entities()).extracting(dev.marsad.model.Entity::text).doesNotContain("مخاطبا ترامب");
    }

    @Test
    void aRoleInConstructWithAnAnaphoricBodyStandsForThePersonIntroducedWithIt() {
        // أبوثنين وكيل وزارة العمل … وأضاف وكيل الوزارة أن (survey, stop 33): وكيل is a title, الوزارة the ministry named.
        Extraction result = extract("""
                قال الدكتور عبد الله أبوثنين وكيل وزارة العمل للتفتيش، إن الوزارة تعمل مع إمارات المناطق على مشروع جديد. وأضاف وكيل الوزارة أن الآليات الحالية يجري العمل على تطويرها.""");
        assertThat(quoteStarting(result, "الآليات الحالية").speaker()).hasValue("عبد الله أبوثنين");
        // The same definite complement may be another holder (وزير الخارجية … وزير الخارجية السعودي): left to the titles.
        Extraction other = extract("""
                قال وزير الخارجية الأمريكي مايك بومبيو إن الاتفاق لم ينجح. من جانبه، أكد وزير الخارجية السعودي عادل الجبير أن المملكة تدعم القرار.""");
        assertThat(quoteStarting(other, "المملكة تدعم").speaker()).hasValue("عادل الجبير");
    }

    @Test
    void aBodysNameGoingOnWithAndIsNoPersonAfterItsTitle() {
        // وقال رئيس المنتدى الوطني للديموقراطية والوحدة محمد ولد مولود إن (survey, stop 33): والوحدة is the forum's.
        String phrase = "رئيس المنتدى الوطني للديموقراطية والوحدة إن";
        assertThat(SpeakerPhrases.nameAfterTitle(dev.marsad.text.FoldedText.of(phrase), 0, phrase.indexOf(" إن"))).isNull();
        String named = "رئيس المنتدى الوطني محمد مولود إن";
        assertThat(SpeakerPhrases.nameAfterTitle(dev.marsad.text.FoldedText.of(named), 0, named.indexOf(" إن")).name()).isEqualTo("محمد مولود");
    }

    @Test
    void aManCalledByHisFathersNameIsTheOneTheArticleNamesInFull() {
        // وقال ابن إبراهيم after سلمان بن إبراهيم آل خليفة (survey, stop 32).
        Extraction result = extract("""
                عد الشيخ سلمان بن إبراهيم آل خليفة رئيس الاتحاد الآسيوي أن المرشح الفرنسي قادر على جلب الاستقرار. وقال ابن إبراهيم "بالتأكيد نحن تابعنا قرار الترشح باهتمام".""");
        assertThat(quoteStarting(result, "بالتأكيد نحن تابعنا").speaker()).hasValue("سلمان بن إبراهيم آل خليفة");
    }

    @Test
    void aCompoundSurnameWrittenApartIsTheOneWrittenJoined() {
        // عبد الغفار after حسام عبدالغفار (survey, stop 32).
        Extraction result = extract("""
                قال الدكتور حسام عبدالغفار المتحدث باسم وزارة الصحة إن 12 شخصا لقوا حتفهم. وأضاف عبد الغفار في تصريحات نقلتها مواقع إلكترونية إن الوزارة دفعت بسيارات إسعاف.""");
        assertThat(quoteStarting(result, "الوزارة دفعت").speaker()).hasValue("حسام عبدالغفار");
    }

    @Test
    void aSurnameThatIsACommonWordIsTheSurnameWhenTheArticleQuotesItAlone() {
        // صخر الوجيه … وأضاف الوجيه (survey, stop 32): الوجيه ("the notable") is his surname.
        Extraction result = extract("""
                استهجن محافظ الحديدة السابق صخر الوجيه مزاعم الحوثيين، مؤكدا أن الانقلاب سبب الكارثة. وأضاف الوجيه: «السفن الإغاثية لا تزال تصل إلى ميناء عدن».""");
        assertThat(quoteStarting(result, "السفن الإغاثية").speaker()).hasValue("صخر الوجيه");
        assertThat(quoteStarting(result, "الانقلاب سبب").speaker()).hasValue("صخر الوجيه");
    }

    @Test
    void aMiddleNameThatIsACommonWordDoesNotCutTheNameBeforeASurnameQuotedAlone() {
        // الباجي قايد السبسي … وقال السبسي (survey, stop 33): قايد ("leader") stopped the tagger at the given name.
        Extraction result = extract("""
                قال الرئيس التونسي منجي قايد الحمروني إنه سيطرح مقترحا أمام البرلمان. ويعطي الدستور للبرلمان حق التشريع، غير أن الحمروني شدد على أن تونس بلد ليبرالي. وقال الحمروني في كلمته إن القانون يحترم إرادة الأفراد.""");
        assertThat(quoteStarting(result, "تونس بلد").speaker()).hasValue("منجي قايد الحمروني");
        assertThat(quoteStarting(result, "القانون يحترم").speaker()).hasValue("منجي قايد الحمروني");
        assertThat(quoteStarting(result, "سيطرح مقترحا").speaker()).hasValue("منجي قايد الحمروني");
    }

    @Test
    void aBodyCalledByTheEndOfItsNameIsTheBodyNamedInFull() {
        // وأكد المركزي الروسي after البنك المركزي الروسي (survey, stop 32).
        Extraction result = extract("""
                قال البنك المركزي الروسي إن وكالات التصنيف الأجنبية ستبقى خارج السوق. وأكد المركزي الروسي أن السوق المحلية بحاجة إلى وكالات تصنيف قوية.""");
        assertThat(quoteStarting(result, "السوق المحلية بحاجة").speaker()).hasValue("البنك المركزي الروسي");
    }

    @Test
    void aNameThatStopsOnABoundPartTakesTheWordAfterIt() {
        // عبدرب الرسول، إسماعيل ولد الشيخ أحمد (survey, stop 32): عبدرب and ولد never end a name.
        Extraction result = extract("""
                وقال رئيس المهرجان عبدرب الرسول الخميس: تم إطلاق ثلاثة آلاف طلقة نارية في سماء المدينة.""");
        assertThat(quoteStarting(result, "تم إطلاق ثلاثة").speaker().orElse("")).startsWith("عبدرب الرسول");
        assertThat(SpeakerStageNames.boundPartsCompleted("قال إسماعيل ولد الشيخ أحمد، المبعوث الأممي",
                java.util.List.of(new dev.marsad.model.Entity("إسماعيل ولد", dev.marsad.model.EntityType.PERSON, "person:x", 4, 15))))
                .extracting(dev.marsad.model.Entity::text).containsExactly("إسماعيل ولد الشيخ أحمد");
    }

    @Test
    void aPieceOfABodysComplementIsNeitherTheSpeakerNorATitlesHolder() {
        // مدير المرصد السوري لحقوق الانسان رامي عبدالرحمن: لحقوق is no person (survey, stop 32).
        Extraction result = extract("""
                وقال مدير المرصد السوري لحقوق الانسان رامي عبدالرحمن "خطفت جبهة النصرة خمسة مقاتلين على الأقل". وقال مدير المرصد "شوهد اختطاف خمسة مقاتلين في القرية".""");
        assertThat(quoteStarting(result, "خطفت جبهة النصرة").speaker()).hasValue("رامي عبدالرحمن");
        assertThat(quoteStarting(result, "شوهد اختطاف").speaker()).hasValue("رامي عبدالرحمن");
    }

    @Test
    void aDefiniteSpokesmanBeforeACommaAndACircumstanceIsTheOneMetBefore() {
        // وأضاف المتحدث، في البيان …، أن (survey, stop 34): the comma closes the description, where and when follow.
        Extraction result = extract("""
                قال المتحدث العسكري باسم الجيش المصري، الاثنين، إن ثلاثين مسلحا قتلوا في شمال سيناء. وأضاف المتحدث، في البيان نفسه، أن القوات دمرت عشرين عربة مفخخة.""");
        assertThat(quoteStarting(result, "القوات دمرت").speaker()).isPresent()
                .isEqualTo(quoteStarting(result, "ثلاثين مسلحا").speaker());
        // قال النائب الكويتي، وليد الطبطبائي، إن: a name after the comma is the speaker.
        Extraction named = extract("""
                قال المتحدث باسم الحكومة فهد العلي إن الميزانية أقرت. وقال النائب الكويتي، وليد الطبطبائي، إن الجلسة تأجلت إلى الأسبوع المقبل.""");
        assertThat(quoteStarting(named, "الجلسة تأجلت").speaker()).hasValue("وليد الطبطبائي");
    }

    @Test
    void theAgencySpokenToAfterATitleIsNoName() {
        // وقال الناطق باسم وزير الداخلية العراقي لرويترز إن (survey, stop 34): لرويترز is whom he spoke to.
        Extraction result = extract("""
                وقال الناطق باسم وزير الداخلية العراقي لرويترز إن النيران اشتعلت في واحد من المخازن الأربعة.""");
        assertThat(quoteStarting(result, "النيران اشتعلت").speaker().orElse("")).doesNotContain("رويترز");
    }

    @Test
    void aCitedTitleStandsForItsHolderNotTheBodyInIt() {
        // وفق ما يقول مدير المرصد السوري لحقوق الإنسان (quotes-dev q03, stop 34): the director met before.
        Extraction result = extract("""
                نزح آلاف المدنيين من مدينة عفرين، وفق ما أفاد المرصد السوري لحقوق الإنسان.

                وقال مدير المرصد رامي عبد الرحمن "وصل أكثر من ألفي مدني إلى بلدة نبل في شمال حلب". وتعاني المدينة من وضع إنساني صعب.

                ويتحصن المقاتلون الأكراد في المدينة للدفاع عنها و"إن كانوا على الأرجح لن يتمكنوا من حمايتها من الطائرات"، وفق ما يقول مدير المرصد السوري لحقوق الإنسان.""");
        assertThat(quoteStarting(result, "ويتحصن المقاتلون").speaker()).hasValue("رامي عبد الرحمن");
        assertThat(result.entities()).extracting(dev.marsad.model.Entity::text).noneMatch(t -> t.startsWith("لحقوق"));
    }

    @Test
    void aCountryAfterAFeminineVerbIsTheSubjectThatGoesOn() {
        Extraction result = extract("""
                وقال وزير الخارجية البحريني خالد بن أحمد آل خليفة إن "إيران أخلت بالوضع القائم في المنطقة". من جانبها نددت الولايات المتحدة بإطلاق صواريخ إيرانية على مواقع إسرائيلية وأكدت دعمها "حق إسرائيل في التحرك للدفاع عن نفسها".""");
        assertThat(quoteStarting(result, "حق إسرائيل").speaker()).hasValue("الولايات المتحدة");
        // A masculine verb before a country takes it as no subject (قصف … أمس): the one quoted before goes on.
        Extraction masculine = extract("""
                وقال الوزير خالد بن أحمد آل خليفة إن "الوضع في المنطقة خطير جدا ويتطلب الحذر". وقصف الطيران سوريا أمس. وأضاف أن "المنطقة تحتاج إلى التهدئة".""");
        assertThat(quoteStarting(masculine, "المنطقة تحتاج").speaker()).hasValue("خالد بن أحمد آل خليفة");
    }

    @Test
    void aRoleJumpsBackOverABodyToThePersonItIntroduced() {
        Extraction result = extract("""
                وقال المدرس ريتشارد أبياه أكوت عبر حسابه على فيسبوك إن تدريس الكمبيوتر في مدارس غانا ممتع جدا. وقال موقع كوارتز أفريقيا إن المدرسة لا توجد بها أي أجهزة كمبيوتر منذ سنوات. وقال المدرس لموقع كوارتز: "هذه ليست المرة الأولى التي أرسم فيها الكمبيوتر على اللوح".""");
        assertThat(quoteStarting(result, "هذه ليست المرة").speaker()).hasValue("ريتشارد أبياه أكوت");
        // Not over another person: the player who spoke last is the one the role names now.
        Extraction players = extract("""
                وقال اللاعب مسعود أوزيل إن القرار نهائي ولا رجعة فيه بعد كل ما حدث. وقال إيلكاي غندوغان إنه يتطلع إلى العودة إلى المنتخب قريبا. وكتب اللاعب على تويتر: "ما زلنا نملك خططا كبيرة للمستقبل مع هذا الفريق".""");
        assertThat(quoteStarting(players, "ما زلنا نملك").speaker()).isNotEqualTo(java.util.Optional.of("مسعود أوزيل"));
    }

    @Test
    void aTitleNeverWrittenNearTheOneQuotedBeforeIsSomeoneElse() {
        Extraction result = extract("""
                وقال الرئيس الأميركي دونالد ترامب في مأدبة فطور ببروكسيل إن ألمانيا تحصل على حماية أميركية مجانا. وأكد الأمين العام لحلف شمال الأطلسي أن دول الحلف تستطيع العمل معا بالرغم من الاختلافات بينها.""");
        assertThat(quoteStarting(result, "دول الحلف").speaker()).isEmpty();
        Extraction same = extract("""
                وقال المدرب الإيطالي كارلو أنشيلوتي إن الفريق قدم مباراة كبيرة أمام منافس قوي. وأوضح المدرب الإيطالي أن اللاعبين يستحقون الراحة بعد هذا الجهد.""");
        assertThat(quoteStarting(same, "اللاعبين يستحقون").speaker()).hasValue("كارلو أنشيلوتي");
    }
}
