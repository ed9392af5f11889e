package io.pressroom.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MinHashTest {

    private static String words(Random r, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) b.append("w").append(r.nextInt(5000)).append(' ');
        return b.toString();
    }

    @Test
    void estimatesTheJaccardSimilarityOfWordBigrams() {
        Random r = new Random(7);
        String base = words(r, 400);
        // Keep the first 300 words and replace the last 100: 299 of 499 distinct bigrams shared, Jaccard ≈ 0.6.
        String edited = base.substring(0, nthSpace(base, 300)) + " " + words(r, 100);
        double s = MinHash.similarity(MinHash.signature(base), MinHash.signature(edited));
        assertThat(s).isBetween(0.48, 0.72);
        assertThat(MinHash.similarity(MinHash.signature(base), MinHash.signature(words(r, 400)))).isLessThan(0.05);
        assertThat(MinHash.similarity(MinHash.signature(base), MinHash.signature(base.toUpperCase()))).isEqualTo(1.0);
    }

    @Test
    void punctuationAndCaseDoNotCountButWordOrderDoes() {
        String a = "The U.S. and South Korea held talks on Tuesday in Seoul about the North's missile launches and sanctions relief";
        String b = "the US and south Korea held talks, on Tuesday, in Seoul about the Norths missile launches and sanctions relief.";
        assertThat(MinHash.similarity(MinHash.signature(a), MinHash.signature(b))).isEqualTo(1.0);
        assertThat(MinHash.signature("too short to compare")).isNull();
    }

    @Test
    void bandKeysAreDistinctAndFingerprintsRoundTripThroughStorage() {
        // Words without digits, so the only figures are the three at the end.
        String text = words(new Random(1), 200).replaceAll("[0-9]", "q") + " 1,200 troops and 14 projects since 2018";
        int[] sig = MinHash.signature(text);
        assertThat(MinHash.bandKeys(sig)).hasSize(MinHash.BANDS).doesNotHaveDuplicates();
        Fingerprint fp = Fingerprint.of(text);
        byte[] bytes = fp.toBytes();
        Fingerprint back = Fingerprint.fromBytes(bytes, 0, bytes.length);
        assertThat(back.minhash()).isEqualTo(sig);
        assertThat(back.shingles()).isEqualTo(fp.shingles());
        assertThat(back.numbers()).hasSize(3).isEqualTo(fp.numbers());
        assertThat(back.similarity(fp)).isEqualTo(1.0);
        assertThat(back.numberAgreement(Fingerprint.of(text.replace("1,200", "1,300")))).isCloseTo(2 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    private static int nthSpace(String s, int n) {
        int at = -1;
        for (int i = 0; i < n; i++) at = s.indexOf(' ', at + 1);
        return at;
    }
}
