package ru.knmc.innonet.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code innonet report …}: the Word documents the window writes, headless. */
@Command(name = "report", resourceBundle = "i18n.messages", mixinStandardHelpOptions = true,
        subcommands = {NetworkCouncilCommands.Agenda.class, NetworkCouncilCommands.Protocol.class,
                NetworkCouncilCommands.NetworkReport.class, ReportContest.Order.class, ReportContest.Protocol.class,
                ReportContest.Defense.class,
                AnnualReportCommand.Annual.class, AnnualReportCommand.WorkPlan.class})
final class ReportCommand {
    @ParentCommand
    InnonetCommand root;
}
