package io.pressroom.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A quotation: who said what, how and when, with every part pointing into the article body.
 *
 * @param content        the words attributed, a range of the body (for direct quotes, inside the quote marks)
 * @param type           direct, indirect (reported speech) or mixed (reported speech with quoted words)
 * @param speaker        who it is attributed to, resolved in the article ("he" → "John Kirby"); null when unknown
 * @param speakerMention the speaker as written ("he", "the top U.S. diplomat"), or null when unattributed
 * @param cue            the attribution cue as written ("said", "according to", "adding"), or null
 * @param cueLemma       its base form ("say", "according to", "add"), or null
 * @param saidOn         the date the words were said, when the text gives one, or null
 */
public record Quote(TextSpan content, Type type, String speaker, TextSpan speakerMention, TextSpan cue,
                    String cueLemma, LocalDate saidOn) {

    public enum Type {
        DIRECT, INDIRECT, MIXED;

        public String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Quote {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(type, "type");
    }

    public Quote withSpeaker(String resolved) {
        return new Quote(content, type, resolved, speakerMention, cue, cueLemma, saidOn);
    }

    public Quote withSaidOn(LocalDate date) {
        return new Quote(content, type, speaker, speakerMention, cue, cueLemma, date);
    }
}
