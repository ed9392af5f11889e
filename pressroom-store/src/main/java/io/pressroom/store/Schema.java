package io.pressroom.store;

import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;

/** Field names, field types and analysers of the article index: one place, shared by writer and searcher. */
final class Schema {
    static final String VERSION = "3";
    static final String VERSION_KEY = "pressroom.schema";

    static final String ID = "id";
    static final String SOURCE = "source";
    static final String HEADLINE = "headline";
    static final String BODY = "body";
    static final String PUBLISHED = "published";
    /** First and last epoch millisecond the (possibly partial) publication time may denote. */
    static final String PUBLISHED_MIN = "published_min";
    static final String PUBLISHED_MAX = "published_max";
    static final String PUBLISHED_SORT = "published_sort";
    static final String OUTLET = "outlet";
    static final String AGENCY = "agency";
    static final String JSON = "json";
    /** Outlet and agency as written, stored for result lists (the indexed forms are lower case). */
    static final String OUTLET_DISPLAY = "outlet_display";
    static final String AGENCY_DISPLAY = "agency_display";
    /** Resolved speakers of the article's quotes: exact (lower case) for counts and filters, and as words. */
    static final String SPEAKER = "speaker";
    static final String SPEAKER_WORDS = "speaker_words";
    /** The words of every quotation, for searching what was said. */
    static final String QUOTE_TEXT = "quote_text";

    /** Near-duplicates: MinHash band keys (terms), the signature (doc values), the copy group (canonical id). */
    static final String LSH_BAND = "lsh_band";
    static final String SIGNATURE = "minhash";
    static final String DUP_GROUP = "dup_group";
    /** Set on copies only: the canonical copy's id. */
    static final String DUPLICATE_OF = "duplicate_of";
    /** "true" on copies, so searches can show one result per story version. */
    static final String IS_COPY = "is_copy";
    /** Statements: quotation n-gram hashes for lookup, the statement ids, and each quotation's comparison key. */
    static final String QUOTE_GRAM = "quote_gram";
    static final String STATEMENT = "statement";
    static final String QUOTE_KEYS = "quote_keys";
    /** Stories: the story id (its first article's) and the terms it was clustered on. */
    static final String STORY = "story";
    static final String STORY_TERM = "story_term";
    /** Entities: ids ("person:john-kirby") for filters, names by type for facets, every name and alias as words. */
    static final String ENTITY = "entity";
    static final String PEOPLE = "people";
    static final String ORGANIZATIONS = "organizations";
    static final String PLACES = "places";
    static final String ENTITY_WORDS = "entity_words";
    /** Events: the ids of their actors, and each event's first and last day (yyyymmdd) as a range. */
    static final String EVENT_ACTOR = "event_actor";
    static final String EVENT_DAYS = "event_days";

    /** Searchable prose: positions and offsets in the postings, so highlighting needs no re-analysis. */
    static final FieldType PROSE = new FieldType();

    static {
        PROSE.setTokenized(true);
        PROSE.setStored(true);
        PROSE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        PROSE.freeze();
    }

    private Schema() { }

    /**
     * Lucene's default codec, with a Bloom filter in front of the terms of the linking keys and the id:
     * most lookups of a new article's band keys and quotation n-grams are for terms no segment has, and
     * the filter answers those without seeking the terms dictionary of every segment. Readers need
     * nothing special: the postings format is recorded per field and found by name (lucene-codecs).
     */
    static org.apache.lucene.codecs.Codec codec() {
        org.apache.lucene.codecs.PostingsFormat bloom = new org.apache.lucene.codecs.bloom.BloomFilteringPostingsFormat(
                org.apache.lucene.codecs.PostingsFormat.forName("Lucene912"), new KeyBloomFilters());
        java.util.Set<String> keyed = java.util.Set.of(LSH_BAND, QUOTE_GRAM, ID);
        return new org.apache.lucene.codecs.lucene912.Lucene912Codec() {
            @Override
            public org.apache.lucene.codecs.PostingsFormat getPostingsFormatForField(String field) {
                return keyed.contains(field) ? bloom : super.getPostingsFormatForField(field);
            }
        };
    }

    /** The terms an analyser makes of a text for a field (query words, name words). */
    static java.util.List<String> terms(Analyzer analyzer, String field, String text) throws java.io.IOException {
        java.util.List<String> out = new java.util.ArrayList<>();
        try (org.apache.lucene.analysis.TokenStream ts = analyzer.tokenStream(field, text)) {
            org.apache.lucene.analysis.tokenattributes.CharTermAttribute term =
                    ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        }
        return out;
    }

    /** English prose analysis for headline and body; keyword fields are not analysed. */
    static Analyzer analyzer() {
        Analyzer prose = new ProseAnalyzer();
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(),
                Map.of(HEADLINE, prose, BODY, prose, QUOTE_TEXT, prose, SPEAKER_WORDS, new NameAnalyzer(),
                        ENTITY_WORDS, new NameAnalyzer()));
    }

    /**
     * Bloom filters sized for many keys per document (Lucene's default factory assumes one, like a primary
     * key, and drops the filter as saturated when a segment holds 40 band keys per article).
     */
    static final class KeyBloomFilters extends org.apache.lucene.codecs.bloom.BloomFilterFactory {
        private static final float FALSE_POSITIVES = 0.05f;

        @Override
        public org.apache.lucene.codecs.bloom.FuzzySet getSetForField(org.apache.lucene.index.SegmentWriteState state,
                                                                      org.apache.lucene.index.FieldInfo info) {
            int perDoc = switch (info.name) {
                case LSH_BAND -> io.pressroom.link.MinHash.BANDS + 8;
                case QUOTE_GRAM -> 64;
                default -> 1;
            };
            long values = Math.min(Integer.MAX_VALUE / 16, (long) state.segmentInfo.maxDoc() * perDoc);
            return org.apache.lucene.codecs.bloom.FuzzySet.createOptimalSet((int) Math.max(1024, values), FALSE_POSITIVES);
        }

        @Override
        public boolean isSaturated(org.apache.lucene.codecs.bloom.FuzzySet set, org.apache.lucene.index.FieldInfo info) {
            return set.getSaturation() > 0.9f;
        }
    }

    /** Names: words, lower case, accents folded, no stemming ("Park Jin" is found by "park"). */
    static final class NameAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            StandardTokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
        }
    }

    /**
     * Lucene's English chain (possessives, lower case, stop words, Porter stemming) with accents
     * folded, so "Genève" and "Geneve", "Pyongyang" and "P'yŏngyang" style spellings meet.
     */
    static final class ProseAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream t = new EnglishPossessiveFilter(source);
            t = new LowerCaseFilter(t);
            t = new ASCIIFoldingFilter(t);
            t = new StopFilter(t, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            t = new PorterStemFilter(t);
            return new TokenStreamComponents(source, t);
        }

        @Override
        protected TokenStream normalize(String field, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }

    /** Outlet and agency filters match case-insensitively. */
    static String keyword(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }
}
