package ru.knmc.innonet.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import ru.knmc.innonet.app.Services;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.statistics.StatisticsWorkbook;

/** {@code innonet export statistics --year YYYY --out FILE.xlsx}. */
@Command(name = "statistics", resourceBundle = "i18n.messages", mixinStandardHelpOptions = true)
final class StatisticsExportCommand implements Callable<Integer> {
    @ParentCommand
    ExportCommand export;

    @Option(names = "--out", required = true, descriptionKey = "cli.export.out", paramLabel = "${bundle:cli.param.xlsx}")
    Path out;

    @Option(names = "--year", required = true, descriptionKey = "cli.chart.year", paramLabel = "YYYY")
    int year;

    @Override
    public Integer call() {
        ChartCommand.checkYear(year);
        try (Services s = export.root.openServices()) {
            StatisticsWorkbook.write(out, s.database().dsl(), s.indicators(), year);
            export.root.out().println(Messages.get("cli.export.statisticsDone", year, out));
            return InnonetCommand.OK;
        }
    }
}
