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
import ru.knmc.innonet.event.Outlet;
import ru.knmc.innonet.registry.Municipality;
import ru.knmc.innonet.statistics.ChartFilter;
import ru.knmc.innonet.statistics.ChartKind;
import ru.knmc.innonet.statistics.ChartOptions;
import ru.knmc.innonet.statistics.ChartRenderer;
import ru.knmc.innonet.statistics.MonthPeriod;
import ru.knmc.innonet.statistics.Segment;
import ru.knmc.innonet.statistics.VisitStatsService;
import ru.knmc.innonet.statistics.WebResource;

/**
 * {@code innonet chart NAME --year YYYY --out FILE.png|FILE.svg [--years N] [--resource NAME] [--segment S]
 * [--municipality МО] [--outlet ИЗДАНИЕ]}; the charts with a period take {@code --from YYYY-MM --to YYYY-MM} or {@code --academic-year YYYY}
 * instead of the calendar year; {@code innonet chart --list} (with each chart's filters).
 */
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

    @Option(names = "--years", descriptionKey = "cli.chart.years", paramLabel = "N")
    Integer yearsOption;

    @Option(names = "--resource", descriptionKey = "cli.chart.resource", paramLabel = "${bundle:cli.param.resource}")
    String resource;

    @Option(names = "--segment", descriptionKey = "cli.chart.segment", paramLabel = "ALL|PRESCHOOL|GENERAL|ADDITIONAL")
    Segment segment;

    @Option(names = "--municipality", descriptionKey = "cli.chart.municipality", paramLabel = "${bundle:cli.param.municipality}")
    String municipality;

    @Option(names = "--outlet", descriptionKey = "cli.chart.outlet", paramLabel = "${bundle:cli.param.outlet}")
    String outlet;

    @Option(names = "--out", descriptionKey = "cli.chart.out", paramLabel = "${bundle:cli.param.chartFile}")
    Path out;

    @Option(names = "--from", descriptionKey = "cli.chart.from", paramLabel = "YYYY-MM")
    String from;

    @Option(names = "--to", descriptionKey = "cli.chart.to", paramLabel = "YYYY-MM")
    String to;

    @Option(names = "--academic-year", descriptionKey = "cli.chart.academicYear", paramLabel = "YYYY")
    String academicYear;


    @Override
    public Integer call() {
        var o = root.out();
        if (list) {
            ListCommand.printTable(o, List.of(Messages.get("cli.chart.column.name"), Messages.get("cli.chart.column.title"),
                            Messages.get("cli.chart.column.filters")),
                    Arrays.stream(ChartKind.values()).map(k -> List.of(k.id(), k.title(), String.join(" ", options(k)))).toList());
            return InnonetCommand.OK;
        }
        boolean period = from != null || to != null || academicYear != null;
        if (name == null || (year == null && !period) || out == null) {
            throw new UserException("cli.chart.usage");
        }
        ChartKind kind = ChartKind.byId(name).orElseThrow(() -> new UserException("cli.chart.unknown", name,
                String.join(", ", Arrays.stream(ChartKind.values()).map(ChartKind::id).toList())));
        checkFilter(kind, ChartFilter.PERIOD, from != null ? "--from" : to != null ? "--to" : "--academic-year",
                period ? Boolean.TRUE : null);
        MonthPeriod months = period ? ChartPeriodOptions.period(year, from, to, academicYear) : null;
        int chartYear = months == null ? year : months.to().getYear();
        checkYear(chartYear);
        checkFilter(kind, ChartFilter.YEARS, "--years", yearsOption);
        checkFilter(kind, ChartFilter.RESOURCE, "--resource", resource);
        checkFilter(kind, ChartFilter.SEGMENT, "--segment", segment);
        checkFilter(kind, ChartFilter.MUNICIPALITY, "--municipality", municipality);
        checkFilter(kind, ChartFilter.OUTLET, "--outlet", outlet);
        int years = yearsOption == null ? ChartOptions.DEFAULT_YEARS : yearsOption;
        if (years < 1 || years > ChartOptions.MAX_YEARS) {
            throw new UserException("cli.chart.badYears", String.valueOf(years), ChartOptions.MAX_YEARS);
        }
        try (Services s = root.openServices()) {
            Long resourceId = null;
            if (resource != null) {
                VisitStatsService v = s.visits();
                resourceId = v.resourceByName(resource).map(WebResource::id).orElseThrow(() -> new UserException(
                        "cli.visits.noResource", resource, String.join("», «", v.resources().stream().map(WebResource::name).toList())));
            }
            Long municipalityId = null;
            if (municipality != null) {
                municipalityId = s.reference().municipalityByName(municipality).map(Municipality::id)
                        .orElseThrow(() -> new UserException("cli.error.municipality", municipality));
            }
            Long outletId = null;
            if (outlet != null) {
                var outlets = s.publications().outlets();
                outletId = outlets.stream().filter(x -> x.name().equalsIgnoreCase(outlet.strip())).map(Outlet::id).findFirst()
                        .orElseThrow(() -> new UserException("cli.chart.noOutlet", outlet,
                                String.join("», «", outlets.stream().map(Outlet::name).toList())));
            }
            var data = s.charts().build(kind, new ChartOptions(chartYear, years, resourceId, municipalityId, segment, months).withOutlet(outletId));
            ChartRenderer.save(data, out, ChartRenderer.WIDTH, ChartRenderer.HEIGHT);
            o.println(Messages.get("cli.chart.done", kind.title(), out));
            return InnonetCommand.OK;
        }
    }

    /** The options of a chart's filters, as {@code --list} and the refusals name them. */
    private static List<String> options(ChartKind kind) {
        return kind.filters().stream().flatMap(f -> f == ChartFilter.PERIOD ? java.util.stream.Stream.of("--from", "--to",
                "--academic-year") : java.util.stream.Stream.of("--" + f.name().toLowerCase(java.util.Locale.ROOT))).toList();
    }

    /** A filter the chart does not use would be silently ignored: say so instead. */
    private static void checkFilter(ChartKind kind, ChartFilter filter, String option, Object value) {
        if (value != null && !kind.uses(filter)) {
            List<String> own = options(kind);
            throw new UserException("cli.chart.filterUnused", option, kind.id(),
                    own.isEmpty() ? Messages.get("cli.chart.noFilters") : String.join(", ", own));
        }
    }

    static void checkYear(int year) {
        if (year < 1990 || year > 2100) {
            throw new UserException("cli.chart.badYear", String.valueOf(year));
        }
    }
}
