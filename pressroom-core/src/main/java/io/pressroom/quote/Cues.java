package io.pressroom.quote;

import io.pressroom.text.Resources;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The attribution cue lexicon ({@code cues.txt}): a few hundred lemmas of speech, reporting, stance
 * and cognition verbs and fixed phrases, expanded to their inflected forms. Matching is by tokens,
 * longest phrase first.
 */
final class Cues {

    /** A cue form: its words (lower case), its lemma, and whether it is a participle ("adding"). */
    /**
     * A cue form: its words (lower case), its lemma, whether it is a participle ("adding"), a fixed
     * phrase ("according to") or a weak cue (a verb that reports speech only in some uses).
     */
    record Form(String[] words, String lemma, boolean participle, boolean fixed, boolean weak) { }

    private static final Map<String, List<Form>> BY_FIRST_WORD = new HashMap<>();

    static {
        for (String raw : Resources.lines(Cues.class, "cues.txt")) {
            String line = raw;
            if (line.startsWith("=")) {
                String phrase = line.substring(1).strip();
                add(phrase, phrase, false, true, false);
                continue;
            }
            boolean weak = line.startsWith("~");
            if (weak) line = line.substring(1).strip();
            String[] parts = line.split("\\|");
            String lemma = parts[0].strip();
            String[] words = lemma.split(" ");
            String head = words[0];
            String rest = lemma.substring(head.length());
            List<String> heads = new ArrayList<>();
            String ing;
            if (parts.length == 5) {
                for (int i = 1; i <= 3; i++) heads.add(parts[i].strip().split(" ")[0]);
                ing = parts[4].strip().split(" ")[0];
            } else {
                heads.add(thirdPerson(head));
                heads.add(past(head));
                ing = ing(head);
            }
            add(lemma, lemma, false, false, weak);
            for (String h : heads) add(h + rest, lemma, false, false, weak);
            add(ing + rest, lemma, true, false, weak);
        }
    }

    static {
        // Forms mined from PolNeAR train (tools/mine_cues.py); they only add forms the lexicon lacks, except
        // '+' lines: a form of a weak lexicon verb that is a cue in 30% of its uses on its own ("questioned",
        // while the noun-heavy "question" keeps the verb weak) becomes strong.
        for (String raw : Resources.lines(Cues.class, "cues-mined.txt")) {
            if (raw.startsWith("+")) {
                strengthen(raw.substring(1).split("\t")[0].strip());
                continue;
            }
            boolean weak = raw.startsWith("~");
            String form = raw.replaceFirst("^~?=", "").split("\t")[0].strip();
            if (at(form) == null) add(form, form, form.split(" ")[0].endsWith("ing"), false, weak);
        }
    }

    private Cues() { }

    private static void strengthen(String form) {
        Form known = at(form);
        if (known == null || known.fixed()) throw new IllegalStateException("cues-mined.txt: '+" + form + "' is no verb form of cues.txt");
        List<Form> list = BY_FIRST_WORD.get(known.words()[0]);
        list.set(list.indexOf(known), new Form(known.words(), known.lemma(), known.participle(), false, false));
    }

    private static Form at(String phrase) {
        List<Form> forms = BY_FIRST_WORD.get(phrase.split(" ")[0]);
        if (forms == null) return null;
        for (Form f : forms) {
            if (String.join(" ", f.words()).equals(phrase)) return f;
        }
        return null;
    }

    private static void add(String phrase, String lemma, boolean participle, boolean fixed, boolean weak) {
        String[] w = phrase.toLowerCase(Locale.ROOT).split(" ");
        List<Form> list = BY_FIRST_WORD.computeIfAbsent(w[0], k -> new ArrayList<>());
        for (Form f : list) {
            if (String.join(" ", f.words()).equals(String.join(" ", w))) return;
        }
        list.add(new Form(w, lemma, participle, fixed, weak));
        // Longest phrases first, so "called for" wins over "called".
        list.sort((a, b) -> b.words().length - a.words().length);
    }

    /** The cue starting at token {@code i}, or null. */
    static Form at(List<Tokens.Tok> toks, int i) {
        List<Form> forms = BY_FIRST_WORD.get(toks.get(i).lower());
        if (forms == null) return null;
        for (Form f : forms) {
            if (i + f.words().length > toks.size()) continue;
            boolean ok = true;
            for (int k = 1; k < f.words().length && ok; k++) ok = toks.get(i + k).lower().equals(f.words()[k]);
            if (ok) return f;
            // "called Friday for releasing the videos": a day between a phrasal cue's verb and its particle.
            if (f.words().length == 2 && !f.fixed() && i + 2 < toks.size() && Words.WEEKDAYS.contains(toks.get(i + 1).lower())
                    && toks.get(i + 2).lower().equals(f.words()[1])) {
                return new Form(new String[] {f.words()[0], toks.get(i + 1).lower(), f.words()[1]}, f.lemma(), f.participle(),
                        false, f.weak());
            }
        }
        return null;
    }

    /** Whether the word is a one-word cue by itself ("said", "warned"), as {@code at} would find it alone. */
    static boolean isOneWordCue(String lower) {
        List<Form> forms = BY_FIRST_WORD.get(lower);
        if (forms == null) return false;
        for (Form f : forms) {
            if (f.words().length == 1) return true;
        }
        return false;
    }

    static int size() {
        return BY_FIRST_WORD.values().stream().mapToInt(List::size).sum();
    }

    private static boolean consonant(char c) {
        return "aeiou".indexOf(c) < 0;
    }

    static String thirdPerson(String v) {
        if (v.endsWith("s") || v.endsWith("sh") || v.endsWith("ch") || v.endsWith("x") || v.endsWith("z") || v.endsWith("o")) return v + "es";
        if (v.endsWith("y") && v.length() > 1 && consonant(v.charAt(v.length() - 2))) return v.substring(0, v.length() - 1) + "ies";
        return v + "s";
    }

    static String past(String v) {
        if (v.endsWith("e")) return v + "d";
        if (v.endsWith("y") && v.length() > 1 && consonant(v.charAt(v.length() - 2))) return v.substring(0, v.length() - 1) + "ied";
        return v + "ed";
    }

    static String ing(String v) {
        if (v.endsWith("ie")) return v.substring(0, v.length() - 2) + "ying";
        if (v.endsWith("e") && !v.endsWith("ee") && !v.endsWith("ye") && !v.endsWith("oe")) return v.substring(0, v.length() - 1) + "ing";
        return v + "ing";
    }
}
