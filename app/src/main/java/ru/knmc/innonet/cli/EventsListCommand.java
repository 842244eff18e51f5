package ru.knmc.innonet.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import ru.knmc.innonet.app.Services;
import ru.knmc.innonet.common.Dates;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.event.EventRow;
import ru.knmc.innonet.event.EventService;

/** {@code innonet list events [--year YYYY]}: id, dates, kind, level, participants, title. */
@Command(name = "events", resourceBundle = "i18n.messages", mixinStandardHelpOptions = true)
final class EventsListCommand implements Callable<Integer> {
    @ParentCommand
    ListCommand parent;

    @Option(names = "--year", descriptionKey = "cli.chart.year", paramLabel = "YYYY")
    Integer year;

    @Override
    public Integer call() {
        try (Services s = parent.root.openServices()) {
            List<EventRow> rows = new EventService(s.database().dsl()).events(year);
            ListCommand.printTable(parent.root.out(), List.of(Messages.get("cli.list.events.id"),
                            Messages.get("cli.list.events.dates"), Messages.get("field.event.kindId"),
                            Messages.get("field.event.level"), Messages.get("field.event.participantsTotal"),
                            Messages.get("field.event.title")),
                    rows.stream().map(r -> List.of(String.valueOf(r.id()), dates(r), r.kind(), r.level().displayName(),
                            String.valueOf(r.participants()), r.title())).toList());
            return InnonetCommand.OK;
        }
    }

    static String dates(EventRow r) {
        return r.endDate() == null || r.endDate().equals(r.startDate()) ? Dates.format(r.startDate())
                : Dates.format(r.startDate()) + "–" + Dates.format(r.endDate());
    }
}
