package io.pressroom.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.pressroom.model.Article;
import io.pressroom.model.DocumentHints;
import io.pressroom.model.Event;
import io.pressroom.model.Mention;
import io.pressroom.model.RawDocument;
import io.pressroom.pipeline.Pipeline;
import io.pressroom.testing.RepoFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The entity stage on an article written for this test and on the bundled samples: names, roles, aliases, events. */
class EntityExtractorTest {
    private static final String TEXT = """
            Pentagon press secretary John Kirby said Tuesday that the United States remains open to talks with N. Korea.

            "We continue to call on Pyongyang to sit down," Kirby said. Pyongyang has stayed away from talks since the \
            Hanoi summit in February 2019.

            Park Jin, South Korean Foreign Minister, met Secretary of State Antony Blinken in Washington. Park said \
            the North must return to dialogue.

            North Korea conducted its sixth nuclear test in September 2017.""";

    static Article process(String title, String published, String text) throws Exception {
        DocumentHints h = new DocumentHints(title, null, published, null, null, null, null);
        return Pipeline.standard().process(RawDocument.ofText(title + ".jsonl:1", text, Pipeline.RECORD_TYPE, null, h));
    }

    private static Optional<Mention> mention(Article a, String written) {
        return a.entities().stream().filter(m -> a.text(m.span()).equals(written)).findFirst();
    }

    private static List<Mention> mentions(Article a, String written) {
        return a.entities().stream().filter(m -> a.text(m.span()).equals(written)).toList();
    }

    @Test
    void namesResolveToTheFullNameAndAliasesToOneEntity() throws Exception {
        Article a = process("Talks", "2022-01-21", TEXT);
        assertThat(mention(a, "John Kirby")).get().satisfies(m -> {
            assertThat(m.type()).isEqualTo(Mention.PERSON);
            assertThat(m.entityId()).isEqualTo("person:john-kirby");
        });
        assertThat(mention(a, "Kirby")).get().extracting(Mention::name).isEqualTo("John Kirby");
        assertThat(mention(a, "Park")).get().extracting(Mention::name).isEqualTo("Park Jin");
        assertThat(mention(a, "N. Korea")).get().satisfies(m -> {
            assertThat(m.name()).isEqualTo("North Korea");
            assertThat(m.entityId()).isEqualTo("place:north-korea");
        });
        // Every mention points at its own characters of the body.
        for (Mention m : a.entities()) assertThat(m.span().end()).isLessThanOrEqualTo(a.body().length());
    }

    @Test
    void rolesComeFromTitlesBeforeTheNameAndAppositionsAfterIt() throws Exception {
        Article a = process("Talks", "2022-01-21", TEXT);
        assertThat(mention(a, "John Kirby")).get().extracting(Mention::role).isEqualTo("Pentagon press secretary");
        assertThat(mention(a, "Park Jin")).get().extracting(Mention::role).isEqualTo("South Korean Foreign Minister");
        assertThat(mention(a, "Antony Blinken")).get().extracting(Mention::role).isEqualTo("Secretary of State");
        assertThat(mention(a, "Kirby")).get().extracting(Mention::role).isNull();
    }

    @Test
    void aCapitalThatActsIsItsCountryAndTheNorthIsNorthKorea() throws Exception {
        Article a = process("Talks", "2022-01-21", TEXT);
        List<Mention> pyongyang = mentions(a, "Pyongyang");
        assertThat(pyongyang).hasSize(2);
        // "call on Pyongyang to sit down" names the place; "Pyongyang has stayed away" is North Korea acting.
        assertThat(pyongyang.get(1).name()).isEqualTo("North Korea");
        assertThat(pyongyang.get(1).actor()).isTrue();
        assertThat(a.entities()).anySatisfy(m -> {
            assertThat(a.text(m.span())).endsWith("North");
            assertThat(m.name()).isEqualTo("North Korea");
        });
    }

    @Test
    void datedSentencesBecomeEventsButTheDayOfSayingDoesNot() throws Exception {
        Article a = process("Talks", "2022-01-21", TEXT);
        assertThat(a.events()).extracting(Event::value).containsExactly("2019-02", "2017-09");
        Event test = a.events().get(1);
        assertThat(a.text(test.sentence())).isEqualTo("North Korea conducted its sixth nuclear test in September 2017.");
        assertThat(a.text(test.time())).isEqualTo("September 2017");
        assertThat(test.precision()).isEqualTo("month");
        assertThat(test.actors()).containsExactly("North Korea");
        assertThat(a.events().get(0).actors()).contains("North Korea");
    }

    @Test
    void entitiesAndEventsSurviveTheArticleJson() throws Exception {
        Article a = process("Talks", "2022-01-21", TEXT);
        Article back = io.pressroom.json.ArticleJson.read(io.pressroom.json.ArticleJson.write(a), null);
        assertThat(back.entities()).isEqualTo(a.entities());
        assertThat(back.events()).isEqualTo(a.events());
        assertThat(io.pressroom.json.ArticleJson.write(a)).contains("\"entity\":\"person:john-kirby\"", "\"precision\":\"month\"");
    }

    @Test
    void anUndatedArticleKeepsEventsWithTheirOwnYearOnly() throws Exception {
        Article a = process("Undated", null, "North Korea conducted a nuclear test on Tuesday. It held talks in June 2018 with the United States.");
        assertThat(a.events()).extracting(Event::value).containsExactly("2018-06");
    }

    @Test
    void theSamplesNameTheirPeopleWithTheirTitles() throws Exception {
        Path file = RepoFiles.samples().resolve("001_1e7afefe1c3174b8.txt");
        Article a = Pipeline.standard().process(RawDocument.ofBytes(file.toString(), Files.readAllBytes(file), "text/plain", null));
        assertThat(a.entities()).anySatisfy(m -> {
            assertThat(m.name()).isEqualTo("John Kirby");
            assertThat(m.role()).isEqualTo("Pentagon press secretary");
        });
        assertThat(a.entities()).filteredOn(m -> a.text(m.span()).equals("Kirby")).isNotEmpty()
                .allSatisfy(m -> assertThat(m.name()).isEqualTo("John Kirby"));
        assertThat(a.events()).anySatisfy(e -> {
            assertThat(e.value()).isEqualTo("2017-11");
            assertThat(e.actors()).contains("North Korea");
        });
    }
}
