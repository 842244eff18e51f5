package ru.knmc.innonet.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import ru.knmc.innonet.app.Services;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.contest.ApplicationService;
import ru.knmc.innonet.contest.Contest;
import ru.knmc.innonet.contest.ContestService;

/** {@code innonet list contests}: id, number, year, kind, applications, title. */
@Command(name = "contests", resourceBundle = "i18n.messages", mixinStandardHelpOptions = true)
final class ListContests implements Callable<Integer> {
    @ParentCommand
    ListCommand list;

    @Override
    public Integer call() {
        try (Services s = list.root.openServices()) {
            ApplicationService apps = new ApplicationService(s.database().dsl());
            List<List<String>> rows = new ContestService(s.database().dsl()).list().stream().map((Contest c) -> List.of(
                    String.valueOf(c.id()), c.romanNumber(), c.year().toString(), c.kind().displayName(),
                    String.valueOf(apps.list(c.id()).size()), c.title())).toList();
            ListCommand.printTable(list.root.out(), List.of(Messages.get("cli.list.contests.id"),
                    Messages.get("cli.list.contests.number"), Messages.get("cli.list.contests.year"),
                    Messages.get("cli.list.contests.kind"), Messages.get("cli.list.contests.applications"),
                    Messages.get("cli.list.contests.title")), rows);
            return InnonetCommand.OK;
        }
    }
}
