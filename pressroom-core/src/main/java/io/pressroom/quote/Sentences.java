package io.pressroom.quote;

import io.pressroom.model.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits paragraphs into sentences for attribution: at . ! ? (or a quote mark closing after one)
 * followed by a capital, a digit or an opening quote, except after abbreviations ("U.S.", "Jan.",
 * "Mr.") and initials ("N. Korea"), and never inside a quotation: a quoted passage of three sentences
 * and its "he said" form one attribution sentence.
 */
final class Sentences {
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov",
            "lt", "col", "maj", "capt", "sgt", "adm", "st", "jr", "sr", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "no", "vs", "etc", "inc", "corp", "co", "ltd", "u.s", "u.n", "u.k", "d.c", "rev",
            "ft", "mt", "pres", "sec", "dept", "univ", "approx", "est", "fig", "al", "ave", "blvd", "hon", "del");

    private Sentences() { }

    static List<TextSpan> split(String body, TextSpan paragraph, List<QuoteMarks.Quoted> quotes) {
        List<TextSpan> out = new ArrayList<>();
        int start = paragraph.start();
        int end = paragraph.end();
        for (int i = start; i < end; i++) {
            char c = body.charAt(i);
            boolean terminal = c == '.' || c == '!' || c == '?';
            // A quotation ending a sentence: ... seriously." He
            // A quotation ending a sentence: ... seriously." He — but after ! or ? the words that follow
            // are usually its attribution ("Will be such fun!" Trump tweeted.), so those stay together.
            boolean closesQuote = QuoteMarks.width(body, i) > 0 && i > start && body.charAt(i - 1) == '.' && isClose(quotes, i);
            if (!terminal && !closesQuote) continue;
            if (terminal && insideQuote(quotes, i)) continue;
            if (terminal && c != '.' && i + 1 < end && QuoteMarks.width(body, i + 1) > 0 && isClose(quotes, i + 1)) continue;
            int j = closesQuote ? i + QuoteMarks.width(body, i) : i + 1;
            while (j < end && (QuoteMarks.width(body, j) > 0 || body.charAt(j) == ')' || body.charAt(j) == '\u2019')) {
                if (insideQuoteOpenAt(quotes, j)) break;
                j += Math.max(1, QuoteMarks.width(body, j));
            }
            if (j >= end || !Tokens.isSpace(body.charAt(j))) {
                // "… on the red carpet.“It's unlike anything,” he told the BBC": a scraped page that lost the space
                // between a sentence and the quotation opening the next.
                if (c == '.' && j == i + 1 && j < end && insideQuoteOpenAt(quotes, j) && j + QuoteMarks.width(body, j) < end
                        && Character.isUpperCase(body.charAt(j + QuoteMarks.width(body, j))) && i > start
                        && Character.isLowerCase(body.charAt(i - 1)) && !isAbbreviation(body, start, i)) {
                    out.add(new TextSpan(start, i + 1));
                    start = j;
                }
                continue;
            }
            int k = j;
            while (k < end && Tokens.isSpace(body.charAt(k))) k++;
            if (k >= end) continue;
            char next = body.charAt(k);
            if (!(Character.isUpperCase(next) || Character.isDigit(next) || QuoteMarks.width(body, k) > 0 || next == '(')) continue;
            if (c == '.' && isAbbreviation(body, start, i)) continue;
            if (closesQuote && body.charAt(i - 1) == '.' && isAbbreviation(body, start, i - 1)) continue;
            out.add(new TextSpan(start, j));
            start = k;
        }
        if (start < end) out.add(new TextSpan(start, end));
        return out;
    }

    private static boolean isClose(List<QuoteMarks.Quoted> quotes, int pos) {
        for (QuoteMarks.Quoted q : quotes) {
            if (q.close() == pos) return true;
        }
        return false;
    }

    private static boolean insideQuote(List<QuoteMarks.Quoted> quotes, int pos) {
        for (QuoteMarks.Quoted q : quotes) {
            if (q.open() > pos) break;
            if (q.contains(pos)) return true;
        }
        return false;
    }

    private static boolean insideQuoteOpenAt(List<QuoteMarks.Quoted> quotes, int pos) {
        for (QuoteMarks.Quoted q : quotes) {
            if (q.open() == pos) return true;
        }
        return false;
    }

    private static boolean isAbbreviation(String body, int from, int dot) {
        int w = dot;
        while (w > from && (Character.isLetter(body.charAt(w - 1)) || body.charAt(w - 1) == '.')) w--;
        String word = body.substring(w, dot).toLowerCase(java.util.Locale.ROOT);
        if (word.length() == 1 && Character.isUpperCase(body.charAt(w))) return true; // an initial: "N. Korea"
        if (Tokens.isInitials(body.substring(w, dot))) return true; // "Rep. G.K. Butterfield"
        return ABBREVIATIONS.contains(word);
    }
}
