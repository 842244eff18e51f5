package ru.knmc.innonet.annualreport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.knmc.innonet.common.AcademicYear;
import ru.knmc.innonet.common.UserException;
import ru.knmc.innonet.demo.DemoContext;
import ru.knmc.innonet.demo.DemoCsv;
import ru.knmc.innonet.demo.DemoFiles;
import ru.knmc.innonet.demo.DemoPart;

/**
 * The demo's annual reports: seed 001's text as the 2017 report (figures as placeholders), a 2018 report
 * grown from it with seed 002's documents, and the 2018–2019 work plan of seed 002.
 * A report file is {@code @field value} lines for the title page, then {@code ## N} before the lines of
 * section N in {@link Markup}.
 */
public final class AnnualReportDemo implements DemoPart {
    static final List<String> REPORTS = List.of("annualreport/report_2017.txt", "annualreport/report_2018.txt");
    static final String WORK_PLAN = "annualreport/workplan.csv";

    private final List<AnnualReport> reports = new ArrayList<>();
    private final List<WorkPlanItem> plan = new ArrayList<>();

    @Override
    public void read(DemoFiles files) {
        for (String file : REPORTS) {
            reports.add(parse(files, file));
        }
        for (DemoCsv.Row r : DemoCsv.read(files, WORK_PLAN, "academic_year", "kind", "content", "period").rows()) {
            Integer year = r.integer("academic_year");
            ActivityKind kind = r.enumValue("kind", ActivityKind.class);
            if (year == null) {
                throw r.error("demo.error.required", "academic_year");
            }
            if (kind == null) {
                throw r.error("demo.error.required", "kind");
            }
            plan.add(new WorkPlanItem(null, new AcademicYear(year), kind, 0, r.required("content"), r.get("period"),
                    r.get("expected_result"), r.get("responsible"), 0));
        }
    }

    /** Reads one report file of the demo (also the benchmark's text). */
    public static AnnualReport parse(DemoFiles files, String file) {
        Map<String, String> fields = new HashMap<>();
        List<StringBuilder> sections = new ArrayList<>();
        int section = 0;
        int lineNo = 0;
        try (Reader reader = files.open(file); BufferedReader in = new BufferedReader(reader)) {
            String line;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.startsWith("## ")) {
                    section = parseSection(file, lineNo, line.substring(3).strip(), section);
                    sections.add(new StringBuilder());
                } else if (section == 0 && line.startsWith("@")) {
                    int space = line.indexOf(' ');
                    fields.put(space < 0 ? line.substring(1) : line.substring(1, space), space < 0 ? "" : line.substring(space + 1));
                } else if (section > 0) {
                    sections.get(section - 1).append(line).append('\n');
                }
            }
        } catch (IOException e) {
            throw new UserException(e, "demo.error.read", file, e.getMessage());
        }
        if (sections.size() != AnnualReport.SECTIONS) {
            throw new UserException("demo.error.value", file, lineNo, "##", sections.size(), "## 1 … ## 8");
        }
        int year;
        try {
            year = Integer.parseInt(fields.getOrDefault("year", "").strip());
        } catch (NumberFormatException e) {
            throw new UserException("demo.error.required", file, 1, "@year");
        }
        TitlePage title = new TitlePage(fields.get("organization"), fields.get("siteTitle"), fields.get("projectTitle"),
                fields.get("siteOrder"), fields.get("headPosition"), fields.get("headName"), fields.get("place"));
        return new AnnualReport(null, year, title, sections.stream().map(s -> s.toString().strip()).toList(), 0);
    }

    private static int parseSection(String file, int lineNo, String text, int previous) {
        try {
            int n = Integer.parseInt(text);
            if (n == previous + 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UserException("demo.error.value", file, lineNo, "##", text, "## " + (previous + 1));
    }

    @Override
    public void load(DemoContext context) {
        context.progress(0.95, "annualReport.demo.progress");
        AnnualReportService service = new AnnualReportService(context.dsl());
        for (AnnualReport r : reports) {
            service.save(r);
        }
        Map<AcademicYear, List<WorkPlanItem>> byYear = new HashMap<>();
        plan.forEach(i -> byYear.computeIfAbsent(i.year(), y -> new ArrayList<>()).add(i));
        byYear.forEach((year, items) -> service.saveWorkPlan(year, List.of(), items));
    }
}
