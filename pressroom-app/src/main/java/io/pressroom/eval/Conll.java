package io.pressroom.eval;

import io.pressroom.ner.NerTags;
import io.pressroom.ner.NerTrainer;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** CoNLL-2003 files: documents (split at -DOCSTART-) of sentences of lines, the word first and the IOB1 tag last. */
public final class Conll {

    /** A sentence's file lines (all columns) and its BIO tags. */
    public record Sentence(List<String> lines, String[] words, int[] tags) { }

    public record Doc(List<Sentence> sentences) {
        public NerTrainer.Document training() {
            List<String[]> w = new ArrayList<>();
            List<int[]> t = new ArrayList<>();
            for (Sentence s : sentences) {
                w.add(s.words());
                t.add(s.tags());
            }
            return new NerTrainer.Document(w, t);
        }
    }

    private Conll() { }

    public static List<Doc> read(Path file) throws IOException {
        List<Doc> docs = new ArrayList<>();
        List<Sentence> current = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("-DOCSTART-")) {
                    flush(lines, current);
                    if (!current.isEmpty()) docs.add(new Doc(current));
                    current = new ArrayList<>();
                } else if (line.isBlank()) {
                    flush(lines, current);
                } else {
                    lines.add(line.strip());
                }
            }
        }
        flush(lines, current);
        if (!current.isEmpty()) docs.add(new Doc(current));
        return docs;
    }

    private static void flush(List<String> lines, List<Sentence> into) {
        if (lines.isEmpty()) return;
        String[] words = new String[lines.size()];
        String[] tags = new String[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            String[] cols = lines.get(i).split("\\s+");
            words[i] = cols[0];
            tags[i] = cols[cols.length - 1];
        }
        into.add(new Sentence(List.copyOf(lines), words, NerTags.iob1ToBio(tags)));
        lines.clear();
    }

}
