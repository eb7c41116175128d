package dev.marsad.extract;

import static dev.marsad.extract.ExtractTestSupport.quoteStarting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.model.Entity;
import dev.marsad.model.EntityType;
import dev.marsad.model.Extraction;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Speaker rules of the quotes-fresh2 round (issue 17): each a general rule of how Arabic news names who speaks, on
 * sentences written for the test (the chain's rules also with entities given by hand, whatever the tagger finds).
 */
class SpeakerGeneralisationTest {

    private static Entity entity(String text, String name, EntityType type) {
        int at = text.indexOf(name);
        return new Entity(name, type, NameKey.of(type, name), at, at + name.length());
    }

    @Test
    void aNameAfterWithIsTheCompanionNotTheSubject() {
        Extraction result = ExtractTestSupport.extract("""
                قال رئيس البعثة الأممية يوهانس شتاينر إن الفريق سيزور المدن المتضررة الأسبوع المقبل.

                وأوضح في مؤتمر صحفي مشترك مع وزير الداخلية اليمني، سالم الحداد، أن الفريق سيلتقي جميع الأطراف.""",
                "2018-03-12");
        assertThat(quoteStarting(result, "الفريق سيلتقي").speaker()).hasValue("يوهانس شتاينر");
    }

    @Test
    void aNamedBodyBesideAnUnnamedSourceIsTheSpeaker() {
        Extraction result = ExtractTestSupport.extract("""
                وقال برلمانيون من المعارضة ومنهم حزب الشعب الجمهوري، إن وجود قوات الأمن في المراكز يحد من الشفافية.""",
                "2018-03-12");
        assertThat(quoteStarting(result, "وجود قوات الأمن").speaker()).hasValue("حزب الشعب الجمهوري");
        Extraction unnamedOnly = ExtractTestSupport.extract("""
                وقال برلمانيون من المعارضة إن وجود قوات الأمن في المراكز يحد من الشفافية.""", "2018-03-12");
        assertThat(quoteStarting(unnamedOnly, "وجود قوات الأمن").speaker()).isEmpty();
        // مصادر بالمخابرات ووزارة الدفاع: the body is a second place the sources are in, not beside them (survey, stop 34).
        Extraction inside = ExtractTestSupport.extractWithModel("""
                وقالت مصادر بالمخابرات العسكرية ووزارة الدفاع العراقية إن قوات الأمن في حالة تأهب في محافظات الجنوب.""",
                "2018-03-12");
        assertThat(quoteStarting(inside, "قوات الأمن في حالة").speaker()).isEmpty();
        // صحفي من وكالة … عند معبر كرم أبو سالم: a person's name in the place he stood at is not the speaker.
        Extraction place = ExtractTestSupport.extractWithModel("""
                ذكر صحفي من وكالة الأنباء الفرنسية عند معبر كرم أبو سالم الأربعاء أن إسرائيل أعادت فتح المعبر أمام الشاحنات.""",
                "2018-03-12");
        assertThat(quoteStarting(place, "إسرائيل أعادت").speaker().orElse("")).doesNotContain("أبو سالم");
        // Organisations as a group name nobody, not the one quoted before them (survey, stop 32).
        Extraction organisations = ExtractTestSupport.extract("""
                وقال المبعوث الأممي مارتن غريفيث إن "التصعيد سيعرقل المفاوضات". واعتبرت المنظمات غير الحكومية أن الهجوم ستكون له عواقب كارثية.""",
                "2018-03-12");
        assertThat(quoteStarting(organisations, "الهجوم ستكون").speaker()).isEmpty();
        // A victim is nobody named, and the participle after him stays so, not the defendant named before.
        Extraction victim = ExtractTestSupport.extract("""
                قضت المحكمة بحبس المتهم رايان فرنانديس عاما. وذكر ضحية حضر الجلسة أن "المتهم خرب حياته"، موضحا أنه استثمر لديه 150 ألف درهم.""",
                "2018-03-12");
        assertThat(quoteStarting(victim, "استثمر لديه").speaker()).isEmpty();
        // An unnamed expert quoted directly leaves the expert unnamed later too, not the person quoted before him;
        // the English press is nobody named.
        Extraction expert = ExtractTestSupport.extract("""
                قال رئيس النادي خالد الغامدي إن "الانتخابات ستجرى في موعدها". وقال خبير قانوني ملم باللوائح "في حال عدم تقدم أحد ستتم التزكية". وعن شرط العضوية قال الخبير القانوني "المتبقي عدد بسيط من الأشهر". وذكرت الصحافة الإنجليزية أن قيمة الصفقة تصل إلى سبعة ملايين.""",
                "2018-03-12");
        assertThat(quoteStarting(expert, "في حال عدم تقدم").speaker()).isEmpty();
        assertThat(quoteStarting(expert, "المتبقي عدد بسيط").speaker()).isEmpty();
        assertThat(quoteStarting(expert, "قيمة الصفقة").speaker()).isEmpty();
        // One of a group, and a source close to someone, are unnamed individuals; the one named after من is not the
        // speaker, nor the holder of his title; a name after a naming word (ويدعى) is the speaker's own.
        Extraction close = ExtractTestSupport.extractWithModel("""
                أعلن مصدر مقرب من الفرنسي ميشال بلاتيني رئيس الاتحاد الأوروبي لكرة القدم، أن الأخير يدرس الترشح. وأكد أحد أساطير نادي ريال مدريد السابقين أنه من الصعب تعويض رحيل رونالدو. وذكر أحد ملاك الاستراحات القريبة من البحر، ويدعى "بدر الحربي"، أن نسبة الإشغال وصلت إلى مئة في المئة.""",
                "2018-03-12");
        assertThat(quoteStarting(close, "الأخير يدرس").speaker()).isEmpty();
        assertThat(quoteStarting(close, "من الصعب تعويض").speaker()).isEmpty();
        assertThat(quoteStarting(close, "نسبة الإشغال").speaker()).hasValue("بدر الحربي");
        // A body only described (an indefinite head noun and a nationality) is unnamed.
        Extraction described = ExtractTestSupport.extractWithModel("""
                ذكرت شركة أدوية أمريكية الأربعاء إن المرضى الذين استخدموا العقار التجريبي شهدوا تحسنا ملحوظا.""", "2018-03-12");
        assertThat(quoteStarting(described, "المرضى الذين").speaker()).isEmpty();
        assertThat(ReportedSpeakers.indefiniteDescription("صحيفة بريطانية")).isTrue();
        assertThat(ReportedSpeakers.indefiniteDescription("وزارة الخارجية الروسية")).isFalse();
    }

    @Test
    void aCountryOrBodyOpeningItsSentenceGoesOnSpeakingThere() {
        // أعلن العراق قصف … لتنظيم داعش …، مضيفا أنه / وفي وقت سابق، نفت الحكومة الفلبينية …، وقالت إن (survey, stop 33).
        Extraction r = ExtractTestSupport.extractWithModel("""
                قال السفير خالد الفهد إن المملكة لن تسمح بذلك. أعلن العراق قصف غرفة عمليات لتنظيم داعش داخل الأراضي السورية، الخميس، مضيفا أنه استهدف إرهابيين كانوا يخططون لعمليات انتحارية. وقالت منظمة هيومن رايتس ووتش إن الحملة دموية. وفي وقت سابق، نفت الحكومة الفلبينية اتهامات بانتهاك حقوق الإنسان، وقالت إن الرئيس استعمل القوة المشروعة.""",
                "2018-03-12");
        assertThat(quoteStarting(r, "استهدف إرهابيين").speaker()).hasValue("العراق");
        assertThat(quoteStarting(r, "الرئيس استعمل").speaker()).hasValue("الحكومة الفلبينية");
        // An indefinite finding right before the verb is its subject, not the country opening the sentence.
        Extraction report = ExtractTestSupport.extractWithModel("""
                اتهمت تركيا الاتحاد الأوروبي الأربعاء بالنفاق بسبب تقرير ذكر أن أنقرة تبتعد بشدة عن التكتل.""", "2018-03-12");
        assertThat(quoteStarting(report, "أنقرة تبتعد").speaker()).isNotEqualTo(java.util.Optional.of("تركيا"));
    }

    @Test
    void theSourceIsUnnamedUnlessTheOneQuotedBeforeIsAnOutlet() {
        // فيما أعلنت السلطات أن … وكان مصدر أمني قد أفاد … وقال المصدر الأمني إن (survey, stop 33).
        Extraction source = ExtractTestSupport.extractWithModel("""
                قتل أربعة أشخاص في ثكنة عسكرية في العاصمة، فيما أعلنت السلطات أن العملية ليست إرهابية. وكان مصدر أمني رفيع قد أفاد بقيام جندي بإطلاق النار على زملائه. وقال المصدر الأمني إن الهجوم أسفر عن مقتل عقيد وإصابة ثمانية جنود.""",
                "2018-03-12");
        assertThat(quoteStarting(source, "الهجوم أسفر").speaker()).isEmpty();
        // After an outlet, the source is the outlet (قالت صحيفة لوموند إن … وأوضح المصدر أنه).
        Extraction outlet = ExtractTestSupport.extractWithModel("""
                وقالت صحيفة لوموند الفرنسية إن الصورة أثارت جدلا كبيرا في البلاد. وأوضح المصدر أنه تم التقاط الصورة خلال رحلة الرئيس إلى الجزيرة.""",
                "2018-03-12");
        assertThat(quoteStarting(outlet, "تم التقاط الصورة").speaker()).hasValue("صحيفة لوموند");
    }

    @Test
    void aFewOfAnyGroupAndCriticsOrSpecialistsAreUnnamed() {
        // زعم بعض حكام الولايات، ويقول منتقدون، وقال متخصصون (surveys, stop 33): nobody is named.
        Extraction some = ExtractTestSupport.extractWithModel("""
                فرضت ولاية كانو في نيجيريا حظرا على التطعيم بعد أن زعم بعض حكام الولايات والزعماء الدينيون أن التطعيمات لوثتها قوى أجنبية. ويقول منتقدون إن سجل الحكومة في الصحة العامة لا يقارن بسجل جيرانها. وقال متخصصون في المجال السياحي إن المعالم شهدت إقبالا كبيرا خلال العيد.""",
                "2018-03-12");
        assertThat(quoteStarting(some, "التطعيمات لوثتها").speaker()).isEmpty();
        assertThat(quoteStarting(some, "سجل الحكومة").speaker()).isEmpty();
        assertThat(quoteStarting(some, "المعالم شهدت").speaker()).isEmpty();
        // قال محامون، أطباء، موظفون (survey, stop 34): professions in the plural name nobody either.
        Extraction lawyers = ExtractTestSupport.extractWithModel("""
                وقال محامون إن المحكمة أجلت النظر في القضية. وقال أطباء في المستشفى إن حالة المصابين مستقرة.""", "2018-03-12");
        assertThat(quoteStarting(lawyers, "المحكمة أجلت").speaker()).isEmpty();
        assertThat(quoteStarting(lawyers, "حالة المصابين").speaker()).isEmpty();
        Extraction ours = ExtractTestSupport.extractWithModel("""
                وأكد مراسلنا أن المتظاهرين أحرقوا مقار عدد من الأحزاب في المحافظة.""", "2018-03-12");
        assertThat(quoteStarting(ours, "المتظاهرين أحرقوا").speaker()).isEmpty();
        // غير أن مسؤولين محليين وصفوهم بأنهم (quotes-dev q22, stop 34): the unnamed subject stands before the verb.
        Extraction before = ExtractTestSupport.extractWithModel("""
                وأشارت وزارة الداخلية الأفغانية إلى أن جميع القتلى في الهجوم مدنيون. غير أن مسؤولين محليين وصفوهم بأنهم مقاتلون ضد حركة طالبان.""",
                "2018-03-12");
        assertThat(quoteStarting(before, "جميع القتلى").speaker()).hasValue("وزارة الداخلية الأفغانية");
        assertThat(quoteStarting(before, "مقاتلون ضد").speaker()).isEmpty();
        // يقول قانوني مخضرم: (quotes-dev q26, stop 34): a legal expert, unnamed.
        Extraction jurist = ExtractTestSupport.extractWithModel("""
                يقول قانوني مخضرم: إذا سادت المجاملات وعمت الفوضى سقطت اللائحة في الرياضة.""", "2018-03-12");
        assertThat(quoteStarting(jurist, "إذا سادت").speaker()).isEmpty();
        assertThat(SpeakerCues.opensWithUnnamed(dev.marsad.text.ArabicNormalizer.fold("عدة جماعات حقوقية"))).isTrue();
        assertThat(SpeakerCues.opensWithUnnamed(dev.marsad.text.ArabicNormalizer.fold("مجموعة العشرين"))).isFalse();
    }

    @Test
    void firstAndLastNameTakeTheLineageTheArticleWroteOnce() {
        String text = "ووقعها وزير العمل الدكتور مفرج بن سعد الحقباني أمس. وأوضح الدكتور مفرج الحقباني أن الوزارة مستمرة.";
        SpeakerChain chain = new SpeakerChain(text, List.of());
        assertThat(chain.withLineage("مفرج الحقباني")).isEqualTo("مفرج بن سعد الحقباني");
        assertThat(chain.withLineage("سعد الحقباني")).isEqualTo("سعد الحقباني");
        String two = "قال محمد بن سلمان الحربي كذا، وقال محمد بن فهد الحربي كذا، وأضاف محمد الحربي أن";
        assertThat(new SpeakerChain(two, List.of()).withLineage("محمد الحربي")).isEqualTo("محمد الحربي"); // two people
    }

    @Test
    void aBodyShortenedFromTheEndIsTheOneLongerNameOpeningWithIt() {
        String text = "وأكد المرصد السوري لحقوق الإنسان مقتل رهينة. ويطالب التنظيم وفق المرصد السوري بإطلاق سراح مقاتلين.";
        SpeakerChain chain = new SpeakerChain(text, List.of(entity(text, "المرصد السوري لحقوق الإنسان", EntityType.ORGANIZATION)));
        assertThat(chain.longerOrganizationOpeningWith("المرصد السوري")).isEqualTo("المرصد السوري لحقوق الإنسان");
        String two = "وقالت وزارة الخارجية الروسية كذا، وردت وزارة الخارجية الأمريكية، ثم قالت وزارة الخارجية إن";
        SpeakerChain ambiguous = new SpeakerChain(two, List.of(entity(two, "وزارة الخارجية الروسية", EntityType.ORGANIZATION),
                entity(two, "وزارة الخارجية الأمريكية", EntityType.ORGANIZATION)));
        assertThat(ambiguous.longerOrganizationOpeningWith("وزارة الخارجية")).isEqualTo("وزارة الخارجية");
    }

    @Test
    void aFindingSpeaksForTheBodyThatMadeIt() {
        Extraction result = ExtractTestSupport.extract("""
                أظهرت دراسة أجراها مركز الأبحاث الاقتصادية في الجامعة نشرت أمس، أن الأسعار ارتفعت بنسبة كبيرة خلال العام.

                وأضافت الدراسة أن الأجور لم ترتفع بالنسبة نفسها في القطاع الخاص.""", "2018-03-12");
        assertThat(quoteStarting(result, "الأسعار ارتفعت").speaker()).hasValueSatisfying(s -> assertThat(s).startsWith("مركز الأبحاث الاقتصادية"));
        assertThat(quoteStarting(result, "الأجور لم ترتفع").speaker()).isEqualTo(quoteStarting(result, "الأسعار ارتفعت").speaker());
        Extraction shown = ExtractTestSupport.extract("""
                وأظهرت الصور التي نشرها ناشطون أن المبنى انهار بالكامل بعد القصف العنيف.""", "2018-03-12");
        assertThat(shown.quotes()).isEmpty(); // A picture shows; it says nothing.
    }

    @Test
    void aDefiniteFindingNamesItsMakerOrTheBodyQuotedInIt() {
        // الدراسة التي أجراها …: the definite noun names its maker as the indefinite one does (survey, stop 34).
        Extraction made = ExtractTestSupport.extract("""
                وأظهرت الدراسة التي أجرتها جامعة الملك سعود أن الأطفال ينامون أقل من حاجتهم.

                وأضافت الدراسة أن الهواتف تؤخر النوم ساعة كاملة.""", "2018-03-12");
        assertThat(quoteStarting(made, "الأطفال ينامون").speaker()).hasValue("جامعة الملك سعود");
        assertThat(quoteStarting(made, "الهواتف تؤخر").speaker()).hasValue("جامعة الملك سعود");
        // وأوضح معهد … في الدراسة التي نشرها أن … وأضافت الدراسة أن: the body quoted "in the study" made it.
        Extraction quotedIn = ExtractTestSupport.extract("""
                ذكرت دراسة حديثة أن الإضرابات أثرت في الاقتصاد. وأوضح معهد الاقتصاد الألماني في الدراسة التي نشرها أمس أن الإضرابات كلفت ألمانيا مليون يوم عمل. وأضافت الدراسة أن معدل الإضرابات ارتفع ستة أضعاف.""", "2018-03-12");
        assertThat(quoteStarting(quotedIn, "الإضرابات كلفت").speaker()).hasValue("معهد الاقتصاد الألماني");
        assertThat(quoteStarting(quotedIn, "معدل الإضرابات").speaker()).hasValue("معهد الاقتصاد الألماني");
        // المعنية بـ: what the body is concerned with ends its name.
        Extraction concerned = ExtractTestSupport.extract("""
                وذكر التقرير الذي أعدته هيئة حماية البيئة المعنية بشؤون البحار أن البلاستيك يملأ الشواطئ.""", "2018-03-12");
        assertThat(quoteStarting(concerned, "البلاستيك يملأ").speaker()).hasValue("هيئة حماية البيئة");
        // التابع للوكالة: the parent body follows, not the name (survey, stop 34).
        Extraction affiliated = ExtractTestSupport.extract("""
                وقال مكتب الحطام الفضائي التابع للوكالة إن المحطة ستسقط في نصف الكرة الشمالي.""", "2018-03-12");
        assertThat(quoteStarting(affiliated, "المحطة ستسقط").speaker()).hasValue("مكتب الحطام الفضائي");
    }

    @Test
    void aNamedBodyBesideAnUnnamedSourceInACitedSource() {
        Extraction result = ExtractTestSupport.extract("""
                وقتل عشرة مدنيين في قصف على بلدة في ريف حلب الشمالي، وفق ما أكد مصدر طبي والمرصد السوري لحقوق الإنسان الأحد.""",
                "2018-03-12");
        assertThat(quoteStarting(result, "وقتل عشرة مدنيين").speaker()).hasValue("المرصد السوري لحقوق الإنسان");
    }

    @Test
    void aHeadNounTakesTheOrganisationNamedBeforeTheVerbInItsOwnSentence() {
        Extraction result = ExtractTestSupport.extract("""
                وستتولى منظمة الصحة العالمية تقييم اللقاح الجديد، فيما وعدت المنظمة بأن تعلن رأيها قبل نهاية العام الجاري.""",
                "2018-03-12");
        assertThat(quoteStarting(result, "تعلن رأيها").speaker()).hasValue("منظمة الصحة العالمية");
    }

    @Test
    void theHeadOfABodyIsThePersonTheArticleSaidHeadsIt() {
        Extraction result = ExtractTestSupport.extract("""
                والتقى الوزير في عدن لجنة التحقيق الدولية برئاسة كمال الجندوبي، المكلفة من مجلس حقوق الإنسان.

                من جهته، أكد رئيس لجنة التحقيق أن اللجنة ستزور جميع المحافظات دون استثناء خلال الأسابيع المقبلة.""",
                "2018-03-12");
        assertThat(quoteStarting(result, "اللجنة ستزور").speaker()).hasValue("كمال الجندوبي");
    }

    @Test
    void aDefiniteDescriptionWithRelationAdjectivesRefersBack() {
        assertThat(SpeakerCues.definiteUnnamedAlone(dev.marsad.text.ArabicNormalizer.fold(" المسؤول الأممي "))).isTrue();
        assertThat(SpeakerCues.definiteUnnamedAlone(dev.marsad.text.ArabicNormalizer.fold(" المتحدث "))).isTrue();
        assertThat(SpeakerCues.definiteUnnamedAlone(dev.marsad.text.ArabicNormalizer.fold(" المسؤول في الوزارة "))).isFalse();
        assertThat(SpeakerCues.definiteUnnamedAlone(dev.marsad.text.ArabicNormalizer.fold(" مسؤول أممي "))).isFalse();
    }

    @Test
    void anUnnamedOfficialStaysUnnamedAfterADayWordAndInsideHisChiefsAdministration() {
        Extraction result = ExtractTestSupport.extractWithModel("""
                قال الأربعاء مسؤول أمريكي في إدارة الرئيس دونالد ترامب لوكالة الأنباء الفرنسية إن الصين اقترحت زيادة وارداتها من السلع الأمريكية.""",
                "2018-05-16");
        assertThat(quoteStarting(result, "الصين اقترحت").speaker()).isEmpty();
        // A council's board (مجلس إدارة الجمعية) is no administration the named man serves under: he is its chairman.
        Extraction chairman = ExtractTestSupport.extractWithModel("""
                وأوضح عضو مجلس الشورى رئيس مجلس إدارة الجمعية الدكتور ناصر بن علي الموسى أن الورشة تأتي ضمن مشاريع الاتحاد.""",
                "2015-05-16");
        assertThat(quoteStarting(chairman, "الورشة تأتي").speaker()).hasValue("ناصر بن علي الموسى");
    }

    @Test
    void aDefiniteNounBeforeANameInACitedSourceIsATitle() {
        Extraction result = ExtractTestSupport.extractWithModel("""
                أحالت النيابة العامة أمس 41 شخصا إلى القضاء بتهمة الانتماء إلى تنظيم إرهابي، حسبما أعلن النائب العام سالم سعيد كبيش لوكالة الأنباء الإماراتية.""",
                "2015-05-16");
        assertThat(quoteStarting(result, "أحالت النيابة").speaker()).hasValue("سالم سعيد كبيش");
        Extraction unnamed = ExtractTestSupport.extractWithModel("""
                قتل نحو 30 شخصا أمس في هجمات على ثلاث قرى في شمال شرقي نيجيريا، حسبما أكد مسؤولون محليون وبعض السكان.""",
                "2015-05-16");
        assertThat(quoteStarting(unnamed, "قتل نحو 30").speaker()).isEmpty();
    }

    @Test
    void whatCameInAStatementOrAnAuthorsTweetIsTheIssuersOrTheAuthors() {
        Extraction statement = ExtractTestSupport.extractWithModel("""
                وأعلن أوزيل اعتزاله اللعب لألمانيا، وقال إنه تعرض للعنصرية والإهانة بسبب أصوله التركية. وعبر الاتحاد التركي لكرة القدم أيضا عن تضامنه مع أوزيل وعائلته.

                وجاء في بيان الاتحاد: "نندد بالمعاملة السيئة والتهديد والرسائل المهينة التي تلقاها أوزيل بسبب أصوله".""",
                "2018-07-24");
        assertThat(quoteStarting(statement, "نندد بالمعاملة").speaker()).hasValue("الاتحاد التركي لكرة القدم");
        Extraction tweet = ExtractTestSupport.extractWithModel("""
                وقال وزير الخارجية عبدالله بن زايد إن الحملة مستمرة. وأعاد الوزير نشر تغريدة للكاتب السعودي محمد آل الشيخ، جاء فيها "الإرهاب لا دين له ولا وطن ولن ينجح في تفريقنا".""",
                "2015-07-24");
        assertThat(quoteStarting(tweet, "الإرهاب لا دين").speaker()).hasValue("محمد آل الشيخ");
    }

    @Test
    void aRoleOrADescriptionAfterANameIsNoPartOfIt() {
        Extraction owner = ExtractTestSupport.extractWithModel("""
                قال كريستيان بيللوتشي مالك ورئيس السيرك إن العروض سيشارك فيها 60 فناناً من أمريكا اللاتينية وأوروبا.""",
                "2015-08-02");
        assertThat(quoteStarting(owner, "العروض سيشارك").speaker()).hasValue("كريستيان بيللوتشي");
        Extraction founder = ExtractTestSupport.extractWithModel("""
                ودعا بافل دوروف المؤسس والرئيس التنفيذي لشركة تيليجرام إلى المقاومة الرقمية، قائلًا إنه مستعد لتقديم منح بقيمة ملايين الدولارات.""",
                "2018-04-22");
        assertThat(quoteStarting(founder, "مستعد لتقديم").speaker()).hasValue("بافل دوروف");
        Extraction terrorist = ExtractTestSupport.extractWithModel("""
                وذكرت ميليشيات حزب الله الإرهابية المناصرة للنظام السوري أنه جرى التوصل لاتفاق لإجلاء المقاتلين من المدينة.""",
                "2018-04-08");
        assertThat(quoteStarting(terrorist, "جرى التوصل").speaker()).hasValue("حزب الله");
    }

    @Test
    void aSurnameGrownIntoATitleIsWrittenWithTheFirstNameInstead() {
        Extraction result = ExtractTestSupport.extractWithModel("""
                أعلن مسؤول عراقي الاثنين أن أكثر من 1500 مدرسة دمرت في محافظة الأنبار، كبرى المحافظات العراقية.
                وقال عيد عماش المتحدث باسم مجلس محافظة الأنبار أن "الأنبار تضررت بشدة، وأكثر من 1500 مدرسة دمرت جزئياً أو كلياً" في هذه المحافظة الشاسعة. وأكد المتحدث أنه "بعد أن نستعيد المحافظة سنحتاج إلى أموال طائلة لإعادة إعمار المدارس".""",
                "2015-08-10");
        assertThat(quoteStarting(result, "الأنبار تضررت").speaker()).hasValue("عيد عماش");
    }

    @Test
    void aBodyDeepInAnUnnamedSourcesDescriptionIsNotBesideIt() {
        Extraction result = ExtractTestSupport.extractWithModel("""
                أكد مصدر مسؤول بشركة صلة الرياضية للتسويق والاستثمار الرياضي والمنظمة لمباراة كأس السوبر السعودي لكرة القدم بين فريقي الهلال والنصر أن أكثر من 35 % من تذاكر اللقاء تم بيعها لمشجعين من خارج السعودية.

                ويلعب الهلال بطل كأس خادم الحرمين الشريفين أمام حامل لقب الدوري فريق النصر يوم الثاني عشر من شهر آب.""",
                "2015-08-02");
        assertThat(quoteStarting(result, "أكثر من 35").speaker()).isEmpty();
        // A body joined right after the source's noun and adjectives is beside it.
        Extraction beside = ExtractTestSupport.extractWithModel("""
                وقتل عشرة مدنيين في غارة على بلدة في ريف إدلب، وفق ما أكد مصدر محلي والمرصد السوري لحقوق الإنسان.""",
                "2018-03-12");
        assertThat(quoteStarting(beside, "وقتل عشرة").speaker()).hasValue("المرصد السوري لحقوق الإنسان");
    }

    @Test
    void aRelativeDescribedBeforeTheNameSpeaksUnnamedButARelativeWhoseNounIsCompleteIsNamed() {
        Extraction mother = ExtractTestSupport.extractWithModel("""
                أكدت والدة راكب الأمواج الأسترالي ميك فانينج أنها شاهدت على الهواء مباشرة الهجوم الذي تعرض له نجلها.""",
                "2015-07-21");
        assertThat(quoteStarting(mother, "شاهدت على الهواء").speaker()).isEmpty();
        Extraction lawyer = ExtractTestSupport.extractWithModel("""
                وقال محامي التطبيق بافل تشيكوف إن المحكمة لم تنظر في الأدلة التي قدمتها الشركة.""",
                "2018-04-13");
        assertThat(quoteStarting(lawyer, "المحكمة لم تنظر").speaker()).hasValue("بافل تشيكوف");
    }

    @Test
    void studentsSpeakUnnamed() {
        Extraction result = ExtractTestSupport.extractWithModel("""
                أكدت وزارة التعليم أن القرار نهائي ولا رجعة فيه.

                وقال عدد من الطلاب المتضررين لـ " الرياض " إنه على الرغم من أن الوزير استقبلهم ووعد بحل مشكلتهم، إلا أن المشكلة ما تزال قائمة.""",
                "2015-08-02");
        assertThat(quoteStarting(result, "على الرغم من").speaker()).isEmpty();
    }

    @Test
    void aDefiniteOccupationIsThePersonQuotedBeforeAndAStatementOfUnnamedMembersIsUnnamed() {
        Extraction result = ExtractTestSupport.extractWithModel("""
                وقال مارك زوكربرغ في مقابلة على الإنترنت إن الشركة لديها أنظمة لمراقبة رسائل المستخدمين.

                وقال الملياردير البالغ من العمر 33 عاما: "في هذه الحالة، أنظمتنا تراقب ما يحدث على المنصة".

                وقال بيان صدر عن عضوين في اللجنة التي سيمثل أمامها زوكربرغ: "هذه الجلسة ستمثل فرصة مهمة لإلقاء الضوء على قضايا حساسة".""",
                "2018-04-03");
        assertThat(quoteStarting(result, "في هذه الحالة").speaker()).hasValue("مارك زوكربرغ");
        assertThat(quoteStarting(result, "هذه الجلسة").speaker()).isEmpty();
    }

    @Test
    void whatABodyDidAfterItsNationalityAndAPlayersTransferAreNoPartOfTheirNames() {
        Extraction body = ExtractTestSupport.extractWithModel("""
                واعترفت الحكومة البولندية بالتراجع عن القانون، وقالت إن بولندا لم تكن مسؤولة عن المحرقة.""",
                "2018-06-27");
        assertThat(quoteStarting(body, "بولندا لم تكن").speaker()).hasValue("الحكومة البولندية");
        Extraction player = ExtractTestSupport.extractWithModel("""
                وقال انخيل دي ماريا المنضم حديثا إلى باريس سان جيرمان إن الفريق قادر على الفوز باللقب هذا الموسم.""",
                "2015-08-06");
        assertThat(quoteStarting(player, "الفريق قادر").speaker()).hasValue("انخيل دي ماريا");
    }
}
