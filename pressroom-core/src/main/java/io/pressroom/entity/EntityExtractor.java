package io.pressroom.entity;

import io.pressroom.text.Casing;
import io.pressroom.text.RoleWords;
import io.pressroom.model.Article;
import io.pressroom.model.Event;
import io.pressroom.model.Mention;
import io.pressroom.model.TextSpan;
import io.pressroom.ner.NerModel;
import io.pressroom.ner.NerTags;
import io.pressroom.pipeline.ArticleStage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The entity stage: people, organisations and places in the body (the statistical tagger of
 * {@link NerModel}), each resolved to the entity it means in this article ("Kirby" → "John Kirby",
 * "N. Korea" → "North Korea", "Pyongyang has said" → North Korea acting), with the titles given
 * with it ("Pentagon press secretary John Kirby"), then the dated events (see {@link Events}).
 * Runs after the time and quote stages, whose results it reads.
 */
public final class EntityExtractor implements ArticleStage {
    private static final String[] TYPES = {Mention.PERSON, Mention.ORGANIZATION, Mention.PLACE, Mention.MISC};
    /** Words after a place that make it act or speak: "Seoul said", "Pyongyang has stayed away", "Beijing's position". */
    private static final Set<String> ACTING = Set.of("'s", "said", "says", "has", "have", "had", "is", "was", "will", "would",
            "should", "must", "could", "may", "might", "wants", "wanted", "warned", "rejected", "agreed", "accused", "urged",
            "called", "announced", "insisted", "refused", "demanded", "threatened", "denied", "vowed", "hopes", "hoped",
            "believes", "claims", "claimed", "also", "did", "does", "launched", "fired", "conducted", "sent", "signed",
            "imposed", "condemned", "criticized", "criticised", "welcomed", "responded", "stayed", "remains", "remained",
            "plans", "planned", "seeks", "sought", "told", "added", "stressed", "noted", "expressed", "asked", "offered");
    private static final Set<String> HONORIFICS = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "madam");

    private final NerModel model;
    private final Aliases aliases;

    public EntityExtractor() {
        this(NerModel.standard(), Aliases.standard());
    }

    EntityExtractor(NerModel model, Aliases aliases) {
        this.model = model;
        this.aliases = aliases;
    }

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public Article apply(Article article) {
        String body = article.body();
        List<EntityTokens.Sentence> sentences = EntityTokens.of(body, article.paragraphs());
        List<String[]> words = new ArrayList<>(sentences.size());
        for (EntityTokens.Sentence s : sentences) words.add(s.words());
        List<int[]> tags = model.tag(words);
        List<Found> found = new ArrayList<>();
        for (int si = 0; si < sentences.size(); si++) {
            extendNames(sentences.get(si), tags.get(si));
            chunks(sentences.get(si), si, tags.get(si), body, found);
        }
        dropDates(found, article.timexes());
        normaliseCapitals(found);
        resolvePeople(found);
        resolveAcronyms(found, sentences);
        Set<String> names = new java.util.HashSet<>();
        for (Found f : found) names.add(aliases.canonical(f.name));
        for (Found f : found) resolveNamesAndActors(f, sentences, names);
        assignRoles(found, sentences, body);
        List<Mention> mentions = new ArrayList<>(found.size() + 4);
        for (Found f : found) mentions.add(new Mention(f.span, f.type, f.name, f.role, f.actor));
        addContextual(body, mentions);
        mentions.sort(Comparator.comparingInt((Mention m) -> m.span().start()));
        List<Event> events = Events.find(article, sentences, mentions);
        return article.withEntities(mentions, events);
    }

    /** A person's title, read next to the name; names of organisations and places may be part of it. */
    private static void assignRoles(List<Found> found, List<EntityTokens.Sentence> sentences, String body) {
        Map<Integer, boolean[]> named = new HashMap<>();
        for (Found f : found) {
            if (f.type.equals(Mention.PERSON)) continue;
            boolean[] marks = named.computeIfAbsent(f.sentence, k -> new boolean[sentences.get(k).size()]);
            for (int i = f.from; i < f.to; i++) marks[i] = true;
        }
        for (Found f : found) {
            if (!f.type.equals(Mention.PERSON)) continue;
            boolean[] marks = named.getOrDefault(f.sentence, new boolean[sentences.get(f.sentence).size()]);
            f.role = Roles.of(sentences.get(f.sentence), f.from, f.to, body, marks);
        }
    }

    /** A mention while it is being resolved. */
    static final class Found {
        final int sentence, from, to;
        final TextSpan span;
        final String text;
        String type, name, role;
        boolean actor;

        Found(int sentence, int from, int to, TextSpan span, String text, String type) {
            this.sentence = sentence;
            this.from = from;
            this.to = to;
            this.span = span;
            this.text = text;
            this.type = type;
            this.name = text;
        }
    }

    private static void chunks(EntityTokens.Sentence s, int si, int[] tags, String body, List<Found> out) {
        int start = -1, type = -1;
        for (int i = 0; i <= tags.length; i++) {
            int t = i < tags.length ? tags[i] : NerTags.O;
            if (type >= 0 && (t == NerTags.O || NerTags.isBegin(t) || NerTags.type(t) != type)) {
                int from = start;
                int to = i;
                // A leading honorific is not part of the name ("Mr. Kirby" → "Kirby"), nor punctuation at either end.
                while (from < to - 1 && HONORIFICS.contains(s.words()[from].toLowerCase(Locale.ROOT))) from++;
                while (from < to && !Character.isLetterOrDigit(s.words()[from].charAt(0))) from++;
                while (to > from && !Character.isLetterOrDigit(s.words()[to - 1].charAt(s.words()[to - 1].length() - 1))) to--;
                if (from >= to) {
                    type = -1;
                    if (t != NerTags.O) {
                        start = i;
                        type = NerTags.type(t);
                    }
                    continue;
                }
                TextSpan span = s.span(from, to);
                String text = body.substring(span.start(), span.end()).replaceAll("\\s+", " ");
                out.add(new Found(si, from, to, span, text, TYPES[type]));
                type = -1;
            }
            if (t != NerTags.O && type < 0) {
                start = i;
                type = NerTags.type(t);
            }
        }
    }

    /**
     * A name after a title runs on over the capitalised words the tagger left out: "President Yoon Suk
     * Yeol" (Korean given names are rare in the 1996 training news). At most two words.
     */
    private static void extendNames(EntityTokens.Sentence s, int[] tags) {
        String[] w = s.words();
        for (int i = 1; i < tags.length; i++) {
            if (NerTags.type(tags[i - 1]) != 0 || tags[i] != NerTags.O) continue;
            int start = i - 1;
            while (start > 0 && tags[start] != NerTags.begin(0)) start--;
            if (start == 0 || !RoleWords.HEADS.contains(w[start - 1].toLowerCase(Locale.ROOT))) continue;
            for (int k = i; k < Math.min(tags.length, i + 2) && tags[k] == NerTags.O && isNameWord(w[k]); k++) {
                tags[k] = NerTags.inside(0);
            }
        }
    }

    private static boolean isNameWord(String w) {
        if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || NameWords.NOT_NAMES.contains(w)) return false;
        for (int k = 1; k < w.length(); k++) if (!Character.isLowerCase(w.charAt(k)) && w.charAt(k) != '-') return false;
        return true;
    }

    /** Month and weekday names read as names ("Jan" of "Jan. 21") are dates, not entities. */
    private static void dropDates(List<Found> found, List<io.pressroom.model.Timex> timexes) {
        if (timexes.isEmpty()) return;
        found.removeIf(f -> {
            for (io.pressroom.model.Timex t : timexes) {
                if (t.span().start() <= f.span.start() && f.span.end() <= t.span().end()) return true;
            }
            return false;
        });
    }

    /**
     * "WASHINGTON" in a dateline is the Washington named elsewhere, or else written in title case;
     * "Trump-Kim" (a summit) and "US-North Korea" (talks) join names into a description, not a place.
     */
    private static void normaliseCapitals(List<Found> found) {
        Map<String, String> spellings = new HashMap<>();
        for (Found f : found) if (!Casing.isAllUpper(f.text)) spellings.putIfAbsent(f.text.toUpperCase(Locale.ROOT), f.text);
        for (Found f : found) {
            if (Casing.isAllUpper(f.text) && f.text.replaceAll("[^A-Za-z]", "").length() > 4) {
                String mixed = spellings.get(f.text);
                f.name = mixed != null ? mixed : titleCase(f.text);
            }
            if (!f.type.equals(Mention.ORGANIZATION) && f.text.matches(".*\\p{Ll}-\\p{Lu}.*|.*\\p{Lu}-\\p{Lu}\\p{Ll}.*")) {
                f.type = Mention.MISC;
            }
        }
    }

    private static String titleCase(String text) {
        StringBuilder b = new StringBuilder(text.length());
        boolean start = true;
        for (char c : text.toCharArray()) {
            b.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return b.toString();
    }

    /**
     * A person named by one word ("Kirby", "Park") is the most recent person named in full whose
     * name holds that word (western surnames come last, Korean ones first), or failing that the
     * first one named later.
     */
    private static void resolvePeople(List<Found> found) {
        List<Found> full = new ArrayList<>();
        for (Found f : found) if (f.type.equals(Mention.PERSON) && f.text.indexOf(' ') > 0) full.add(f);
        for (Found f : found) {
            if (!f.type.equals(Mention.PERSON) || f.text.indexOf(' ') > 0) continue;
            Found before = null, after = null;
            for (Found g : full) {
                if (!containsWord(g.text, f.text)) continue;
                if (g.span.start() < f.span.start()) before = g;
                else if (after == null) after = g;
            }
            Found target = before != null ? before : after;
            if (target != null) f.name = target.text;
        }
        // A mention tagged as something else that is the surname of a person named in full is that person
        // ("Kirby" read as an organisation in a headline-like sentence).
        for (Found f : found) {
            if (f.type.equals(Mention.PERSON) || f.text.indexOf(' ') > 0 || f.text.length() < 3) continue;
            for (Found g : full) {
                if (g.text.endsWith(" " + f.text)) {
                    f.type = Mention.PERSON;
                    f.name = g.text;
                    break;
                }
            }
        }
    }

    /** "International Atomic Energy Agency (IAEA)": later mentions of IAEA in this article are that agency. */
    private static void resolveAcronyms(List<Found> found, List<EntityTokens.Sentence> sentences) {
        Map<String, String> acronyms = new HashMap<>();
        for (Found f : found) {
            EntityTokens.Sentence s = sentences.get(f.sentence);
            if (f.to + 2 < s.size() && s.words()[f.to].equals("(") && s.words()[f.to + 2].equals(")")) {
                String acronym = s.words()[f.to + 1];
                if (acronym.length() >= 2 && acronym.equals(acronym.toUpperCase(Locale.ROOT))) acronyms.put(acronym, f.text);
            }
        }
        if (acronyms.isEmpty()) return;
        for (Found f : found) {
            String full = acronyms.get(f.text);
            if (full != null) f.name = full;
        }
    }

    private void resolveNamesAndActors(Found f, List<EntityTokens.Sentence> sentences, Set<String> named) {
        f.name = aliases.canonical(f.name);
        // "the North" read by the tagger as a place named "North", in an article about North Korea.
        EntityTokens.Sentence own = sentences.get(f.sentence);
        if (f.from > 0 && own.words()[f.from - 1].equalsIgnoreCase("the")) {
            String meant = aliases.contextual().get("the " + f.name.toLowerCase(Locale.ROOT));
            if (meant != null && named.contains(meant)) {
                f.name = meant;
                f.actor = true;
            }
        }
        String fixed = aliases.typeOf(f.name);
        if (fixed != null) f.type = fixed;
        if (!f.type.equals(Mention.PLACE)) return;
        EntityTokens.Sentence s = sentences.get(f.sentence);
        String next = f.to < s.size() ? s.words()[f.to].toLowerCase(Locale.ROOT) : "";
        if (!ACTING.contains(next)) return;
        f.actor = true;
        String country = aliases.countryOf(f.text);
        if (country != null) f.name = country;
    }

    /** "the North" in an article that names North Korea. */
    private void addContextual(String body, List<Mention> mentions) {
        if (mentions.isEmpty()) return;
        Set<String> named = new java.util.HashSet<>();
        for (Mention m : mentions) named.add(m.name());
        String lower = null;
        List<Mention> added = new ArrayList<>();
        for (Map.Entry<String, String> e : aliases.contextual().entrySet()) {
            if (!named.contains(e.getValue())) continue;
            // Lower-cased once, and only for an article that names an entity with such descriptions.
            if (lower == null) lower = body.toLowerCase(Locale.ROOT);
            String phrase = e.getKey();
            for (int at = lower.indexOf(phrase); at >= 0; at = lower.indexOf(phrase, at + 1)) {
                int end = at + phrase.length();
                if (end < body.length() && Character.isLetterOrDigit(body.charAt(end))) continue;
                if (at > 0 && Character.isLetterOrDigit(body.charAt(at - 1))) continue;
                // Only the capitalised description: "the North", not "the north of the country".
                int last = phrase.lastIndexOf(' ') + 1;
                if (!Character.isUpperCase(body.charAt(at + last))) continue;
                TextSpan span = new TextSpan(at, end);
                if (overlaps(span, mentions)) continue;
                String type = aliases.typeOf(e.getValue());
                added.add(new Mention(span, type == null ? Mention.PLACE : type, e.getValue(), null, true));
            }
        }
        mentions.addAll(added);
    }

    private static boolean overlaps(TextSpan span, List<Mention> mentions) {
        for (Mention m : mentions) if (m.span().start() < span.end() && span.start() < m.span().end()) return true;
        return false;
    }

    private static boolean containsWord(String name, String word) {
        for (String w : name.split(" ")) if (w.equalsIgnoreCase(word)) return true;
        return false;
    }
}
