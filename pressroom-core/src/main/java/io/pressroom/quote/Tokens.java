package io.pressroom.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A light tokenizer with character offsets: words (with inner dots, hyphens, apostrophes), abbreviations, punctuation. */
final class Tokens {

    record Tok(String text, int start, int end, String lower) {
        boolean isWord() {
            return Character.isLetterOrDigit(text.charAt(0));
        }

        boolean capitalized() {
            return Character.isUpperCase(text.codePointAt(0));
        }

        boolean is(String s) {
            return lower.equals(s);
        }

        boolean isQuoteMark() {
            return text.equals("''") || text.equals("``") || text.length() == 1 && QuoteMarks.isMark(text.charAt(0));
        }
    }

    private static final Pattern TOKEN = Pattern.compile(
            "(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Cmdr|St|Jr|Sr|Prof|Rev|Hon|Pres|Sec|Supt|Insp|Det|Fr|Msgr)\\.(?=\\s)"
                    + "|\\p{Lu}\\.(?=\\s\\p{Lu})|(?:\\p{Lu}\\.){2,}|[\\p{L}\\p{N}]+(?:['\u2019.\\-][\\p{L}\\p{N}]+)*(?:['\u2019](?=\\s))?|''|``|--|\\S");

    private Tokens() { }

    static List<Tok> of(String text, int from, int to) {
        List<Tok> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(from, to);
        while (m.find()) {
            String t = m.group();
            out.add(new Tok(t, m.start(), m.end(), t.toLowerCase(Locale.ROOT)));
        }
        return out;
    }
}
