package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.model.TimeMention;
import dev.marsad.text.FoldedText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BareYearsTest {
    private static List<TimeMention> years(String text) {
        List<TimeMention> out = new ArrayList<>();
        BareYears.find(FoldedText.of(text), out);
        return out;
    }

    @Test
    void aYearAfterAPrepositionOfTimeIsFound() {
        assertThat(years("تعمل الشركة في السوق منذ 2019 وتوسعت خلال 2023"))
                .extracting(TimeMention::text, t -> t.value().orElseThrow())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2019", "2019"), org.assertj.core.groups.Tuple.tuple("2023", "2023"));
    }

    @Test
    void numbersThatAreNotYearsStayOut() {
        assertThat(years("ارتفع المؤشر إلى 2019 نقطة")).isEmpty();          // no preposition of time
        assertThat(years("بلغت الزيادة في 2019% من الحالات")).isEmpty();       // a percentage
        assertThat(years("في 20190 حالة")).isEmpty();                          // five digits
        assertThat(years("في 1850")).isEmpty();                                // outside 1900–2099
    }
}
