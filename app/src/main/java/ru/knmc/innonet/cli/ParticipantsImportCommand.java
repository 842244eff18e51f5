package ru.knmc.innonet.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import ru.knmc.innonet.app.Services;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.event.ParticipantImportPlan;
import ru.knmc.innonet.event.ParticipantImportService;
import ru.knmc.innonet.event.ParticipantListReader;

/** {@code innonet import participants FILE --event ID [--dry-run]}: an event's named list; replaces its list. */
@Command(name = "participants", resourceBundle = "i18n.messages", mixinStandardHelpOptions = true)
final class ParticipantsImportCommand implements Callable<Integer> {
    @ParentCommand
    ImportCommand parent;

    @Parameters(index = "0", paramLabel = "${bundle:cli.param.file}", descriptionKey = "cli.participants.file")
    Path file;

    @Option(names = "--event", required = true, descriptionKey = "cli.participants.event", paramLabel = "ID")
    long event;

    @Option(names = "--dry-run", descriptionKey = "cli.import.dryRun")
    boolean dryRun;

    @Override
    public Integer call() {
        var out = parent.root.out();
        try (Services s = parent.root.openServices()) {
            ParticipantListReader.Result read = new ParticipantListReader().read(file);
            ParticipantImportService imports = new ParticipantImportService(s.database().dsl());
            ParticipantImportPlan plan = imports.plan(event, read.table().fileName(), read.drafts());
            out.println(read.table().formatDescription());
            plan.duplicates().forEach(d -> out.println(Messages.get("cli.participants.duplicate", d)));
            if (!plan.unmatched().isEmpty()) {
                out.println(Messages.get("cli.participants.unmatched", String.join("», «", plan.unmatched())));
            }
            if (dryRun) {
                out.println(Messages.get("cli.participants.dryRunDone", plan.participants().size(), plan.duplicates().size(),
                        plan.existing()));
            } else {
                imports.apply(plan);
                out.println(Messages.get("cli.participants.done", plan.participants().size(), plan.duplicates().size(),
                        plan.existing()));
            }
            return InnonetCommand.OK;
        }
    }
}
