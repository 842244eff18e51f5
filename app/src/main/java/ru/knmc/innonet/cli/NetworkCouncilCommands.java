package ru.knmc.innonet.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import ru.knmc.innonet.app.Services;
import ru.knmc.innonet.common.AcademicYear;
import ru.knmc.innonet.common.Dates;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.UserException;
import ru.knmc.innonet.council.Meeting;
import ru.knmc.innonet.council.MeetingDocuments;
import ru.knmc.innonet.council.MeetingPaper;
import ru.knmc.innonet.network.NetworkPage;
import ru.knmc.innonet.network.NetworkPaper;
import ru.knmc.innonet.network.NetworkPassport;
import ru.knmc.innonet.network.NetworkPicture;
import ru.knmc.innonet.network.RoadmapWorkbook;

/** The command-line side of networks and the council: lists, the Word documents, the roadmap. */
final class NetworkCouncilCommands {
    private NetworkCouncilCommands() {
    }

    /** The day a document of {@code year} describes: today within the year, else its last day. */
    static LocalDate day(AcademicYear year) {
        LocalDate today = LocalDate.now();
        return today.isAfter(year.end()) ? year.end() : today.isBefore(year.start()) ? year.start() : today;
    }

    static AcademicYear yearOrLatest(Services s, String text) {
        if (text != null) {
            return ExportCommand.year(text);
        }
        AcademicYear current = AcademicYear.current();
        return s.networks().latestRoadmapYear().filter(y -> y.compareTo(current) < 0).orElse(current);
    }

    @Command(name = "meetings", resourceBundle = "i18n.messages", mixinStandardHelpOptions = true)
    static final class ListMeetings implements Callable<Integer> {
        @ParentCommand
        ListCommand list;

        @Override
        public Integer call() {
            try (Services s = list.root.openServices()) {
                List<List<String>> rows = s.meetings().list().stream().map(m -> List.of(String.valueOf(m.id()),
                        String.valueOf(m.number()), Dates.format(m.date()), m.time() == null ? "" : m.time().toString(),
                        m.status().displayName(), String.valueOf(m.items()), m.place() == null ? "" : m.place())).toList();
                ListCommand.printTable(list.root.out(), List.of(Messages.get("cli.list.id"), Messages.get("council.col.number"),
                        Messages.get("council.col.date"), Messages.get("council.meeting.time"), Messages.get("council.col.status"),
                        Messages.get("council.col.items"), Messages.get("council.meeting.place")), rows);
                return InnonetCommand.OK;
            }
        }
    }

    @Command(name = "networks", resourceBundle = "i18n.messages", mixinStandardHelpOptions = true)
    static final class ListNetworks implements Callable<Integer> {
        @ParentCommand
        ListCommand list;

        @Override
        public Integer call() {
            try (Services s = list.root.openServices()) {
                List<List<String>> rows = s.networks().list().stream().map(n -> List.of(String.valueOf(n.id()), n.name(),
                        n.centreName(), String.valueOf(n.activeMembers()), Dates.format(n.startDate()) + (n.endDate() == null ? ""
                                : " \u2013 " + Dates.format(n.endDate())), n.directionTitle() == null ? "" : n.directionTitle())).toList();
                ListCommand.printTable(list.root.out(), List.of(Messages.get("cli.list.id"), Messages.get("network.col.name"),
                        Messages.get("network.col.centre"), Messages.get("network.col.members"), Messages.get("page.network.period"),
                        Messages.get("network.col.direction")), rows);
                return InnonetCommand.OK;
            }
        }
    }

    abstract static class MeetingReport implements Callable<Integer> {
        @ParentCommand
        ReportCommand report;

        @Option(names = "--meeting", required = true, descriptionKey = "cli.report.meeting", paramLabel = "ID")
        long meeting;

        @Option(names = "--out", required = true, descriptionKey = "cli.report.out", paramLabel = "${bundle:cli.param.docx}")
        Path out;

        abstract void write(MeetingPaper paper, Services s);

        @Override
        public Integer call() {
            try (Services s = report.root.openServices()) {
                Meeting m = s.meetings().get(meeting);
                write(s.meetings().paper(m), s);
                report.root.out().println(Messages.get("cli.report.done", out));
                return InnonetCommand.OK;
            }
        }
    }

    @Command(name = "agenda", resourceBundle = "i18n.messages", mixinStandardHelpOptions = true)
    static final class Agenda extends MeetingReport {
        @Override
        void write(MeetingPaper paper, Services s) {
            MeetingDocuments.agenda(paper, report.root.home().templates(), out);
        }
    }

    @Command(name = "protocol", resourceBundle = "i18n.messages", mixinStandardHelpOptions = true)
    static final class Protocol extends MeetingReport {
        @Override
        void write(MeetingPaper paper, Services s) {
            MeetingDocuments.protocol(paper, report.root.home().templates(), out);
        }
    }

    @Command(name = "network", resourceBundle = "i18n.messages", mixinStandardHelpOptions = true)
    static final class NetworkReport implements Callable<Integer> {
        @ParentCommand
        ReportCommand report;

        @Option(names = "--network", required = true, descriptionKey = "cli.report.network", paramLabel = "ID")
        long network;

        @Option(names = "--year", descriptionKey = "cli.report.year", paramLabel = "2018-2019")
        String year;

        @Option(names = "--out", required = true, descriptionKey = "cli.report.networkOut", paramLabel = "${bundle:cli.param.networkOut}")
        Path out;

        @Override
        public Integer call() {
            String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
            try (Services s = report.root.openServices()) {
                AcademicYear y = yearOrLatest(s, year);
                LocalDate day = day(y);
                NetworkPaper paper = s.networkPapers().paper(network, day);
                if (name.endsWith(".docx")) {
                    NetworkPassport.write(paper, day, y, report.root.home().templates(), out);
                } else if (name.endsWith(".html") || name.endsWith(".htm")) {
                    NetworkPage.write(paper, day, y, out);
                } else if (name.endsWith(".png")) {
                    NetworkPicture.save(paper, day, out);
                } else {
                    throw new UserException("cli.error.networkOut", out.toString());
                }
                report.root.out().println(Messages.get("cli.report.done", out));
                return InnonetCommand.OK;
            }
        }
    }

    @Command(name = "roadmap", resourceBundle = "i18n.messages", mixinStandardHelpOptions = true)
    static final class Roadmap implements Callable<Integer> {
        @ParentCommand
        ExportCommand export;

        @Option(names = "--network", required = true, descriptionKey = "cli.report.network", paramLabel = "ID")
        long network;

        @Option(names = "--year", required = true, descriptionKey = "cli.report.year", paramLabel = "2018-2019")
        String year;

        @Option(names = "--out", required = true, descriptionKey = "cli.export.out", paramLabel = "${bundle:cli.param.xlsx}")
        Path out;

        @Override
        public Integer call() {
            AcademicYear y = ExportCommand.year(year);
            try (Services s = export.root.openServices()) {
                NetworkPaper paper = s.networkPapers().paper(network, day(y));
                RoadmapWorkbook.write(paper, y, out);
                export.root.out().println(Messages.get("cli.export.roadmapDone", paper.roadmap(y).size(), out));
                return InnonetCommand.OK;
            }
        }
    }
}
