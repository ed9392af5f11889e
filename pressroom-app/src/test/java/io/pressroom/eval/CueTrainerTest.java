package io.pressroom.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.pressroom.testing.RepoFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped cue detector must be what {@code pressroom eval train-cues} makes from PolNeAR train with
 * today's tokenizer and word lists: its features read them, so a change there silently leaves the shipped
 * weights trained on other features (it happened once, after speaker nouns were added).
 */
class CueTrainerTest {
    @Test
    void shippedWeightsAreReproducedFromPolnearTrain(@TempDir Path dir) throws IOException {
        Optional<Path> train = RepoFiles.shared("data/polnear/polnear_train.jsonl");
        assumeThat(train).as("../shared/data/polnear/polnear_train.jsonl").isPresent();
        Path out = dir.resolve("cue-model.tsv");
        CueTrainer.train(train.get(), out, 5);
        String shipped;
        try (InputStream in = io.pressroom.quote.CueModel.class.getResourceAsStream("cue-model.tsv")) {
            assertThat(in).as("cue-model.tsv on the class path").isNotNull();
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(out, StandardCharsets.UTF_8))
                .as("retrain with: ./pressroom eval train-cues ../shared/data/polnear/polnear_train.jsonl "
                        + "--out pressroom-core/src/main/resources/io/pressroom/quote/cue-model.tsv")
                .isEqualTo(shipped);
    }
}
