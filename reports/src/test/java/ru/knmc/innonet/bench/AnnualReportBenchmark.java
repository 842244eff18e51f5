package ru.knmc.innonet.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.knmc.innonet.annualreport.AnnualReport;
import ru.knmc.innonet.annualreport.AnnualReportDemo;
import ru.knmc.innonet.annualreport.AnnualReportDocument;
import ru.knmc.innonet.annualreport.AnnualReportService;
import ru.knmc.innonet.annualreport.AnnualReportWorkbook;
import ru.knmc.innonet.annualreport.ReportData;
import ru.knmc.innonet.annualreport.ReportDataService;
import ru.knmc.innonet.db.Database;
import ru.knmc.innonet.db.DatabaseLocation;
import ru.knmc.innonet.demo.DemoFiles;
import ru.knmc.innonet.demo.DemoLoader;
import ru.knmc.innonet.demo.KraiGenerator;
import ru.knmc.innonet.office.word.DocumentTemplates;
import ru.knmc.innonet.registry.ReferenceService;
import ru.knmc.innonet.registry.RegistryQueryService;

/**
 * Measures «Сформировать Word» of the 2017 report — the figures computed from the database, the Word
 * file and the Excel annex written — on the demo database (target ≤ 1 s) and on a krai-scale one
 * (target ≤ 3 s), each the first run and the median of 5 after 3 warm-ups. Not a test: run by hand,
 * results in {@code docs/performance/annual-report.md}.
 *
 * <pre>
 * ./mvnw -q -B -o -pl data-model,reports test-compile
 * ./mvnw -q -B -o -pl reports dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/cp.txt
 * java -cp reports/target/test-classes:reports/target/classes:data-model/target/classes:$(cat reports/target/cp.txt) \
 *      ru.knmc.innonet.bench.AnnualReportBenchmark
 * </pre>
 */
public final class AnnualReportBenchmark {
    private static final double DEMO_TARGET_MS = 1000;
    private static final double KRAI_TARGET_MS = 3000;
    private static final Pattern TOKEN = Pattern.compile("\\{\\{([^{}]*)}}");

    private AnnualReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("innonet-report-bench");
        System.out.printf(Locale.ROOT, "JVM %s, %d cores, max heap %d MB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        try (Database db = Database.open(DatabaseLocation.embedded(dir.resolve("demo")))) {
            DemoLoader.load(db, (f, m) -> { });
            measure("demo", db, dir, DEMO_TARGET_MS);
        }
        try (Database db = Database.open(DatabaseLocation.embedded(dir.resolve("krai")))) {
            long t0 = System.nanoTime();
            KraiGenerator.Summary s = KraiGenerator.generate(db, KraiGenerator.Scale.krai(), (f, m) -> { });
            System.out.printf(Locale.ROOT, "krai generated in %.0f s: %d organizations, %d assignments, %d orders%n",
                    (System.nanoTime() - t0) / 1e9, s.organizations(), s.assignments(), s.orders());
            AnnualReport text = AnnualReportDemo.parse(DemoFiles.bundled(), "annualreport/report_2017.txt");
            new AnnualReportService(db.dsl()).save(text);
            measure("krai", db, dir, KRAI_TARGET_MS);
        }
    }

    private static void measure(String label, Database db, Path dir, double targetMs) throws Exception {
        AnnualReportService reports = new AnnualReportService(db.dsl());
        ReportDataService data = ReportDataService.over(db.dsl());
        AnnualReport report = reports.find(2017).orElseThrow();
        // the krai's generated registry has other supervisors' organizations: such figures are left out, not failed
        report = withoutMissingFigures(report, data.compute(2017, report));
        AnnualReport text = report;
        Runnable once = () -> {
            ReportData d = data.compute(2017, text);
            AnnualReportDocument.write(dir.resolve(label + ".docx"), text, d, DocumentTemplates.builtIn());
            AnnualReportWorkbook.write(dir.resolve(label + ".xlsx"), d);
        };
        long t = System.nanoTime();
        once.run();
        double first = (System.nanoTime() - t) / 1e6;
        for (int i = 0; i < 3; i++) {
            once.run();
        }
        double[] runs = new double[5];
        for (int i = 0; i < runs.length; i++) {
            long s = System.nanoTime();
            once.run();
            runs[i] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(runs);
        double median = runs[runs.length / 2];
        double[] parts = new double[3];
        for (int i = 0; i < 3; i++) {
            long a = System.nanoTime();
            ReportData d = data.compute(2017, text);
            long b = System.nanoTime();
            AnnualReportDocument.write(dir.resolve(label + ".docx"), text, d, DocumentTemplates.builtIn());
            long c = System.nanoTime();
            AnnualReportWorkbook.write(dir.resolve(label + ".xlsx"), d);
            long e = System.nanoTime();
            parts[0] += (b - a) / 3e6;
            parts[1] += (c - b) / 3e6;
            parts[2] += (e - c) / 3e6;
        }
        System.out.printf(Locale.ROOT, "%s: mean of 3: figures %.0f ms, Word %.0f ms, Excel %.0f ms%n", label, parts[0], parts[1],
                parts[2]);
        System.out.printf(Locale.ROOT, "%s: report 2017 (figures + Word + Excel annex): first %.0f ms, median of 5 %.0f ms; "
                + "target %.0f ms, median/target %.2f; Word %d KB%n", label, first, median, targetMs, median / targetMs,
                Files.size(dir.resolve(label + ".docx")) >> 10);
    }

    private static AnnualReport withoutMissingFigures(AnnualReport r, ReportData d) {
        AnnualReport out = r;
        for (int n = 1; n <= AnnualReport.SECTIONS; n++) {
            Matcher m = TOKEN.matcher(r.section(n));
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(sb, Matcher.quoteReplacement(d.figure(m.group(1).strip()) == null ? "—" : m.group()));
            }
            m.appendTail(sb);
            out = out.withSection(n, sb.toString());
        }
        return out;
    }
}
