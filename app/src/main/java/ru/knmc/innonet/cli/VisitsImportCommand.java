package ru.knmc.innonet.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import ru.knmc.innonet.app.Services;
import ru.knmc.innonet.common.Dates;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.UserException;
import ru.knmc.innonet.statistics.Segment;
import ru.knmc.innonet.statistics.VisitFile;
import ru.knmc.innonet.statistics.VisitFileReader;
import ru.knmc.innonet.statistics.VisitImportPlan;
import ru.knmc.innonet.statistics.VisitStat;
import ru.knmc.innonet.statistics.VisitStatsService;
import ru.knmc.innonet.statistics.WebResource;

/** {@code innonet import visits FILE --resource NAME [--segment S] [--dry-run]}: a Metrica or GA4 export. */
@Command(name = "visits", resourceBundle = "i18n.messages", mixinStandardHelpOptions = true)
final class VisitsImportCommand implements Callable<Integer> {
    @ParentCommand
    ImportCommand parent;

    @Parameters(index = "0", paramLabel = "${bundle:cli.param.file}", descriptionKey = "cli.visits.file")
    Path file;

    @Option(names = "--resource", required = true, descriptionKey = "cli.visits.resource", paramLabel = "${bundle:cli.param.resource}")
    String resource;

    @Option(names = "--segment", descriptionKey = "cli.visits.segment", paramLabel = "ALL|PRESCHOOL|GENERAL|ADDITIONAL",
            defaultValue = "ALL")
    Segment segment;

    @Option(names = "--dry-run", descriptionKey = "cli.import.dryRun")
    boolean dryRun;

    @Override
    public Integer call() {
        var out = parent.root.out();
        try (Services s = parent.root.openServices()) {
            VisitStatsService visits = new VisitStatsService(s.database().dsl());
            WebResource r = visits.resourceByName(resource).orElseThrow(() -> new UserException("cli.visits.noResource",
                    resource, String.join("», «", visits.resources().stream().map(WebResource::name).toList())));
            VisitFile f = new VisitFileReader().read(file);
            VisitImportPlan plan = visits.plan(r, segment, f);
            out.println(Messages.get("cli.visits.read", f.source().displayName(), f.formatDescription(),
                    Dates.format(f.start()), Dates.format(f.end()), f.rows().size()));
            if (!f.ignoredColumns().isEmpty()) {
                out.println(Messages.get("cli.import.unknownColumns", String.join("», «", f.ignoredColumns())));
            }
            for (VisitStat old : plan.replaced()) {
                out.println(Messages.get("cli.visits.replaces", Dates.format(old.start()), Dates.format(old.end()),
                        old.source().displayName(), number(old.figures().visits())));
            }
            out.println(Messages.get("cli.visits.total", number(f.total().visitors()), number(f.total().newVisitors()),
                    number(f.total().visits()), number(f.total().pageViews())));
            if (dryRun) {
                out.println(Messages.get("cli.visits.dryRunDone", plan.added().size(), plan.replaced().size()));
            } else {
                visits.apply(plan);
                out.println(Messages.get("cli.visits.done", plan.added().size(), plan.replaced().size(), r.name()));
            }
            return InnonetCommand.OK;
        }
    }

    private static String number(Integer n) {
        return n == null ? "—" : String.format(Messages.RUSSIAN, "%,d", n);
    }
}
