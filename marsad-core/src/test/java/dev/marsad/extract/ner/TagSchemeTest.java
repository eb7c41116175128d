package dev.marsad.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** BILOU encoding of IOB2 tags, back again, and the decoding constraints. */
class TagSchemeTest {
    private static final int O = 0;
    private static final int B_PERS = 1;
    private static final int I_PERS = 2;
    private static final int B_LOC = 3;
    private static final int I_LOC = 4;
    private static final int B_ORG = 5;
    private static final int I_ORG = 6;

    @Test
    void namesOfOneWordAreUnitsAndLongerOnesBeginContinueAndEnd() {
        int[] iob2 = {B_PERS, I_PERS, I_PERS, O, B_LOC, B_ORG, I_ORG, O, B_LOC};
        int[] bilou = TagScheme.BILOU.encode(iob2);
        // BILOU indexes: 1 + 4 * type + (0 B, 1 I, 2 L, 3 U)
        assertThat(bilou).containsExactly(1, 2, 3, 0, 8, 9, 11, 0, 8);
        assertThat(TagScheme.BILOU.toIob2(bilou)).containsExactly(iob2);
    }

    @Test
    void anInsideTagAfterOutsideOpensAName() {
        int[] bilou = TagScheme.BILOU.encode(new int[] {O, I_LOC, I_LOC, I_ORG});
        assertThat(TagScheme.BILOU.toIob2(bilou)).containsExactly(O, B_LOC, I_LOC, B_ORG);
    }

    @Test
    void bilouConstraintsKeepNamesClosedAndOfOneType() {
        TagScheme s = TagScheme.BILOU;
        int bPers = 1;
        int iPers = 2;
        int lPers = 3;
        int uPers = 4;
        int lLoc = 7;
        assertThat(s.allowed(-1, bPers)).isTrue();
        assertThat(s.allowed(-1, lPers)).isFalse();
        assertThat(s.allowed(bPers, iPers)).isTrue();
        assertThat(s.allowed(bPers, lLoc)).isFalse();
        assertThat(s.allowed(bPers, O)).isFalse();
        assertThat(s.allowed(lPers, O)).isTrue();
        assertThat(s.allowed(uPers, bPers)).isTrue();
        assertThat(s.allowed(uPers, iPers)).isFalse();
        assertThat(s.allowedLast(bPers)).isFalse();
        assertThat(s.allowedLast(lPers)).isTrue();
    }

    @Test
    void theDecoderNeverLeavesANameOpenAtTheSentenceEnd() {
        TagScheme s = TagScheme.BILOU;
        int n = 2;
        int t = s.count();
        float[] e = new float[n * t];
        // Both tokens prefer B-PERS; the best closed sequence is B-PERS L-PERS.
        e[1] = 5f;
        e[t + 1] = 5f;
        e[t + 3] = 1f;
        int[] tags = Viterbi.of(s).decode(e, new float[(t + 1) * t], n);
        assertThat(tags).containsExactly(1, 3);
    }

    @Test
    void iob2IsItsOwnEncoding() {
        int[] iob2 = {B_PERS, I_PERS, O, B_LOC};
        assertThat(TagScheme.IOB2.encode(iob2)).containsExactly(iob2);
        assertThat(TagScheme.IOB2.count()).isEqualTo(NerTags.COUNT);
        assertThat(TagScheme.BILOU.count()).isEqualTo(13);
    }
}
