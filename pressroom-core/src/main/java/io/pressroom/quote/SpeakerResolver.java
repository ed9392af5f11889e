package io.pressroom.quote;

import io.pressroom.model.Article;
import io.pressroom.model.Quote;
import io.pressroom.model.TextSpan;
import io.pressroom.quote.Tokens.Tok;
import io.pressroom.text.Casing;
import io.pressroom.text.Resources;
import io.pressroom.text.RoleWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Resolves speaker mentions to who they are in the article, the way a careful reader would:
 * surnames to the full name introduced earlier ("Kirby" → "John Kirby", "park" → "Park Jin"),
 * pronouns to the most recent person speaker, descriptions to the person introduced with that role
 * ("the Pentagon spokesman" → John Kirby, "the top U.S. diplomat" → Antony Blinken), organisations
 * as named ("The White House" → "White House"). When it cannot tell, it leaves the speaker unknown
 * rather than guess.
 */
final class SpeakerResolver {

    /** A person named in the article with the role they were introduced with. */
    record Person(String name, String role, int position) { }

    /** Who speaks for a person: "his spokesman", "her lawyers". */
    private static final Set<String> OWN_PEOPLE = Set.of("spokesman", "spokeswoman", "spokesperson", "spokespeople", "aides",
            "aide", "lawyer", "lawyers", "attorney", "attorneys", "campaign", "representative", "representatives", "staff");

    /** Plural names of parties' members that speak for the party when capitalised ("Democrats said"). */
    private static final Set<String> PARTY_MEMBERS = Set.of("democrats", "republicans", "conservatives", "tories");
    private static final Set<String> PERSON_HEADS = Set.of("spokesman", "spokeswoman", "spokesperson", "diplomat", "leader",
            "minister", "secretary", "president", "chief", "director", "ambassador", "envoy", "general", "commander", "senator",
            "governor", "mayor", "chairman", "chairwoman", "premier", "chancellor", "king", "queen", "official");
    private static final Map<String, List<String>> SYNONYMS = Map.of(
            "spokesman", List.of("spokesman", "spokeswoman", "spokesperson", "press secretary"),
            "spokeswoman", List.of("spokesman", "spokeswoman", "spokesperson", "press secretary"),
            "spokesperson", List.of("spokesman", "spokeswoman", "spokesperson", "press secretary"),
            "diplomat", List.of("secretary of state", "foreign minister", "diplomat", "envoy", "ambassador"),
            "leader", List.of("leader", "president", "chairman", "premier", "prime minister"));

    private record KnownRole(String role, String person, int from, int to) { }

    private static final List<KnownRole> KNOWN = Resources.lines(SpeakerResolver.class, "known-roles.tsv").stream()
            .map(l -> l.split("\t"))
            .map(c -> new KnownRole(c[0], c[1], Integer.parseInt(c[2]), c.length > 3 && !c[3].isBlank() ? Integer.parseInt(c[3]) : 9999))
            .toList();

    private SpeakerResolver() { }

    static List<Quote> resolve(Article a, List<QuoteExtractor.Found> found, List<Tok> bodyTokens) {
        String body = a.body();
        List<Person> people = found.isEmpty() ? new ArrayList<>() : introductions(body, bodyTokens);
        // Full names used as speakers count as introductions too ("Tony Blair said" before "Mr Blair added").
        // Each speaker phrase is tokenized once, for the introductions and for its resolution.
        java.util.IdentityHashMap<QuoteExtractor.Found, List<Tok>> mentionTokens = new java.util.IdentityHashMap<>();
        for (QuoteExtractor.Found f : found) {
            if (f.speaker() == null) continue;
            List<Tok> t = Tokens.of(body, f.speaker().start(), f.speaker().end());
            mentionTokens.put(f, t);
            TextSpan apposed = appositionName(t);
            // "Mr Balls, a prospective Labour MP,": an honorific and a surname introduce no one; they refer back.
            if (apposed != null && Words.HONORIFICS.contains(t.get(0).lower())) continue;
            if (apposed != null) {
                people.add(new Person(body.substring(apposed.start(), apposed.end()),
                        body.substring(apposed.end(), f.speaker().end()).replaceAll("^[,\\s]+|[,\\s]+$", ""), apposed.start()));
                continue;
            }
            TextSpan named = nameAfterRole(t);
            if (named != null) {
                people.add(new Person(body.substring(named.start(), named.end()),
                        body.substring(f.speaker().start(), named.start()).replaceAll("^[,\\s]+|[,\\s]+$", ""), named.start()));
                continue;
            }
            if (t.size() >= 2 && t.size() <= 4 && t.stream().allMatch(x -> x.capitalized() && x.isWord())
                    && !Words.HONORIFICS.contains(t.get(0).lower()) && !Words.OPENERS.contains(t.get(0).lower())) {
                people.add(new Person(body.substring(f.speaker().start(), f.speaker().end()), "", f.speaker().start()));
            }
        }
        Integer year = a.published() == null ? null : a.published().year();
        List<Quote> out = new ArrayList<>(found.size());
        String lastPerson = null;
        // Resolve in reading order of the mentions, so pronouns see the speakers before them.
        List<QuoteExtractor.Found> byMention = new ArrayList<>(found);
        byMention.sort((x, y) -> Integer.compare(pos(x), pos(y)));
        java.util.IdentityHashMap<QuoteExtractor.Found, String> resolved = new java.util.IdentityHashMap<>();
        Map<String, String> institutions = new java.util.HashMap<>();   // head noun → the named institution last seen
        for (QuoteExtractor.Found f : byMention) {
            String who = null;
            if (f.speaker() != null) {
                List<Tok> t = mentionTokens.get(f);
                Resolution r = resolveMention(body, f.speaker(), t, people, lastPerson, year);
                who = r.name;
                if (r.person && who != null) lastPerson = who;
                String head = institutionHead(t);
                if (head != null && who != null && !r.person) institutions.put(head, who);
                // "North Korea's foreign ministry said …" then "the ministry said …": the one named before.
                if (head != null && who == null && t.size() >= 2 && t.get(0).lower().equals("the")) who = institutions.get(head);
            }
            resolved.put(f, who);
        }
        for (QuoteExtractor.Found f : found) {
            out.add(new Quote(f.content(), f.type(), resolved.get(f), f.speaker(), f.cue(), f.lemma(), null));
        }
        return out;
    }

    /** Singular nouns of institutions that a later "the …" refers back to. */
    private static final Set<String> INSTITUTIONS = Set.of("ministry", "department", "agency", "office", "government", "company",
            "committee", "court", "party", "campaign", "administration", "council", "commission", "board", "union", "bank",
            "organization", "organisation", "newspaper", "broadcaster", "military", "army", "navy", "firm", "group");

    /** The head of a mention that is an institution described in common nouns ("the foreign ministry"), else null. */
    private static String institutionHead(List<Tok> toks) {
        if (toks == null || toks.isEmpty()) return null;
        for (Tok t : toks) if (t.is(",")) return null;    // only a plain phrase, no apposition
        String head = toks.get(toks.size() - 1).lower();
        return INSTITUTIONS.contains(head) ? head : null;
    }

    private static int pos(QuoteExtractor.Found f) {
        return f.speaker() != null ? f.speaker().start() : f.content().start();
    }

    private record Resolution(String name, boolean person) { }

    /**
     * The name of a speaker phrase that is a name with its apposition ("Maria Lopez, the chief executive of the
     * company,"): two to four capitalised words before the first comma; null for any other phrase.
     */
    static TextSpan appositionName(List<Tok> toks) {
        int comma = -1;
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).is(",")) {
                comma = i;
                break;
            }
        }
        if (comma < 2 || comma > 4 || comma == toks.size() - 1) return null;
        for (int i = 0; i < comma; i++) {
            Tok t = toks.get(i);
            if (!t.isWord() || !t.capitalized() || Words.OPENERS.contains(t.lower()) || Words.HONORIFICS.contains(t.lower()) && i == comma - 1) {
                return null;
            }
        }
        // "North Korea, China and Russia said": a list, not a name with its apposition.
        for (int i = comma + 1; i < toks.size() - 1; i++) {
            if ((toks.get(i).is("and") || toks.get(i).is("or")) && toks.get(i + 1).capitalized()) return null;
        }
        return new TextSpan(toks.get(0).start(), toks.get(comma - 1).end());
    }

    /**
     * "A lawyer for the news outlets, David Schulz,", "one of the family's attorneys, Justin Bamberg,": a description,
     * then the name of the person it describes in commas; the name, or null.
     */
    static TextSpan nameAfterRole(List<Tok> toks) {
        int end = toks.size();
        while (end > 0 && toks.get(end - 1).is(",")) end--;
        int comma = -1;
        for (int i = end - 1; i > 0; i--) {
            if (toks.get(i).is(",")) {
                comma = i;
                break;
            }
        }
        if (comma < 1 || end - comma - 1 < 2 || end - comma - 1 > 4) return null;
        for (int i = comma + 1; i < end; i++) {
            Tok t = toks.get(i);
            if (!t.isWord() || !t.capitalized() || Words.OPENERS.contains(t.lower())) return null;
        }
        // The description before it holds a word for a person: "lawyer", "attorneys", "spokesman".
        boolean person = false;
        for (int i = 0; i < comma; i++) {
            String l = toks.get(i).lower();
            if (RoleWords.isTitle(l) || PERSON_HEADS.contains(l) || Words.SPEAKER_NOUNS.contains(l)
                    || SpeakerPhrases.hyphenatedSpeakerNoun(l)) person = true;
        }
        return person ? new TextSpan(toks.get(comma + 1).start(), toks.get(end - 1).end()) : null;
    }

    private static final java.util.regex.Pattern PARTY_LABEL = java.util.regex.Pattern.compile("[RDI]-[A-Z][A-Za-z.-]*");

    /** "Mitch McConnell, R-Ky.,", "Claire McCaskill (D-Mo.)": the party and state are not part of the name. */
    private static List<Tok> withoutPartyLabel(List<Tok> toks) {
        for (int i = 1; i < toks.size() - 1; i++) {
            if (toks.get(i).is("(")) {
                int close = i + 1;
                while (close < toks.size() && !toks.get(close).is(")")) close++;
                if (close < toks.size()) {
                    List<Tok> out = new java.util.ArrayList<>(toks.subList(0, i));
                    out.addAll(toks.subList(close + 1, toks.size()));
                    return withoutPartyLabel(out);
                }
            }
            if (!toks.get(i).is(",") || !PARTY_LABEL.matcher(toks.get(i + 1).text()).matches()) continue;
            for (int k = i + 2; k < toks.size(); k++) {
                if (toks.get(k).isWord()) return toks;
            }
            return toks.subList(0, i);
        }
        return toks;
    }

    /**
     * "Rep. Kim Gi-hyeon of the ruling People Power Party", "Lee Jae-myung of the Democratic Party": a name (after an
     * optional honorific) and "of the" its organisation; the name, or null when the phrase is not so.
     */
    private static TextSpan nameBeforeOrganisation(List<Tok> toks) {
        int s = 0;
        while (s < toks.size() && (Words.HONORIFICS.contains(toks.get(s).lower()) || toks.get(s).text().endsWith(".")
                && RoleWords.isTitle(toks.get(s).lower()))) {
            s++;   // "Mr.", "Rep.", "Sen."
        }
        int e = s;
        while (e < toks.size() && toks.get(e).isWord() && toks.get(e).capitalized() && !Words.FUNCTION.contains(toks.get(e).lower())
                && !Words.SPEAKER_NOUNS.contains(toks.get(e).lower()) && !RoleWords.isTitle(toks.get(e).lower())) e++;
        int names = e - s;
        if (names < 1 || names < 2 && s == 0 || e + 2 >= toks.size() || !toks.get(e).is("of") || !toks.get(e + 1).is("the")) return null;
        return new TextSpan(toks.get(s).start(), toks.get(e - 1).end());
    }

    /** "Joseph, who has four children,": the relative clause after the name says something of the speaker; it is not the name. */
    private static List<Tok> withoutRelativeClause(List<Tok> toks) {
        for (int i = 1; i < toks.size() - 1; i++) {
            if (toks.get(i).is(",") && (toks.get(i + 1).is("who") || toks.get(i + 1).is("whose") || toks.get(i + 1).is("which"))) {
                return toks.subList(0, i);
            }
        }
        return toks;
    }

    /** Whether an apposition describes a person ("the chief executive", "a spokeswoman for ..."). */
    private static boolean describesPerson(String body, TextSpan name, TextSpan mention) {
        for (Tok t : Tokens.of(body, name.end(), mention.end())) {
            if (RoleWords.isTitle(t.lower()) || PERSON_HEADS.contains(t.lower())) return true;
        }
        return false;
    }

    /** The index of the first comma in {@code toks}, which holds one (an apposed name's). */
    private static int firstComma(List<Tok> toks) {
        int comma = 0;
        while (!toks.get(comma).is(",")) comma++;
        return comma;
    }

    /** @param toks the tokens of the mention */
    private static Resolution resolveMention(String body, TextSpan mention, List<Tok> toks, List<Person> people, String lastPerson,
                                             Integer year) {
        toks = withoutRelativeClause(withoutPartyLabel(toks));
        // "Jason Sims — a teacher from Mount Pleasant —": the apposition between dashes describes the name before it.
        for (int d = 1; d < toks.size(); d++) {
            if (SentenceTokens.isDash(toks.get(d))) {
                toks = toks.subList(0, d);
                break;
            }
        }
        if (!toks.isEmpty()) mention = new TextSpan(mention.start(), Math.min(mention.end(), toks.get(toks.size() - 1).end()));
        TextSpan apposed = appositionName(toks);
        if (apposed != null && Words.HONORIFICS.contains(toks.get(0).lower())) {
            // "Mr Balls, a prospective Labour MP,": the name before the apposition is resolved as a name alone
            // (to "Ed Balls" when the article introduced him).
            int comma = firstComma(toks);
            toks = toks.subList(0, comma);
            mention = new TextSpan(mention.start(), toks.get(comma - 1).end());
        } else if (apposed != null) {
            // "Gov. John Kasich, a Republican,": the name is resolved as it would be without its apposition (a title
            // before it is a role, not part of the name).
            Resolution name = resolveMention(body, apposed, toks.subList(0, firstComma(toks)), people, lastPerson, year);
            return new Resolution(name.name() != null ? name.name() : body.substring(apposed.start(), apposed.end()),
                    name.person() || describesPerson(body, apposed, mention));
        }
        TextSpan withOrganisation = nameBeforeOrganisation(toks);
        if (withOrganisation != null) return new Resolution(body.substring(withOrganisation.start(), withOrganisation.end()), true);
        TextSpan describedName = nameAfterRole(toks);
        if (describedName != null) return new Resolution(body.substring(describedName.start(), describedName.end()), true);
        if (toks.isEmpty()) return new Resolution(null, false);
        // "Smith, 45,", "Smith, a teacher from Ohio,": one name before its apposition reads as that name alone.
        if (toks.size() > 2 && toks.get(1).is(",") && toks.get(0).isWord() && toks.get(0).capitalized()) {
            toks = toks.subList(0, 1);
            mention = new TextSpan(mention.start(), toks.get(0).end());
        }
        String lower = body.substring(mention.start(), mention.end()).toLowerCase(Locale.ROOT);
        // "he said", and "his claim that …" (a possessive owner of a nominal cue)
        if (toks.size() == 1 && (Words.PERSON_PRONOUNS.contains(lower) || lower.equals("his") || lower.equals("her"))) {
            return new Resolution(lastPerson, true);
        }
        // "according to his office", "her campaign said": the office or campaign of the person last speaking.
        if (toks.size() >= 2 && toks.size() <= 3 && (toks.get(0).is("his") || toks.get(0).is("her")) && lastPerson != null
                && !toks.get(toks.size() - 1).capitalized() && (INSTITUTIONS.contains(toks.get(toks.size() - 1).lower())
                || OWN_PEOPLE.contains(toks.get(toks.size() - 1).lower()))) {
            return new Resolution(lastPerson + "'s " + body.substring(toks.get(1).start(), mention.end()), false);
        }
        if (toks.size() == 1 && Words.PRONOUNS.contains(lower)) {
            if (lower.equals("who") || lower.equals("which")) return antecedent(body, mention, people, lastPerson, year, lower.equals("which"));
            return new Resolution(null, false);
        }
        int start = 0;
        while (start < toks.size() - 1 && Words.DETERMINERS.contains(toks.get(start).lower())) start++;
        if (toks.size() - start == 1 && Words.OPENERS.contains(toks.get(start).lower())) return new Resolution(null, false);
        // "About two-thirds of Republican voters", "46 percent of Democrats": a share of people is no one in particular.
        for (int i = start; i + 1 < toks.size() && i < start + 4; i++) {
            String l = toks.get(i).lower();
            if (toks.get(i + 1).is("of") && (Words.quantity(l) || l.equals("percent") || l.equals("majority") || l.equals("share"))) {
                return new Resolution(null, false);
            }
        }
        // "A spokesman for Mayor Jane Doe", "an adviser to Mr. Obama": someone speaking for the person named, not that
        // person; the description stands when it names someone, as for a described group.
        for (int i = start; i + 2 < toks.size(); i++) {
            if (toks.get(i).capitalized() || !Words.SPEAKER_NOUNS.contains(toks.get(i).lower())) continue;
            if (!toks.get(i + 1).is("for") && !toks.get(i + 1).is("to")) continue;
            boolean named = toks.subList(i + 2, toks.size()).stream().anyMatch(Tok::capitalized);
            return new Resolution(named ? body.substring(toks.get(start).start(), mention.end()) : null, false);
        }
        int roleEnd = lastTitle(toks, start);
        List<Tok> name = toks.subList(roleEnd + 1, toks.size());
        // "Mr Blair", "Dr. Ward": the honorific is not part of the name.
        boolean honorific = false;
        while (name.size() > 1 && Words.HONORIFICS.contains(name.get(0).lower())) {
            name = name.subList(1, name.size());
            honorific = true;
        }
        // "Mr. Morgan of the Sierra Club": after an honorific, "of" starts the person's organisation, not their name;
        // so it does after a name of two words or more before "of the" ("Lee Jae-myung of the Democratic Party").
        int of = indexOfWord(name, "of");
        if (!(honorific && of > 0 || of >= 2 && of + 1 < name.size() && name.get(of + 1).is("the"))) of = -1;
        if (of > 0 && name.subList(0, of).stream().allMatch(Tok::capitalized)) name = name.subList(0, of);
        boolean allCaps = !name.isEmpty() && name.stream().allMatch(t -> t.capitalized() || t.is("and") || t.is("of"));
        if (name.size() == 1 && name.get(0).capitalized() && PARTY_MEMBERS.contains(name.get(0).lower())) {
            // "The Conservatives claim", "Democrats said": a party's name, capitalised, as written.
            return new Resolution(body.substring(toks.get(start).start(), mention.end()), false);
        }
        if (name.size() == 1 && (Words.SPEAKER_NOUNS.contains(name.get(0).lower()) || Words.DETERMINERS.contains(name.get(0).lower()))) {
            // "Analysts said", "Some have suggested": a capital only because a sentence starts there.
            return new Resolution(null, false);
        }
        if (!name.isEmpty() && allCaps) {
            String text = join(body, name);
            if (name.size() == 1) {
                Person p = bySingleName(people, text, mention.start());
                if (p != null) return new Resolution(p.name(), true);
                // "Research shows", "Companies say", "Don't assume": a common word, capitalised because a sentence
                // starts there, is written in lower case elsewhere in the article; a name is not.
                if (roleEnd < start && writtenInLowerCase(body, text)) return new Resolution(null, false);
                // "Mr Kennedy": an honorific names a person, whom a later "he" may mean.
                return new Resolution(text, roleEnd >= start || honorific);
            }
            boolean person = roleEnd >= start || honorific || people.stream().anyMatch(p -> p.name().equals(text));
            return new Resolution(text, person);
        }
        if (name.size() == 1 && !allCaps) {
            // A case slip: "according to park" → Park Jin.
            Person p = bySingleName(people, name.get(0).text(), mention.start());
            if (p != null) return new Resolution(p.name(), true);
        }
        if (roleEnd < start) return new Resolution(null, false);
        String head = toks.get(toks.size() - 1).lower();
        String description = body.substring(toks.get(start).start(), mention.end());
        if (!PERSON_HEADS.contains(head)) {
            // A group or an institution described in common nouns ("officials", "the company"): who
            // exactly is not said, so no speaker is named; one with a name in it ("the North's state
            // media") keeps its description.
            boolean named = false;
            // Only the phrase itself: "The report, released Tuesday by the Pentagon," is not named by its aside.
            for (int i = start; i < toks.size() && !toks.get(i).is(","); i++) {
                // "Foreign policy analysts said": a capital only because the sentence starts there names nothing.
                // ("Seoul's unification ministry": a possessive name is a name at the start too.)
                // ("the experts I interviewed": the reporter's "I" names no one.)
                if (toks.get(i).capitalized() && !toks.get(i).is("i") && !(i == 0 && sentenceStart(body, toks.get(i).start()) && !possessiveName(toks.get(i)))) {
                    named = true;
                }
            }
            return new Resolution(named ? description : null, false);
        }
        Person p = byRole(people, toks.subList(start, toks.size()), head, mention.start());
        if (p != null) return new Resolution(p.name(), true);
        String known = knownRole(description, body, year);
        if (known != null) return new Resolution(known, true);
        // "Tony Blair's official spokesman": someone speaking for the person named, described as written (as "a
        // spokesman for Mayor Jane Doe" is); no one in particular when the owner is not named ("the president's").
        return new Resolution(ownerNamed(body, toks, start) ? description : null, false);
    }

    private static boolean possessiveName(Tok t) {
        String l = t.lower();
        return (l.endsWith("'s") || l.endsWith("\u2019s")) && l.length() > 3 && !Words.FUNCTION.contains(l.substring(0, l.length() - 2));
    }

    /** Whether the phrase holds a possessive ("Blair's") whose owner is a capitalised name, not a capital at a sentence's start. */
    private static boolean ownerNamed(String body, List<Tok> toks, int start) {
        for (int i = start; i < toks.size(); i++) {
            String l = toks.get(i).lower();
            boolean possessive = l.endsWith("'s") || l.endsWith("\u2019s") || l.equals("'") || l.equals("\u2019");
            if (!possessive) continue;
            for (int k = start; k <= i; k++) {
                Tok t = toks.get(k);
                if (t.capitalized() && !Words.DETERMINERS.contains(t.lower()) && !(k == 0 && sentenceStart(body, t.start()))) return true;
            }
            return false;
        }
        return false;
    }

    private static boolean sentenceStart(String body, int at) {
        int k = at - 1;
        while (k >= 0 && (Tokens.isSpace(body.charAt(k)) || "\"“‘'(".indexOf(body.charAt(k)) >= 0)) k--;
        return k < 0 || ".!?:\n".indexOf(body.charAt(k)) >= 0 || body.charAt(k + 1) == '\n';
    }

    private static int indexOfWord(List<Tok> toks, String word) {
        for (int k = 0; k < toks.size(); k++) if (toks.get(k).lower().equals(word)) return k;
        return -1;
    }

    /** "Park Jin, who said ..." → the phrase before ", who". */
    private static Resolution antecedent(String body, TextSpan who, List<Person> people, String lastPerson, Integer year,
            boolean thing) {
        int comma = who.start() - 1;
        while (comma > 0 && Tokens.isSpace(body.charAt(comma))) comma--;
        if (comma <= 0 || body.charAt(comma) != ',') return new Resolution(null, false);
        int end = comma;
        int s = end;
        List<Tok> before = Tokens.of(body, Math.max(0, end - 80), end);
        int k = before.size() - 1;
        // "which" follows a thing or a body as well as a name: "The Clinton campaign, which …" (the noun with its
        // determiner and modifiers, resolved as that phrase would be).
        if (thing) {
            while (k >= 0 && before.get(k).isWord() && !Words.PREPOSITIONS.contains(before.get(k).lower())
                    && !(Words.FUNCTION.contains(before.get(k).lower()) && !before.get(k).capitalized())
                    && !Words.DETERMINERS.contains(before.get(k).lower())) {
                k--;
            }
            if (k >= 0 && Words.DETERMINERS.contains(before.get(k).lower()) && k < before.size() - 1) k--;
        }
        while (k >= 0 && (before.get(k).capitalized() || before.get(k).is("of"))) k--;
        if (k == before.size() - 1) return new Resolution(null, false);
        s = before.get(k + 1).start();
        return resolveMention(body, new TextSpan(s, end), Tokens.of(body, s, end), people, lastPerson, year);
    }

    /** Index of the last role word in the phrase ("Pentagon press secretary John Kirby" → "secretary"), or start-1. */
    private static final Set<String> PARTY_MEMBER = Set.of("democrat", "republican", "tory", "libertarian");

    /** Words of an organisation's name: "Republican National Committee", "Republican Jewish Coalition". */
    private static final Set<String> ORGANISATION_WORDS = Set.of("national", "party", "committee", "association", "coalition",
            "conference", "caucus", "council", "club", "leadership", "governors", "senate", "house", "campaign", "fund", "group");

    /** Two or three capitalised words to the phrase's end (or a bracketed label), none an organisation's. */
    private static boolean personNameFrom(List<Tok> toks, int from) {
        int k = from;
        while (k < toks.size() && toks.get(k).isWord() && toks.get(k).capitalized() && !ORGANISATION_WORDS.contains(toks.get(k).lower())) k++;
        return k - from >= 2 && k - from <= 3 && (k == toks.size() || toks.get(k).is("(") || toks.get(k).is(","));
    }

    private static int lastTitle(List<Tok> toks, int start) {
        int last = start - 1;
        for (int i = start; i < toks.size(); i++) {
            String l = toks.get(i).lower();
            // "ranking Democrat Elijah Cummings", "Republican Mitt Romney": a party member's label before the name.
            boolean party = PARTY_MEMBER.contains(l) && personNameFrom(toks, i + 1);
            if (RoleWords.isTitle(l) || party || Words.SPEAKER_NOUNS.contains(l) && !toks.get(i).capitalized()) {
                last = i;
                // "Secretary of State": the role runs on through "of X".
                if (i + 2 < toks.size() && toks.get(i + 1).is("of") && toks.get(i + 2).capitalized()) {
                    last = i + 2;
                    i += 2;
                }
            }
        }
        return last;
    }

    /** People introduced with a role anywhere in the body: "Pentagon press secretary John Kirby". */
    static List<Person> introductions(String body, List<Tok> toks) {
        List<Person> out = new ArrayList<>();
        int i = 0;
        while (i < toks.size()) {
            int j = i;
            while (j < toks.size() && phraseWord(toks, j)) j++;
            if (j > i + 1) {
                List<Tok> run = toks.subList(i, j);
                int r = lastTitle(run, 0);
                if (r >= 0 && r < run.size() - 1) {
                    List<Tok> name = run.subList(r + 1, run.size());
                    if (name.size() <= 4 && name.stream().allMatch(Tok::capitalized)) {
                        out.add(new Person(join(body, name), body.substring(run.get(0).start(), run.get(r).end()), run.get(r + 1).start()));
                    }
                }
            }
            i = Math.max(j, i + 1);
        }
        return out;
    }

    private static boolean phraseWord(List<Tok> toks, int j) {
        Tok t = toks.get(j);
        if (!t.isWord()) return false;
        String l = t.lower();
        if (t.capitalized()) return true;
        if (l.equals("of") && j > 0 && toks.get(j - 1).capitalized() && j + 1 < toks.size() && toks.get(j + 1).capitalized()) return true;
        return Words.SPEAKER_NOUNS.contains(l) || Words.MODIFIERS.contains(l);
    }

    /** Whether {@code word} (not all capitals) also occurs in lower case as a whole word of the body. */
    static boolean writtenInLowerCase(String body, String word) {
        if (word.length() < 2 || word.chars().noneMatch(Character::isLetter) || Casing.isAllUpper(word)) return false;
        String lower = word.toLowerCase(Locale.ROOT);
        for (int i = body.indexOf(lower); i >= 0; i = body.indexOf(lower, i + 1)) {
            int end = i + lower.length();
            boolean startsWord = i == 0 || !Character.isLetterOrDigit(body.charAt(i - 1));
            boolean endsWord = end == body.length() || !Character.isLetterOrDigit(body.charAt(end));
            if (startsWord && endsWord) return true;
        }
        return false;
    }

    private static Person bySingleName(List<Person> people, String token, int before) {
        Person best = null;
        for (Person p : people) {
            String[] parts = p.name().split(" ");
            boolean match = parts[0].equalsIgnoreCase(token) || parts[parts.length - 1].equalsIgnoreCase(token);
            if (!match) continue;
            if (best == null || (p.position() <= before && (best.position() > before || p.position() > best.position()))) best = p;
        }
        return best;
    }

    private static Person byRole(List<Person> people, List<Tok> description, String head, int before) {
        List<String> keys = SYNONYMS.getOrDefault(head, List.of(head));
        Person best = null;
        int bestScore = -1;
        for (Person p : people) {
            String role = normalize(p.role());
            if (keys.stream().noneMatch(role::contains)) continue;
            // "the prime minister" is not "Deputy Prime Minister John Prescott": a qualified role is another office.
            if (qualifiedAway(role, description)) continue;
            int score = 0;
            for (Tok t : description.subList(0, description.size() - 1)) {
                if (role.contains(normalize(t.text()))) score++;
            }
            // Through a synonym ("leader" for a president) the description's modifiers must agree:
            // "the North Korean leader" is not "Chinese President Xi Jinping".
            if (!role.contains(head) && score == 0) continue;
            boolean earlier = p.position() <= before;
            int total = score * 2 + (earlier ? 1 : 0);
            if (total > bestScore || total == bestScore && earlier && p.position() > best.position()) {
                best = p;
                bestScore = total;
            }
        }
        return best;
    }

    private static final Set<String> ROLE_QUALIFIERS = Set.of("deputy", "vice", "former", "acting", "assistant", "shadow",
            "junior", "ex", "outgoing", "incoming");

    /** Words that make a minister's or secretary's office: "the prime minister" is not any minister. */
    private static final Set<String> OFFICE_WORDS = Set.of("prime", "foreign", "defense", "defence", "finance", "interior",
            "justice", "health", "education", "trade", "unification", "home");

    /**
     * Whether the role carries a qualifier ("deputy", "former") that the description does not, or the description
     * names an office ("prime", "foreign") that the role does not.
     */
    private static boolean qualifiedAway(String role, List<Tok> description) {
        List<String> words = List.of(role.split("[\\s-]+"));
        for (String w : words) {
            if (ROLE_QUALIFIERS.contains(w) && description.stream().noneMatch(t -> t.lower().equals(w))) return true;
        }
        for (Tok t : description) {
            if (OFFICE_WORDS.contains(t.lower()) && !words.contains(t.lower())) return true;
        }
        return false;
    }

    private static String knownRole(String description, String body, Integer year) {
        String d = normalize(description);
        if (d.startsWith("the ")) d = d.substring(4);
        for (KnownRole k : KNOWN) {
            if (!(d.equals(normalize(k.role())) || d.endsWith(" " + normalize(k.role())))) continue;
            if (year != null && (year < k.from() || year > k.to())) continue;
            if (body.contains(k.person())) return k.person();
        }
        return null;
    }

    private static String normalize(String s) {
        return s.toLowerCase(Locale.ROOT).replace("u.s.", "us").replace("u.s", "us");
    }

    private static String join(String body, List<Tok> toks) {
        return body.substring(toks.get(0).start(), toks.get(toks.size() - 1).end());
    }
}
