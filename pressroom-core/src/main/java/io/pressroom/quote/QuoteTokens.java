package io.pressroom.quote;

import java.util.List;

/** The quote stage's tokenizer, for tools outside the package (the cue trainer). */
public final class QuoteTokens {
    private QuoteTokens() { }

    public static List<Tokens.Tok> of(String text) {
        return Tokens.of(text, 0, text.length());
    }
}
