package ru.knmc.innonet.bench;

import static ru.knmc.innonet.db.jooq.Tables.MUNICIPALITY;
import static ru.knmc.innonet.db.jooq.Tables.ORGANIZATION;
import static ru.knmc.innonet.db.jooq.Tables.PERSON;
import static ru.knmc.innonet.db.jooq.Tables.STATUS_ASSIGNMENT;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import ru.knmc.innonet.db.Database;
import ru.knmc.innonet.db.DatabaseLocation;
import ru.knmc.innonet.demo.KraiGenerator;
import ru.knmc.innonet.registry.RegistryEntry;
import ru.knmc.innonet.registry.RegistryFilter;
import ru.knmc.innonet.registry.RegistryQueryService;

/**
 * Measures the registry at the krai's scale: generation, loading the registry, and the search box,
 * against the naïve alternative of one SQL {@code ILIKE} query over organization, assignment and
 * supervisor per keystroke. Not a test (no Test suffix): run by hand, results in
 * {@code docs/performance/registry-krai.md}.
 *
 * <pre>
 * ./mvnw -q -B -o install -pl data-model -DskipTests
 * ./mvnw -q -B -o -pl data-model dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/cp.txt
 * java -cp data-model/target/test-classes:data-model/target/classes:$(cat data-model/target/cp.txt) \
 *      ru.knmc.innonet.bench.RegistryBenchmark
 * </pre>
 */
public final class RegistryBenchmark {
    private static final int LOAD_RUNS = 5;
    private static final int SEARCH_RUNS = 20;
    /** Typing a query with SQL per keystroke takes seconds; 3 runs keep the benchmark under 5 minutes. */
    private static final int SQL_TYPING_RUNS = 3;

    private RegistryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("innonet-bench");
        System.out.printf(Locale.ROOT, "JVM %s, %d cores, max heap %d MB, H2 file %s%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, dir);
        try (Database db = Database.open(DatabaseLocation.embedded(dir.resolve("krai")))) {
            long t0 = System.nanoTime();
            KraiGenerator.Summary s = KraiGenerator.generate(db, KraiGenerator.Scale.krai(),
                    (f, m) -> System.err.printf(Locale.ROOT, "  %5.1f s  %3.0f %%  %s%n", (System.nanoTime() - t0) / 1e9, f * 100, m));
            System.out.printf(Locale.ROOT, "generation: %.1f s (%d municipalities, %d organizations, %d persons, "
                            + "%d assignments, %d orders)%n", (System.nanoTime() - t0) / 1e9, s.municipalities(),
                    s.organizations(), s.persons(), s.assignments(), s.orders());

            RegistryQueryService query = new RegistryQueryService(db.dsl());
            long t1 = System.nanoTime();
            List<RegistryEntry> entries = query.load();
            double cold = (System.nanoTime() - t1) / 1e6;
            // The first loads also compile the code: the window's first load is the cold figure, later ones the warm.
            double warm = median(LOAD_RUNS, 5, query::load);
            System.out.printf(Locale.ROOT, "RegistryQueryService.load(): first %.0f ms; median of %d after 5 warm-ups %.0f ms"
                    + " (%d entries)%n", cold, LOAD_RUNS, warm, entries.size());

            DSLContext dsl = db.dsl();
            String surname = dsl.select(PERSON.LAST_NAME).from(STATUS_ASSIGNMENT).join(PERSON)
                    .on(PERSON.ID.eq(STATUS_ASSIGNMENT.SUPERVISOR_ID)).orderBy(STATUS_ASSIGNMENT.ID).limit(1)
                    .fetchOne(PERSON.LAST_NAME);
            List<String> searches = List.of("23", "СОШ 23", "гимназия №23", surname, "грамотности");
            System.out.println();
            System.out.println("| search | hits (ours / SQL) | ours: query | SQL: query | ratio | ours: typing | SQL: typing | ratio |");
            System.out.println("|---|---|---|---|---|---|---|---|");
            for (String text : searches) {
                int hits = filter(text).apply(entries).size();
                int sqlHits = naiveSql(dsl, text).size();
                double ours = median(SEARCH_RUNS, 1, () -> filter(text).apply(entries));
                double sql = median(SEARCH_RUNS, 1, () -> naiveSql(dsl, text));
                double oursTyping = median(SEARCH_RUNS, 1, () -> prefixes(text).forEach(p -> filter(p).apply(entries)));
                double sqlTyping = median(SQL_TYPING_RUNS, 1, () -> prefixes(text).forEach(p -> naiveSql(dsl, p)));
                System.out.printf(Locale.ROOT, "| «%s» | %d / %d | %.2f ms | %.1f ms | %.0f× | %.2f ms | %.0f ms | %.0f× |%n",
                        text, hits, sqlHits, ours, sql, sql / ours, oursTyping, sqlTyping, sqlTyping / oursTyping);
            }
        }
    }

    private static RegistryFilter filter(String text) {
        return new RegistryFilter(text, null, null, null, null, null, false);
    }

    /** What the user has typed after each keystroke: «С», «СО», «СОШ»… */
    private static List<String> prefixes(String text) {
        List<String> list = new ArrayList<>();
        for (int i = 1; i <= text.length(); i++) {
            if (!text.substring(0, i).isBlank()) {
                list.add(text.substring(0, i));
            }
        }
        return list;
    }

    /**
     * The baseline: every word must occur (ILIKE) in the organization's names, number or municipality,
     * or in an assignment's topic, or in its supervisor's surname.
     */
    static List<Long> naiveSql(DSLContext dsl, String text) {
        Condition where = DSL.trueCondition();
        for (String w : text.replace("№", " ").trim().split("\\s+")) {
            if (w.isEmpty()) {
                continue;
            }
            String like = "%" + w + "%";
            where = where.and(ORGANIZATION.SHORT_NAME.likeIgnoreCase(like).or(ORGANIZATION.FULL_NAME.likeIgnoreCase(like))
                    .or(ORGANIZATION.NUMBER.eq(w)).or(MUNICIPALITY.NAME.likeIgnoreCase(like))
                    .or(STATUS_ASSIGNMENT.PROJECT_TOPIC.likeIgnoreCase(like)).or(PERSON.LAST_NAME.likeIgnoreCase(like)));
        }
        return dsl.selectDistinct(ORGANIZATION.ID).from(ORGANIZATION)
                .join(MUNICIPALITY).on(MUNICIPALITY.ID.eq(ORGANIZATION.MUNICIPALITY_ID))
                .leftJoin(STATUS_ASSIGNMENT).on(STATUS_ASSIGNMENT.ORGANIZATION_ID.eq(ORGANIZATION.ID))
                .leftJoin(PERSON).on(PERSON.ID.eq(STATUS_ASSIGNMENT.SUPERVISOR_ID))
                .where(where).fetch(ORGANIZATION.ID);
    }

    /** Median wall time in milliseconds, after {@code warmUps} runs that are not counted. */
    private static double median(int runs, int warmUps, Runnable work) {
        for (int i = 0; i < warmUps; i++) {
            work.run();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return runs % 2 == 1 ? ms[runs / 2] : (ms[runs / 2 - 1] + ms[runs / 2]) / 2;
    }
}
