package ru.knmc.innonet.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import ru.knmc.innonet.app.Services;
import ru.knmc.innonet.common.AcademicYear;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.UserException;
import ru.knmc.innonet.registry.Municipality;
import ru.knmc.innonet.registry.Overview;
import ru.knmc.innonet.registry.OverviewWorkbook;
import ru.knmc.innonet.registry.RegistryColumn;
import ru.knmc.innonet.registry.RegistryEntry;
import ru.knmc.innonet.registry.RegistryFilter;
import ru.knmc.innonet.registry.RegistryWorkbook;
import ru.knmc.innonet.registry.StatusKind;

/** {@code innonet export registry|overview …}: the same Excel files the window writes. */
@Command(name = "export", resourceBundle = "i18n.messages", mixinStandardHelpOptions = true,
        subcommands = {ExportCommand.Registry.class, ExportCommand.OverviewExport.class, StatisticsExportCommand.class})
final class ExportCommand {
    @ParentCommand
    InnonetCommand root;

    static AcademicYear year(String text) {
        return AcademicYear.parse(text).orElseThrow(() -> new UserException("cli.error.year", text));
    }

    @Command(name = "registry", resourceBundle = "i18n.messages", mixinStandardHelpOptions = true)
    static final class Registry implements Callable<Integer> {
        @ParentCommand
        ExportCommand export;

        @Option(names = "--out", required = true, descriptionKey = "cli.export.out", paramLabel = "${bundle:cli.param.xlsx}")
        Path out;

        @Option(names = "--year", descriptionKey = "cli.export.year", paramLabel = "2018-2019")
        String year;

        @Option(names = "--status", descriptionKey = "cli.export.status", paramLabel = "${bundle:cli.param.code}")
        String status;

        @Override
        public Integer call() {
            try (Services s = export.root.openServices()) {
                StatusKind kind = null;
                if (status != null) {
                    kind = s.reference().statusKinds().stream()
                            .filter(k -> k.code().equalsIgnoreCase(status) || k.shortName().equalsIgnoreCase(status))
                            .findFirst().orElseThrow(() -> new UserException("cli.error.status", status,
                                    String.join(", ", s.reference().statusKinds().stream().map(StatusKind::code).toList())));
                }
                List<RegistryEntry> rows = new RegistryFilter("", null, null, kind == null ? null : kind.id(), null, null, false)
                        .apply(s.registry().load());
                LocalDate date = null; // latest status per kind, as the window shows without a date
                String filter = kind == null ? "" : Messages.get("registry.filter.statusKind", kind.shortName());
                if (year != null) {
                    AcademicYear y = year(year);
                    Long kindId = kind == null ? null : kind.id();
                    rows = rows.stream().filter(e -> e.statuses().stream().anyMatch(b ->
                            (kindId == null || b.kindId() == kindId) && b.overlaps(y.start(), y.end()))).toList();
                    filter = (filter.isEmpty() ? "" : filter + "; ") + Messages.get("cli.export.yearFilter", y);
                }
                int n = RegistryWorkbook.write(out, RegistryColumn.defaults(), rows, date, RegistryWorkbook.caption(date, filter));
                export.root.out().println(Messages.get("cli.export.registryDone", n, out));
                return InnonetCommand.OK;
            }
        }
    }

    @Command(name = "overview", resourceBundle = "i18n.messages", mixinStandardHelpOptions = true)
    static final class OverviewExport implements Callable<Integer> {
        @ParentCommand
        ExportCommand export;

        @Option(names = "--out", required = true, descriptionKey = "cli.export.out", paramLabel = "${bundle:cli.param.xlsx}")
        Path out;

        @Option(names = "--year", required = true, descriptionKey = "cli.export.year", paramLabel = "2017-2018")
        String year;

        @Option(names = "--municipality", descriptionKey = "cli.export.municipality", paramLabel = "${bundle:cli.param.municipality}")
        String municipality;

        @Override
        public Integer call() {
            AcademicYear y = year(year);
            try (Services s = export.root.openServices()) {
                String name = municipality == null ? Messages.get("default.municipality") : municipality;
                Municipality m = s.reference().municipalityByName(name)
                        .orElseThrow(() -> new UserException("cli.error.municipality", name));
                Overview ov = s.overview().overview(y, m);
                OverviewWorkbook.write(out, ov);
                export.root.out().println(Messages.get("cli.export.overviewDone", y, out));
                return InnonetCommand.OK;
            }
        }
    }
}
