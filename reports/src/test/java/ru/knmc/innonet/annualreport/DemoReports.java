package ru.knmc.innonet.annualreport;

import ru.knmc.innonet.db.Database;
import ru.knmc.innonet.db.TestDatabases;
import ru.knmc.innonet.demo.DemoLoader;
import ru.knmc.innonet.registry.ReferenceService;
import ru.knmc.innonet.registry.RegistryQueryService;

/** The demo database with the services the report needs, as the window and the command line wire them. */
final class DemoReports implements AutoCloseable {
    final Database db = TestDatabases.h2();
    final ReferenceService reference = new ReferenceService(db.dsl());
    final AnnualReportService reports = new AnnualReportService(db.dsl());
    final ReportDataService data = ReportDataService.over(db.dsl());

    DemoReports() {
        DemoLoader.load(db, (f, m) -> { });
    }

    AnnualReport report(int year) {
        return reports.find(year).orElseThrow();
    }

    ReportData data(int year) {
        return data.compute(year, report(year));
    }

    @Override
    public void close() {
        db.close();
    }
}
