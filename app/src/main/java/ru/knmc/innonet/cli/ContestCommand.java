package ru.knmc.innonet.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import ru.knmc.innonet.app.Services;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.UserException;
import ru.knmc.innonet.contest.Contest;
import ru.knmc.innonet.contest.ContestResultsWorkbook;
import ru.knmc.innonet.contest.ContestService;
import ru.knmc.innonet.contest.CriteriaService;
import ru.knmc.innonet.contest.ExpertSheetReader;
import ru.knmc.innonet.contest.ExpertSheetWriter;
import ru.knmc.innonet.contest.OfflineSheets;
import ru.knmc.innonet.contest.Purpose;
import ru.knmc.innonet.contest.ResultsService;
import ru.knmc.innonet.contest.ReviewService;

/** {@code innonet contest sheets|collect|results}: the offline expert sheets and the score tables. */
@Command(name = "contest", resourceBundle = "i18n.messages", mixinStandardHelpOptions = true,
        subcommands = {ContestCommand.Sheets.class, ContestCommand.Collect.class, ContestCommand.Results.class})
final class ContestCommand {
    @ParentCommand
    InnonetCommand root;

    static Contest contest(Services s, long id) {
        return new ContestService(s.database().dsl()).get(id);
    }

    @Command(name = "sheets", resourceBundle = "i18n.messages", mixinStandardHelpOptions = true)
    static final class Sheets implements Callable<Integer> {
        @ParentCommand
        ContestCommand parent;

        @Option(names = "--contest", required = true, descriptionKey = "cli.contest.id")
        long contestId;

        @Option(names = "--out", required = true, descriptionKey = "cli.contest.outDir")
        Path out;

        @Override
        public Integer call() throws Exception {
            try (Services s = parent.root.openServices()) {
                contest(s, contestId);
                Files.createDirectories(out);
                List<Path> files = ExpertSheetWriter.writeAll(new OfflineSheets(s.database().dsl()).packs(contestId), out);
                parent.root.out().println(Messages.get("cli.contest.sheetsDone", files.size(), out));
                return InnonetCommand.OK;
            }
        }
    }

    @Command(name = "collect", resourceBundle = "i18n.messages", mixinStandardHelpOptions = true)
    static final class Collect implements Callable<Integer> {
        @ParentCommand
        ContestCommand parent;

        @Option(names = "--contest", required = true, descriptionKey = "cli.contest.id")
        long contestId;

        @Parameters(index = "0", descriptionKey = "cli.contest.inDir")
        Path folder;

        @Option(names = "--dry-run", descriptionKey = "cli.contest.dryRun")
        boolean dryRun;

        @Override
        public Integer call() {
            try (Services s = parent.root.openServices()) {
                contest(s, contestId);
                ContestService contests = new ContestService(s.database().dsl());
                OfflineSheets offline = new OfflineSheets(s.database().dsl());
                ExpertSheetReader.Result read = ExpertSheetReader.readFolder(folder,
                        id -> contests.find(id).isPresent() ? contests.sheetSecret(id) : null);
                OfflineSheets.Check check = offline.check(contestId, read.sheets(), read.refusals());
                if (!check.refusals().isEmpty()) {
                    throw new UserException("cli.contest.refusedAll", check.refusals().size(), String.join("\n",
                            check.refusals().stream().map(OfflineSheets.Refusal::describe).toList()));
                }
                for (OfflineSheets.Change c : check.changes()) {
                    parent.root.out().println(Messages.get("cli.contest.change", c.sheet().file(), c.sheet().sheet(),
                            c.expert(), c.regNumber(), c.changes() ? Messages.get("cli.contest.changed")
                                    : Messages.get("cli.contest.unchanged")));
                }
                if (dryRun) {
                    parent.root.out().println(Messages.get("cli.contest.dryRunDone", check.changes().size()));
                    return InnonetCommand.OK;
                }
                int n = offline.apply(contestId, read.sheets(), read.refusals());
                parent.root.out().println(Messages.get("cli.contest.collectDone", n));
                return InnonetCommand.OK;
            }
        }
    }

    @Command(name = "results", resourceBundle = "i18n.messages", mixinStandardHelpOptions = true)
    static final class Results implements Callable<Integer> {
        @ParentCommand
        ContestCommand parent;

        @Option(names = "--contest", required = true, descriptionKey = "cli.contest.id")
        long contestId;

        @Option(names = "--out", required = true, descriptionKey = "cli.export.out", paramLabel = "${bundle:cli.param.xlsx}")
        Path out;

        @Override
        public Integer call() {
            try (Services s = parent.root.openServices()) {
                Contest c = contest(s, contestId);
                var set = new CriteriaService(s.database().dsl()).set(contestId, Purpose.REMOTE)
                        .orElseThrow(() -> new UserException("contest.criteria.missing", Purpose.REMOTE.displayName()));
                var ranking = new ResultsService(s.database().dsl()).results(contestId);
                ContestResultsWorkbook.write(out, c, set, ranking, ContestResultsWorkbook.expertScores(
                        new ReviewService(s.database().dsl()), set, contestId));
                parent.root.out().println(Messages.get("cli.contest.resultsDone", ranking.size(), out));
                return InnonetCommand.OK;
            }
        }
    }
}
