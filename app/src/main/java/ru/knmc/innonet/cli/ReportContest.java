package ru.knmc.innonet.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import ru.knmc.innonet.app.Services;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.UserException;
import ru.knmc.innonet.contest.Contest;
import ru.knmc.innonet.contest.ContestDocumentData;
import ru.knmc.innonet.contest.ContestDocuments;
import ru.knmc.innonet.contest.ContestService;
import ru.knmc.innonet.contest.ResultsService;
import ru.knmc.innonet.registry.LegalOrder;

/** {@code innonet report order|contest-protocol|defense --contest ID}: the contest's Word documents. */
final class ReportContest {
    private ReportContest() {
    }

    static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip(), ru.knmc.innonet.common.Dates.RU);
        } catch (java.time.format.DateTimeParseException e) {
            throw new UserException("cli.error.date", text);
        }
    }

    /** A Word document of one contest: {@code --contest ID --out FILE.docx}, written over the open database. */
    abstract static class ContestDocument implements Callable<Integer> {
        @ParentCommand
        ReportCommand report;

        @Option(names = "--contest", required = true, descriptionKey = "cli.contest.id")
        long contestId;

        @Option(names = "--out", required = true, descriptionKey = "cli.report.outDocx")
        Path out;

        @Override
        public Integer call() {
            try (Services s = report.root.openServices()) {
                Contest c = new ContestService(s.database().dsl()).get(contestId);
                report.root.out().println(write(s, c, new ContestDocuments(report.root.home().templates())));
                return InnonetCommand.OK;
            }
        }

        /** Writes the document to {@code out}; returns the line to print. */
        abstract String write(Services s, Contest c, ContestDocuments documents);
    }

    @Command(name = "order", resourceBundle = "i18n.messages", mixinStandardHelpOptions = true)
    static final class Order extends ContestDocument {
        @Option(names = "--from", descriptionKey = "cli.report.from", paramLabel = "01.09.2018")
        String from;

        @Option(names = "--to", descriptionKey = "cli.report.to", paramLabel = "31.08.2021")
        String to;

        @Override
        String write(Services s, Contest c, ContestDocuments documents) {
            LocalDate start = from == null ? c.year().next().start() : date(from);
            LocalDate end = to == null ? c.year().next().next().next().end() : date(to);
            LegalOrder announcing = c.orderId() == null ? null : s.reference().order(c.orderId()).orElse(null);
            var winners = new ContestDocumentData(s.database().dsl()).winners(contestId);
            documents.draftOrder(c, announcing, winners, start, end, out);
            return Messages.get("cli.report.orderDone", winners.size(), out);
        }
    }

    @Command(name = "contest-protocol", resourceBundle = "i18n.messages", mixinStandardHelpOptions = true)
    static final class Protocol extends ContestDocument {
        @Option(names = "--date", descriptionKey = "cli.report.date", paramLabel = "22.12.2017")
        String date;

        @Override
        String write(Services s, Contest c, ContestDocuments documents) {
            var data = new ContestDocumentData(s.database().dsl());
            documents.councilProtocol(c, new ResultsService(s.database().dsl()).results(contestId),
                    data.council(c.academicYear()), date(date), out);
            return Messages.get("cli.report.protocolDone", out);
        }
    }

    /** {@code innonet report defense --contest ID --out FILE.docx}: the order of presentations at the defense. */
    @Command(name = "defense", resourceBundle = "i18n.messages", mixinStandardHelpOptions = true)
    static final class Defense extends ContestDocument {
        @Override
        String write(Services s, Contest c, ContestDocuments documents) {
            var slots = new ru.knmc.innonet.contest.DefenseService(s.database().dsl()).order(contestId);
            new ru.knmc.innonet.contest.DefenseDocuments(report.root.home().templates()).order(c, slots, out);
            return Messages.get("cli.report.defenseDone", slots.size(), out);
        }
    }
}
