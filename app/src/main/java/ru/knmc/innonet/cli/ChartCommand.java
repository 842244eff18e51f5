package ru.knmc.innonet.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import ru.knmc.innonet.app.Services;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.UserException;
import ru.knmc.innonet.statistics.ChartKind;
import ru.knmc.innonet.statistics.ChartOptions;
import ru.knmc.innonet.statistics.ChartRenderer;
import ru.knmc.innonet.statistics.StatisticsCharts;
import ru.knmc.innonet.statistics.VisitStatsService;
import ru.knmc.innonet.statistics.WebResource;

/** {@code innonet chart NAME --year YYYY --out FILE.png}, {@code innonet chart --list}. */
@Command(name = "chart", resourceBundle = "i18n.messages", mixinStandardHelpOptions = true)
final class ChartCommand implements Callable<Integer> {
    @ParentCommand
    InnonetCommand root;

    @Parameters(index = "0", arity = "0..1", paramLabel = "${bundle:cli.param.chart}", descriptionKey = "cli.chart.name")
    String name;

    @Option(names = "--list", descriptionKey = "cli.chart.list")
    boolean list;

    @Option(names = "--year", descriptionKey = "cli.chart.year", paramLabel = "YYYY")
    Integer year;

    @Option(names = "--years", descriptionKey = "cli.chart.years", paramLabel = "N", defaultValue = "5")
    int years;

    @Option(names = "--resource", descriptionKey = "cli.chart.resource", paramLabel = "${bundle:cli.param.resource}")
    String resource;

    @Option(names = "--out", descriptionKey = "cli.chart.out", paramLabel = "${bundle:cli.param.png}")
    Path out;

    @Override
    public Integer call() {
        var o = root.out();
        if (list) {
            ListCommand.printTable(o, List.of(Messages.get("cli.chart.column.name"), Messages.get("cli.chart.column.title")),
                    Arrays.stream(ChartKind.values()).map(k -> List.of(k.id(), k.title())).toList());
            return InnonetCommand.OK;
        }
        if (name == null || year == null || out == null) {
            throw new UserException("cli.chart.usage");
        }
        ChartKind kind = ChartKind.byId(name).orElseThrow(() -> new UserException("cli.chart.unknown", name,
                String.join(", ", Arrays.stream(ChartKind.values()).map(ChartKind::id).toList())));
        checkYear(year);
        try (Services s = root.openServices()) {
            Long resourceId = null;
            if (resource != null) {
                VisitStatsService v = new VisitStatsService(s.database().dsl());
                resourceId = v.resourceByName(resource).map(WebResource::id).orElseThrow(() -> new UserException(
                        "cli.visits.noResource", resource, String.join("», «", v.resources().stream().map(WebResource::name).toList())));
            }
            var data = new StatisticsCharts(s.database().dsl()).build(kind, new ChartOptions(year, Math.max(1, Math.min(years, 30)),
                    resourceId, null));
            ChartRenderer.png(data, out, ChartRenderer.WIDTH, ChartRenderer.HEIGHT);
            o.println(Messages.get("cli.chart.done", kind.title(), out));
            return InnonetCommand.OK;
        }
    }

    static void checkYear(int year) {
        if (year < 1990 || year > 2100) {
            throw new UserException("cli.chart.badYear", String.valueOf(year));
        }
    }
}
