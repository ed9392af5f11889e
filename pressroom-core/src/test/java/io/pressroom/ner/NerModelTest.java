package io.pressroom.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NerModelTest {

    /** Entities of one sentence as "TYPE:words", from BIO tags. */
    static List<String> entities(String[] words, int[] tags) {
        List<String> out = new ArrayList<>();
        StringBuilder current = null;
        String type = null;
        for (int i = 0; i <= words.length; i++) {
            int t = i < words.length ? tags[i] : NerTags.O;
            if (current != null && (t == NerTags.O || NerTags.isBegin(t))) {
                out.add(type + ":" + current);
                current = null;
            }
            if (t != NerTags.O) {
                if (current == null) {
                    current = new StringBuilder(words[i]);
                    type = NerTags.TYPES[NerTags.type(t)];
                } else {
                    current.append(' ').append(words[i]);
                }
            }
        }
        return out;
    }

    @Test
    void iob1BecomesBioAndInsideOnlyContinuesItsType() {
        // IOB1: I- opens an entity; B- only splits two adjacent entities of one type.
        int[] bio = NerTags.iob1ToBio(new String[] {"I-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-ORG"});
        assertThat(bio).containsExactly(NerTags.begin(0), NerTags.inside(0), NerTags.O, NerTags.begin(2), NerTags.begin(2),
                NerTags.begin(1));
        assertThat(NerTags.allowed(NerTags.begin(0), NerTags.inside(0))).isTrue();
        assertThat(NerTags.allowed(NerTags.O, NerTags.inside(0))).isFalse();
        assertThat(NerTags.allowed(NerTags.begin(1), NerTags.inside(0))).isFalse();
        assertThat(NerTags.parse("B-MISC")).isEqualTo(NerTags.begin(3));
        assertThat(NerTags.parse("X-PER")).isEqualTo(-1);
    }

    @Test
    void shippedModelFindsPeoplePlacesAndOrganisationsInNewSentences() {
        // Sentences written for this test, not taken from the training data.
        String[] a = "Defense Secretary Lloyd Austin met Japanese officials in Tokyo on Monday .".split(" ");
        String[] b = "The International Monetary Fund said Argentina would miss its target , according to Kristalina Georgieva .".split(" ");
        List<int[]> tags = NerModel.standard().tag(List.of(a, b));
        assertThat(entities(a, tags.get(0))).contains("PER:Lloyd Austin", "MISC:Japanese", "LOC:Tokyo");
        assertThat(entities(b, tags.get(1))).contains("ORG:International Monetary Fund", "LOC:Argentina", "PER:Kristalina Georgieva");
    }

    @Test
    void aWordTaggedInTheBodyHelpsTheSameWordInACapitalisedHeadline() {
        String[] headline = "SOLANA WARNS OF NEW SANCTIONS".split(" ");
        String[] body = "Javier Solana , the European Union 's foreign policy chief , said on Friday that Solana had not decided .".split(" ");
        List<int[]> tags = NerModel.standard().tag(List.of(headline, body));
        assertThat(entities(body, tags.get(1))).contains("PER:Javier Solana", "ORG:European Union");
        // The headline word opens a person's name (where the name ends in capitals is harder: not asserted).
        assertThat(tags.get(0)[0]).isEqualTo(NerTags.begin(0));
    }

    @Test
    void aTrainedModelSurvivesWritingAndReading() throws Exception {
        List<NerTrainer.Document> docs = List.of(
                new NerTrainer.Document(List.of("Anna Berg visited Oslo .".split(" "), "Berg left Oslo for Acme Corp .".split(" ")),
                        List.of(new int[] {1, 2, 0, 5, 0}, new int[] {1, 0, 5, 0, 3, 4, 0})));
        NerModel m = NerTrainer.train(docs, 5, 1, 2, null);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        m.write(bytes);
        NerModel back = NerModel.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(back.features()).isPositive().isLessThanOrEqualTo(m.features());
        List<String[]> sentences = List.of("Anna Berg visited Oslo .".split(" "), "Berg left Oslo for Acme Corp .".split(" "));
        List<int[]> before = m.tag(sentences);
        List<int[]> after = back.tag(sentences);
        for (int i = 0; i < before.size(); i++) assertThat(after.get(i)).containsExactly(before.get(i));
        assertThat(entities(sentences.get(1), after.get(1))).contains("LOC:Oslo", "ORG:Acme Corp");
    }
}
