package dev.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextLayerTest {
    @Test
    void tokenizesWordsAndPunctuationWithOffsets() {
        String text = "زار كيم، اليوم كوفيد-19 و3.5 مليون.";
        List<Token> tokens = ArabicTokenizer.tokenize(text);
        assertThat(tokens).extracting(Token::text).containsExactly("زار", "كيم", "،", "اليوم", "كوفيد-19", "و3.5", "مليون", ".");
        tokens.forEach(t -> assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text()));
    }

    @Test
    void keepsDiacriticsAndTatweelInsideWords() {
        assertThat(ArabicTokenizer.tokenize("مُحَمَّـد قال")).extracting(Token::text).containsExactly("مُحَمَّـد", "قال");
    }

    @ParameterizedTest
    @CsvSource({"وبالكرملين,وبال,كرملين", "للبيت,لل,بيت", "والرئيس,وال,رئيس", "بموسكو,ب,موسكو", "ولد,,ولد", "بلد,,بلد", "فقالت,ف,قالت"})
    void splitsProclitics(String word, String prefix, String stem) {
        CliticSplitter.Split split = CliticSplitter.split(word);
        assertThat(split.prefix()).isEqualTo(prefix == null ? "" : prefix);
        assertThat(split.stem()).isEqualTo(stem);
    }

    @ParameterizedTest
    @CsvSource({"للبيت,البيت", "وبالكرملين,الكرملين", "والرئيس,الرئيس", "موسكو,موسكو"})
    void stripsParticlesBeforeTheArticle(String word, String expected) {
        assertThat(CliticSplitter.stripParticles(word)).isEqualTo(expected);
    }

    @Test
    void splitsSentencesOnArabicPunctuationAndParagraphs() {
        String text = "قال الرئيس إن الوضع مستقر. هل ستستمر المحادثات؟ نعم!\nفقرة ثانية بلا نقطة";
        List<Span> spans = SentenceSplitter.split(text);
        assertThat(spans).extracting(s -> s.of(text))
                .containsExactly("قال الرئيس إن الوضع مستقر.", "هل ستستمر المحادثات؟", "نعم!", "فقرة ثانية بلا نقطة");
    }

    @Test
    void anEllipsisRunningIntoTheNextWordEndsNoSentence() {
        String text = "وأضاف أن التجارب كانت أمرا \"خاطئا...غير أخلاقي\" بحسب الموقع. وغادر المدير... بعد ذلك.";
        assertThat(SentenceSplitter.split(text)).extracting(s -> s.of(text))
                .containsExactly("وأضاف أن التجارب كانت أمرا \"خاطئا...غير أخلاقي\" بحسب الموقع.", "وغادر المدير...", "بعد ذلك.");
        String joined = "قال إن الوضع مستقر…ولن يتغير.";
        assertThat(SentenceSplitter.split(joined)).extracting(s -> s.of(joined)).containsExactly(joined);
    }

    @Test
    void aSpeltOutMiddleInitialEndsNoSentence() {
        // Stop 48 (quotes-fresh13): وقال المدير العام للنقل البحري، أنجوس إتش. بورنومو، في بيان: one sentence.
        String text = "وقال الرئيس الأسبق جورج دبليو. بوش إن الحرب كانت ضرورية. وقال المدير أنجوس إتش. بورنومو في بيان إن العبارة غرقت.";
        assertThat(SentenceSplitter.split(text)).extracting(s -> s.of(text)).containsExactly(
                "وقال الرئيس الأسبق جورج دبليو. بوش إن الحرب كانت ضرورية.", "وقال المدير أنجوس إتش. بورنومو في بيان إن العبارة غرقت.");
        // A word that is a letter's name and an Arabic word (في) may end a sentence.
        String word = "وقال إنه لا يثق في. وغادر القاعة.";
        assertThat(SentenceSplitter.split(word)).hasSize(2);
    }

    @Test
    void aSitesDomainEndingEndsNoSentenceButAFullStopRunIntoAWordDoes() {
        String site = "وأوضحت الهيئة في بيان اطلعت عليه \"العربية.نت\"، أن القرار نهائي. وذكر موقع سبق.كوم الخبر.";
        assertThat(SentenceSplitter.split(site)).extracting(s -> s.of(site)).containsExactly(
                "وأوضحت الهيئة في بيان اطلعت عليه \"العربية.نت\"، أن القرار نهائي.", "وذكر موقع سبق.كوم الخبر.");
        String runOn = "سيزيدنا ذلك قوة واجتماع كلمة.وتابع الشيخ حديثه.";
        assertThat(SentenceSplitter.split(runOn)).extracting(s -> s.of(runOn))
                .containsExactly("سيزيدنا ذلك قوة واجتماع كلمة.", "وتابع الشيخ حديثه.");
    }

    @Test
    void identifiesArabicEnglishAndPersian() {
        assertThat(LanguageIdentifier.identify("زار الزعيم الكوري الشمالي كيم جونغ أون مصنعا للطيران العسكري الروسي اليوم الجمعة")).hasValue("ar");
        assertThat(LanguageIdentifier.identify("North Korean leader Kim Jong Un visited a Russian military aircraft factory on Friday")).hasValue("en");
        assertThat(LanguageIdentifier.identify("رهبر کره شمالی از یک کارخانه هواپیماسازی نظامی روسیه بازدید کرد و گفتگو کرد که چگونه پیش می رود")).hasValue("fa");
    }

    @Test
    void tooLittleTextHasNoLanguage() {
        assertThat(LanguageIdentifier.identify("نعم")).isEmpty();
        assertThat(LanguageIdentifier.identify("")).isEmpty();
    }

    @Test
    void foldedTextMapsBackToOriginalOffsets() {
        FoldedText f = FoldedText.of("مُحَمَّد أحمد");
        assertThat(f.folded()).isEqualTo("محمد احمد");
        int at = f.folded().indexOf("احمد");
        assertThat(f.original().substring(f.originalStart(at), f.originalEnd(at + 4))).isEqualTo("أحمد");
        assertThat(f.original().substring(f.originalStart(0), f.originalEnd(4))).isEqualTo("مُحَمَّد");
    }

    @Property(tries = 300)
    void tokenizerNeverThrowsAndOffsetsHold(@ForAll String any) {
        for (Token t : ArabicTokenizer.tokenize(any)) {
            assertThat(any.substring(t.start(), t.end())).isEqualTo(t.text());
        }
    }

    @Property(tries = 300)
    void sentenceSpansLieInsideText(@ForAll String any) {
        for (Span s : SentenceSplitter.split(any)) {
            assertThat(s.end()).isLessThanOrEqualTo(any.length());
        }
    }

    @Property
    void wordFilterTailFromCachedHashMatchesHashingTheTail(@ForAll String word) {
        // Every tail is in the filter; a tail hashed from the whole string's hash must land on its bit.
        for (int from = 0; from <= word.length(); from++) {
            WordFilter filter = WordFilter.of(List.of(word.substring(from)));
            assertThat(filter.mayContainTail(word, from)).isTrue();
            assertThat(filter.mayContain(word, from, word.length())).isTrue();
        }
    }
}
