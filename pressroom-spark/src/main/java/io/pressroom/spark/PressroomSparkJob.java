package io.pressroom.spark;

import io.pressroom.ingest.DocumentSink;
import io.pressroom.ingest.Input;
import io.pressroom.ingest.WarcFileReader;
import io.pressroom.json.ArticleJson;
import io.pressroom.link.Fingerprint;
import io.pressroom.link.Linker;
import io.pressroom.model.Article;
import io.pressroom.model.Quote;
import io.pressroom.model.RawDocument;
import io.pressroom.pipeline.DocumentException;
import io.pressroom.pipeline.Pipeline;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.SerializableConfiguration;
import scala.Tuple2;

/**
 * The Pressroom pipeline as a Spark job: WARC paths in (any Hadoop file system: {@code file:}, {@code hdfs:},
 * {@code s3a:}), the same stages as the embedded ingest run per record inside {@code mapPartitions}, near-copies
 * found across the whole input as a Spark stage, and Parquet tables out — {@code articles}, {@code quotes},
 * {@code timexes} (time expressions with their values), {@code entities} (every name with its resolved entity id and role) and {@code events} (dated events with their
 * actors), partitioned by publication day, {@code failures} as JSON; {@code articles-json} holds the articles
 * again as gzip JSON lines for {@code pressroom import}.
 *
 * <pre>spark-submit --class io.pressroom.spark.PressroomSparkJob pressroom-spark.jar --out OUT (PATH... | --manifest FILE)</pre>
 */
public final class PressroomSparkJob {

    /** One row per document read: an article, or a failure with its reason. */
    static final StructType PROCESSED = new StructType()
            .add("id", DataTypes.StringType)
            .add("source", DataTypes.StringType)
            .add("url", DataTypes.StringType)
            .add("outlet", DataTypes.StringType)
            .add("agency", DataTypes.StringType)
            .add("headline", DataTypes.StringType)
            .add("published", DataTypes.StringType)
            .add("pub_date", DataTypes.StringType)
            .add("body", DataTypes.StringType)
            .add("json", DataTypes.StringType)
            .add("fingerprint", DataTypes.BinaryType)
            .add("band_keys", DataTypes.createArrayType(DataTypes.LongType))
            .add("error", DataTypes.StringType);

    /** The columns every item table starts with: its article, its index there, its words and their offsets. */
    private static StructType itemColumns() {
        return new StructType()
                .add("article_id", DataTypes.StringType)
                .add("idx", DataTypes.IntegerType)
                .add("text", DataTypes.StringType)
                .add("start", DataTypes.IntegerType)
                .add("end", DataTypes.IntegerType);
    }

    static final StructType QUOTES = itemColumns()
            .add("type", DataTypes.StringType)
            .add("speaker", DataTypes.StringType)
            .add("cue", DataTypes.StringType)
            .add("said_on", DataTypes.StringType)
            .add("pub_date", DataTypes.StringType);

    static final StructType ENTITIES = itemColumns()
            .add("type", DataTypes.StringType)
            .add("name", DataTypes.StringType)
            .add("entity_id", DataTypes.StringType)
            .add("role", DataTypes.StringType)
            .add("actor", DataTypes.BooleanType)
            .add("pub_date", DataTypes.StringType);

    static final StructType TIMEXES = itemColumns()
            .add("type", DataTypes.StringType)
            .add("value", DataTypes.StringType)
            .add("pub_date", DataTypes.StringType);

    static final StructType EVENTS = itemColumns()
            .add("value", DataTypes.StringType)
            .add("precision", DataTypes.StringType)
            .add("time_text", DataTypes.StringType)
            .add("actors", DataTypes.createArrayType(DataTypes.StringType))
            .add("pub_date", DataTypes.StringType);

    /**
     * What to read before the heavy stages, as CC-NEWS practice has it (an archive's date is not its
     * articles' dates, but crawl dates bound them): WARC-Date range (inclusive days, null for open) and hosts
     * (the target URI's host or a parent domain; empty for all).
     */
    public record Filter(java.time.LocalDate from, java.time.LocalDate to, java.util.Set<String> hosts, java.util.Set<String> languages)
            implements Serializable {
        public static final Filter ALL = new Filter(null, null, java.util.Set.of(), java.util.Set.of());
        private static final java.util.regex.Pattern LANG = java.util.regex.Pattern.compile(
                "<html[^>]*\\blang\\s*=\\s*[\"']?([a-zA-Z]{2,3})", java.util.regex.Pattern.CASE_INSENSITIVE);

        public Filter {
            hosts = hosts == null ? java.util.Set.of() : java.util.Set.copyOf(hosts);
            languages = languages == null ? java.util.Set.of() : java.util.Set.copyOf(languages);
        }

        public Filter(java.time.LocalDate from, java.time.LocalDate to, java.util.Set<String> hosts) {
            this(from, to, hosts, java.util.Set.of());
        }

        /**
         * The page's declared language (the {@code <html lang>} in its first 4 KB) is one asked for; a page that
         * declares none is kept, since the extractor may still find its language.
         */
        boolean languageAccepted(RawDocument doc) {
            if (languages.isEmpty() || doc.bytes() == null) return true;
            String head = new String(doc.bytes(), 0, Math.min(4096, doc.bytes().length), java.nio.charset.StandardCharsets.ISO_8859_1);
            java.util.regex.Matcher m = LANG.matcher(head);
            return !m.find() || languages.contains(m.group(1).toLowerCase(java.util.Locale.ROOT));
        }

        boolean accepts(RawDocument doc) {
            if (!languageAccepted(doc)) return false;
            if (doc.fetchedAt() != null) {
                java.time.LocalDate day = doc.fetchedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate();
                if (from != null && day.isBefore(from) || to != null && day.isAfter(to)) return false;
            }
            if (hosts.isEmpty()) return true;
            String host;
            try {
                host = java.net.URI.create(doc.source()).getHost();
            } catch (IllegalArgumentException e) {
                return false;
            }
            if (host == null) return false;
            host = host.toLowerCase(java.util.Locale.ROOT);
            for (String h : hosts) if (host.equals(h) || host.endsWith("." + h)) return true;
            return false;
        }
    }

    private PressroomSparkJob() { }

    public static void main(String[] args) throws IOException {
        List<String> paths = new ArrayList<>();
        String out = null;
        java.time.LocalDate from = null;
        java.time.LocalDate to = null;
        java.util.Set<String> hosts = new java.util.HashSet<>();
        java.util.Set<String> languages = new java.util.HashSet<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = args[++i];
                case "--from" -> from = java.time.LocalDate.parse(args[++i]);
                case "--to" -> to = java.time.LocalDate.parse(args[++i]);
                case "--hosts" -> hosts.addAll(Arrays.asList(args[++i].toLowerCase(java.util.Locale.ROOT).split(",")));
                case "--languages" -> languages.addAll(Arrays.asList(args[++i].toLowerCase(java.util.Locale.ROOT).split(",")));
                case "--manifest" -> paths.addAll(Files.readAllLines(Path.of(args[++i])).stream().map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList());
                default -> paths.add(args[i]);
            }
        }
        if (out == null || paths.isEmpty()) {
            System.err.println("usage: PressroomSparkJob --out DIR [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--hosts a.com,b.org] [--languages en,ko] (PATH... | --manifest FILE)");
            System.exit(2);
        }
        try (SparkSession spark = SparkSession.builder().appName("pressroom").getOrCreate()) {
            long t0 = System.nanoTime();
            long n = run(spark, paths, out, new Filter(from, to, hosts, languages));
            System.out.printf("pressroom: %,d articles from %,d archives written to %s in %.1f s%n", n, paths.size(), out,
                    (System.nanoTime() - t0) / 1e9);
        }
    }

    /** Runs the job on every page; returns the number of articles written. */
    public static long run(SparkSession spark, List<String> paths, String out) {
        return run(spark, paths, out, Filter.ALL);
    }

    /** Runs the job on the pages the filter accepts; returns the number of articles written. */
    public static long run(SparkSession spark, List<String> paths, String out, Filter filter) {
        SerializableConfiguration conf = new SerializableConfiguration(spark.sparkContext().hadoopConfiguration());
        paths = expandGlobs(paths, spark.sparkContext().hadoopConfiguration());
        Dataset<String> inputs = spark.createDataset(paths, Encoders.STRING()).repartition(Math.max(1, paths.size()));
        JavaRDD<Row> processed = inputs.javaRDD().mapPartitions(it -> processPaths(it, conf.value(), filter));
        Dataset<Row> all = spark.createDataFrame(processed, PROCESSED).cache();
        Dataset<Row> articles = all.filter("error is null").drop("error");
        all.filter("error is not null").select("source", "error").write().mode(SaveMode.Overwrite).json(out + "/failures");

        Dataset<Row> copies = spark.createDataFrame(duplicates(articles), new StructType()
                .add("id", DataTypes.StringType).add("duplicate_of", DataTypes.StringType));
        Dataset<Row> linked = articles.join(copies, articles.col("id").equalTo(copies.col("id")), "left")
                .drop(copies.col("id")).drop("fingerprint", "band_keys");
        linked.write().mode(SaveMode.Overwrite).partitionBy("pub_date").parquet(out + "/articles");
        // The same articles as gzip JSON lines, for `pressroom import` (reading Parquet would bring Hadoop into the CLI).
        articles.select("json").write().mode(SaveMode.Overwrite).option("compression", "gzip").text(out + "/articles-json");

        writeTable(spark, articles, QUOTES, PressroomSparkJob::quoteRows, out + "/quotes");
        writeTable(spark, articles, TIMEXES, PressroomSparkJob::timexRows, out + "/timexes");
        writeTable(spark, articles, ENTITIES, PressroomSparkJob::entityRows, out + "/entities");
        writeTable(spark, articles, EVENTS, PressroomSparkJob::eventRows, out + "/events");
        long n = articles.count();
        all.unpersist();
        return n;
    }

    /**
     * Paths with glob characters ({@code *?[{}}) expanded on their file system ({@code s3a://cc/2024/01/*.warc.gz}),
     * in name order, each archive once; a pattern that matches nothing is kept as it is, so the archive read
     * fails and is listed in {@code failures/} rather than silently dropped.
     */
    static List<String> expandGlobs(List<String> paths, Configuration conf) {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        for (String path : paths) {
            if (path.chars().noneMatch(c -> "*?[{".indexOf(c) >= 0)) {
                out.add(path);
                continue;
            }
            org.apache.hadoop.fs.Path pattern = new org.apache.hadoop.fs.Path(path);
            // A pattern written without a scheme gives its matches without one, so they meet the plain paths given.
            boolean schemeless = pattern.toUri().getScheme() == null;
            org.apache.hadoop.fs.FileStatus[] matches;
            try {
                matches = pattern.getFileSystem(conf).globStatus(pattern);
            } catch (IOException e) {
                matches = null;
            }
            if (matches == null || matches.length == 0) {
                out.add(path);
                continue;
            }
            List<String> found = new ArrayList<>();
            for (org.apache.hadoop.fs.FileStatus st : matches) if (st.isFile()) {
                found.add(schemeless ? st.getPath().toUri().getPath() : st.getPath().toString());
            }
            java.util.Collections.sort(found);
            out.addAll(found);
        }
        return new ArrayList<>(out);
    }

    /** Reads each WARC (copied to local disk first when it is not a local file) and runs the pipeline on its pages. */
    static Iterator<Row> processPaths(Iterator<String> paths, Configuration conf, Filter filter) throws IOException {
        Pipeline pipeline = Pipeline.standard();
        WarcFileReader reader = new WarcFileReader(pipeline.options().maxDocumentChars());
        List<Row> rows = new ArrayList<>();
        while (paths.hasNext()) {
            String path = paths.next();
            Path local;
            Path temp = null;
            org.apache.hadoop.fs.Path hp = new org.apache.hadoop.fs.Path(path);
            String scheme = hp.toUri().getScheme();
            if (scheme == null || scheme.equals("file")) {
                local = Path.of(hp.toUri().getPath());
            } else {
                // jwarc reads files; a remote archive is fetched once into the executor's temp folder.
                temp = Files.createTempFile("pressroom-", hp.getName());
                try (FileSystem fs = hp.getFileSystem(conf); InputStream in = fs.open(hp)) {
                    Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
                }
                local = temp;
            }
            try {
                reader.read(Input.of(local), new DocumentSink() {
                    @Override
                    public void accept(RawDocument doc) {
                        // Filtered on the record's header, before any decoding or extraction.
                        if (filter.accepts(doc)) rows.add(toRow(pipeline, doc));
                    }

                    @Override
                    public void fail(String source, String reason) {
                        rows.add(failure(source, reason));
                    }
                });
            } catch (IOException | RuntimeException e) {
                rows.add(failure(path, "read error: " + e.getMessage()));
            } finally {
                if (temp != null) Files.deleteIfExists(temp);
            }
        }
        return rows.iterator();
    }

    private static Row failure(String source, String reason) {
        return RowFactory.create(null, source, null, null, null, null, null, null, null, null, null, null, reason);
    }

    static Row toRow(Pipeline pipeline, RawDocument doc) {
        try {
            Article a = pipeline.process(doc);
            Fingerprint fp = Fingerprint.of(a.body());
            Long[] keys = fp == null ? new Long[0] : Arrays.stream(fp.bandKeys()).boxed().toArray(Long[]::new);
            String day = a.published() != null && a.published().date() != null ? a.published().date().toString() : "unknown";
            return RowFactory.create(a.id(), a.source(), a.url(), a.outlet(), a.agency(), a.headline(),
                    a.published() == null ? null : a.published().toString(), day, a.body(), ArticleJson.write(a),
                    fp == null ? null : fp.toBytes(), keys, null);
        } catch (DocumentException e) {
            return failure(doc.source(), e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return failure(doc.source(), "internal error: " + e);
        }
    }

    /** The rows one article gives a table: one per quotation, time expression, name or event. */
    interface ItemRows extends Serializable {
        List<Row> of(Article a, String pubDate);
    }

    /** A table of the articles' items, partitioned by publication day. */
    private static void writeTable(SparkSession spark, Dataset<Row> articles, StructType schema, ItemRows rows, String path) {
        JavaRDD<Row> items = articles.select("json", "pub_date").javaRDD()
                .flatMap(r -> rows.of(ArticleJson.read(r.getString(0)), r.getString(1)).iterator());
        spark.createDataFrame(items, schema).write().mode(SaveMode.Overwrite).partitionBy("pub_date").parquet(path);
    }

    static List<Row> quoteRows(Article a, String day) {
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < a.quotes().size(); i++) {
            Quote q = a.quotes().get(i);
            out.add(RowFactory.create(a.id(), i, a.text(q.content()), q.content().start(), q.content().end(), q.type().json(),
                    q.speaker(), a.text(q.cue()), q.saidOn() == null ? null : q.saidOn().toString(), day));
        }
        return out;
    }

    static List<Row> timexRows(Article a, String day) {
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < a.timexes().size(); i++) {
            io.pressroom.model.Timex t = a.timexes().get(i);
            out.add(RowFactory.create(a.id(), i, a.text(t.span()), t.span().start(), t.span().end(), t.type(), t.value(), day));
        }
        return out;
    }

    static List<Row> entityRows(Article a, String day) {
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < a.entities().size(); i++) {
            io.pressroom.model.Mention m = a.entities().get(i);
            out.add(RowFactory.create(a.id(), i, a.text(m.span()), m.span().start(), m.span().end(), m.type(), m.name(), m.entityId(),
                    m.role(), m.actor(), day));
        }
        return out;
    }

    static List<Row> eventRows(Article a, String day) {
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < a.events().size(); i++) {
            io.pressroom.model.Event e = a.events().get(i);
            out.add(RowFactory.create(a.id(), i, a.text(e.sentence()), e.sentence().start(), e.sentence().end(), e.value(),
                    e.precision(), a.text(e.time()), scala.jdk.javaapi.CollectionConverters.asScala(e.actors()).toSeq(), day));
        }
        return out;
    }

    /** An article as the near-duplicate stage sees it. */
    record Member(String id, String published, String agency, byte[] fingerprint) implements Serializable {
        /** Earlier first: the first copy published (then by id) is the canonical one. */
        boolean before(Member o) {
            int c = published == null ? (o.published == null ? 0 : 1) : o.published == null ? -1 : published.compareTo(o.published);
            return c != 0 ? c < 0 : id.compareTo(o.id) < 0;
        }

        Fingerprint fp() {
            return Fingerprint.fromBytes(fingerprint, 0, fingerprint.length);
        }

        /** The publication day as the embedded linker compares it (UTC day of the earliest instant), or null. */
        java.time.LocalDate day() {
            return published == null ? null : io.pressroom.link.MemoryLinkStore.reportDay(io.pressroom.model.PartialDateTime.parseIso(published));
        }
    }

    /**
     * Near-copies across the whole input: articles sharing an LSH band key and published within
     * {@link Linker#COPY_DAYS} of each other are compared with the core's decision ({@link Linker#isCopy});
     * each copy points to the earliest article it is a copy of.
     */
    static JavaRDD<Row> duplicates(Dataset<Row> articles) {
        JavaPairRDD<Long, Member> byKey = articles.select("id", "published", "agency", "fingerprint", "band_keys")
                .filter("fingerprint is not null").javaRDD().flatMapToPair(r -> {
                    Member m = new Member(r.getString(0), r.getString(1), r.getString(2), (byte[]) r.get(3));
                    List<Tuple2<Long, Member>> out = new ArrayList<>();
                    for (Object k : r.getList(4)) out.add(new Tuple2<>((Long) k, m));
                    return out.iterator();
                });
        JavaPairRDD<String, Member> edges = byKey.groupByKey().flatMapToPair(bucket -> {
            List<Member> members = new ArrayList<>();
            bucket._2().forEach(members::add);
            List<Tuple2<String, Member>> out = new ArrayList<>();
            if (members.size() < 2) return out.iterator();
            members.sort((x, y) -> x.before(y) ? -1 : y.before(x) ? 1 : 0);
            for (int i = 1; i < members.size(); i++) {
                Member m = members.get(i);
                for (int j = 0; j < i; j++) {
                    Member e = members.get(j);
                    // As the embedded linker: copies are sought within Linker.COPY_DAYS of each other.
                    if (!e.id().equals(m.id()) && io.pressroom.link.LinkStore.within(m.day(), Linker.COPY_DAYS, e.day())
                            && Linker.isCopy(m.fp(), m.agency(), e.fp(), e.agency())) {
                        out.add(new Tuple2<>(m.id(), e));
                        break;
                    }
                }
            }
            return out.iterator();
        });
        return edges.reduceByKey((x, y) -> x.before(y) ? x : y).map(t -> RowFactory.create(t._1(), t._2().id()));
    }
}
