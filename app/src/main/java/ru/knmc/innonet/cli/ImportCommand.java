package ru.knmc.innonet.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import ru.knmc.innonet.app.Services;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.registry.importing.ImportProblem;
import ru.knmc.innonet.registry.importing.ImportResult;
import ru.knmc.innonet.registry.importing.LegacyListImport;
import ru.knmc.innonet.registry.importing.OrganizationImportService.OnDuplicate;

/** {@code innonet import organizations FILE [--dry-run] [--on-duplicate skip|update]}. */
@Command(name = "import", resourceBundle = "i18n.messages", mixinStandardHelpOptions = true,
        subcommands = {ImportCommand.Organizations.class, VisitsImportCommand.class, ParticipantsImportCommand.class})
final class ImportCommand {
    @ParentCommand
    InnonetCommand root;

    @Command(name = "organizations", resourceBundle = "i18n.messages", mixinStandardHelpOptions = true)
    static final class Organizations implements Callable<Integer> {
        enum Mode { skip, update }

        @ParentCommand
        ImportCommand parent;

        @Parameters(index = "0", paramLabel = "${bundle:cli.param.file}", descriptionKey = "cli.import.file")
        Path file;

        @Option(names = "--dry-run", descriptionKey = "cli.import.dryRun")
        boolean dryRun;

        @Option(names = "--on-duplicate", descriptionKey = "cli.import.onDuplicate", paramLabel = "skip|update",
                defaultValue = "skip")
        Mode onDuplicate;

        @Override
        public Integer call() {
            var out = parent.root.out();
            try (Services s = parent.root.openServices()) {
                var run = new LegacyListImport(s.database().dsl()).run(file,
                        onDuplicate == Mode.update ? OnDuplicate.UPDATE : OnDuplicate.SKIP, dryRun, (f, m) -> { });
                out.println(run.plan().formatDescription());
                if (!run.plan().unknownColumns().isEmpty()) {
                    out.println(Messages.get("cli.import.unknownColumns", String.join("», «", run.plan().unknownColumns())));
                }
                ImportResult r = run.result();
                var err = parent.root.spec.commandLine().getErr();
                if (!r.ok()) {
                    err.println(Messages.get("cli.import.refused", file, r.problems().size()));
                    r.problems().forEach(p -> err.println("  " + p));
                    return InnonetCommand.BAD_INPUT;
                }
                r.warnings().forEach(w -> out.println(Messages.get("cli.import.warning", w)));
                out.println(Messages.get(r.written() ? "cli.import.done" : "cli.import.dryRunDone",
                        r.added(), r.updated(), r.skipped(), r.statusesAdded()));
                return InnonetCommand.OK;
            }
        }
    }
}
