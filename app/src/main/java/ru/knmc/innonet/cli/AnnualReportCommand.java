package ru.knmc.innonet.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import ru.knmc.innonet.annualreport.AnnualReport;
import ru.knmc.innonet.annualreport.AnnualReportDocument;
import ru.knmc.innonet.annualreport.AnnualReportWorkbook;
import ru.knmc.innonet.annualreport.Gap;
import ru.knmc.innonet.annualreport.ReportData;
import ru.knmc.innonet.annualreport.TitlePage;
import ru.knmc.innonet.annualreport.WorkPlanDocument;
import ru.knmc.innonet.app.Services;
import ru.knmc.innonet.common.AcademicYear;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.UserException;

/** {@code innonet report annual|workplan}: the annual report of the site and its work plan, as the window writes them. */
final class AnnualReportCommand {
    private AnnualReportCommand() {
    }

    @Command(name = "annual", resourceBundle = "i18n.messages", mixinStandardHelpOptions = true)
    static final class Annual implements Callable<Integer> {
        @ParentCommand
        ReportCommand report;

        @Option(names = "--year", required = true, descriptionKey = "cli.report.annual.year", paramLabel = "2017")
        int year;

        @Option(names = "--out", required = true, descriptionKey = "cli.report.annual.out", paramLabel = "${bundle:cli.param.docx}")
        Path out;

        @Option(names = "--annex", descriptionKey = "cli.report.annual.annex", paramLabel = "${bundle:cli.param.xlsx}")
        Path annex;

        @Override
        public Integer call() {
            try (Services s = report.root.openServices()) {
                AnnualReport text = s.annualReports().find(year)
                        .orElseThrow(() -> new UserException("cli.report.annual.noText", year));
                ReportData data = s.reportData().compute(year, text);
                AnnualReportDocument.write(out, text, data, report.root.home().templates());
                report.root.out().println(Messages.get("cli.report.annual.done", year, out));
                if (annex != null) {
                    AnnualReportWorkbook.write(annex, data);
                    report.root.out().println(Messages.get("cli.report.annual.annexDone", data.tables().size(), annex));
                }
                for (Gap g : data.gaps()) {
                    report.root.out().println(Messages.get("cli.report.annual.gap", g.text()));
                }
                return InnonetCommand.OK;
            }
        }
    }

    @Command(name = "workplan", resourceBundle = "i18n.messages", mixinStandardHelpOptions = true)
    static final class WorkPlan implements Callable<Integer> {
        @ParentCommand
        ReportCommand report;

        @Option(names = "--year", required = true, descriptionKey = "cli.report.workplan.year", paramLabel = "2018-2019")
        String year;

        @Option(names = "--out", required = true, descriptionKey = "cli.report.annual.out", paramLabel = "${bundle:cli.param.docx}")
        Path out;

        @Override
        public Integer call() {
            AcademicYear y = ExportCommand.year(year);
            try (Services s = report.root.openServices()) {
                TitlePage title = s.annualReports().find(y.startYear()).map(AnnualReport::title).orElse(TitlePage.EMPTY);
                WorkPlanDocument.write(out, y, s.annualReports().workPlan(y), title, report.root.home().templates());
                report.root.out().println(Messages.get("cli.report.workplan.done", y, out));
                return InnonetCommand.OK;
            }
        }
    }
}
