package io.pressroom.entity;

import io.pressroom.model.TextSpan;
import io.pressroom.quote.Tokens;
import io.pressroom.quote.Tokens.Tok;
import java.util.ArrayList;
import java.util.List;

/**
 * The body as the tagger reads it: sentences of tokens with their character offsets, split the way
 * CoNLL-2003 was ("Germany 's", quote marks as {@code "}), so that the model trained there sees the
 * same kind of tokens here.
 */
final class EntityTokens {

    /** One sentence: tokens as the tagger reads them and their offsets in the body. */
    record Sentence(String[] words, int[] starts, int[] ends) {
        int size() {
            return words.length;
        }

        TextSpan span() {
            return new TextSpan(starts[0], ends[ends.length - 1]);
        }

        TextSpan span(int from, int to) {
            return new TextSpan(starts[from], ends[to - 1]);
        }
    }

    /** Words whose full stop does not end a sentence ("Jan. 21", "No. 2", "Gen. Milley"). */
    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "gen", "sen", "rep", "gov", "lt", "col", "maj", "capt", "sgt",
            "adm", "st", "mt", "ft", "inc", "corp", "co", "ltd", "dept", "univ", "prof", "rev", "approx", "est", "fig", "al");

    private EntityTokens() { }

    static List<Sentence> of(String body, List<TextSpan> paragraphs) {
        List<Sentence> out = new ArrayList<>();
        for (TextSpan p : paragraphs) {
            List<Tok> toks = split(Tokens.of(body, p.start(), p.end()));
            int from = 0;
            for (int i = 0; i < toks.size(); i++) {
                String t = toks.get(i).text();
                boolean terminal = t.equals(".") || t.equals("?") || t.equals("!");
                if (!terminal) continue;
                if (t.equals(".") && i > 0 && ABBREVIATIONS.contains(toks.get(i - 1).lower())
                        && toks.get(i - 1).end() == toks.get(i).start()) continue;
                int end = i + 1;
                while (end < toks.size() && isClosingMark(toks.get(end).text())) end++;
                if (end < toks.size() && !startsSentence(toks.get(end).text())) continue;
                add(toks, from, end, out);
                from = end;
                i = end - 1;
            }
            add(toks, from, toks.size(), out);
        }
        return out;
    }

    private static void add(List<Tok> toks, int from, int to, List<Sentence> out) {
        if (from >= to) return;
        int n = to - from;
        String[] words = new String[n];
        int[] starts = new int[n];
        int[] ends = new int[n];
        for (int i = 0; i < n; i++) {
            Tok t = toks.get(from + i);
            words[i] = normalise(t.text());
            starts[i] = t.start();
            ends[i] = t.end();
        }
        out.add(new Sentence(words, starts, ends));
    }

    /** "Germany's" → "Germany" + "'s", as in the training data. */
    private static List<Tok> split(List<Tok> toks) {
        List<Tok> out = new ArrayList<>(toks.size() + 8);
        for (Tok t : toks) {
            String s = t.text();
            int n = s.length();
            if (n > 2 && (s.charAt(n - 1) == 's' || s.charAt(n - 1) == 'S') && (s.charAt(n - 2) == '\'' || s.charAt(n - 2) == '\u2019')) {
                out.add(new Tok(s.substring(0, n - 2), t.start(), t.end() - 2, t.lower().substring(0, n - 2)));
                out.add(new Tok(s.substring(n - 2), t.end() - 2, t.end(), t.lower().substring(n - 2)));
            } else {
                out.add(t);
            }
        }
        return out;
    }

    private static String normalise(String w) {
        if (w.length() == 1 || w.length() == 2 && (w.equals("''") || w.equals("``"))) {
            char c = w.charAt(0);
            if (c == '\u201c' || c == '\u201d' || c == '\u201e' || c == '`' || w.equals("''")) return "\"";
            if (c == '\u2018' || c == '\u2019') return "'";
            if (c == '\u2013' || c == '\u2014') return "-";
        }
        if (w.indexOf('\u2019') >= 0) return w.replace('\u2019', '\'');
        return w;
    }

    private static boolean isClosingMark(String t) {
        return t.equals("\"") || t.equals("''") || t.equals("\u201d") || t.equals("\u2019") || t.equals(")");
    }

    private static boolean startsSentence(String t) {
        char c = t.charAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201c' || c == '\'' || c == '\u2018' || c == '(';
    }
}
