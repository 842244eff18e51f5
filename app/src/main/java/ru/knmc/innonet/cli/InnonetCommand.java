package ru.knmc.innonet.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import ru.knmc.innonet.app.AppHome;
import ru.knmc.innonet.app.DatabaseChoice;
import ru.knmc.innonet.app.InnonetApp;
import ru.knmc.innonet.app.Services;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.UserException;
import ru.knmc.innonet.db.Database;
import ru.knmc.innonet.db.DatabaseLocation;

/**
 * {@code innonet}: without a command opens the window; with one works headless. Exit status 0 on
 * success, 1 on bad input (a Russian message on stderr), 2 on wrong usage.
 */
@Command(name = "innonet", resourceBundle = "i18n.messages", mixinStandardHelpOptions = true,
        subcommands = {DemoCommand.class, ImportCommand.class, ExportCommand.class, ListCommand.class,
                ReportCommand.class, ContestCommand.class, ChartCommand.class})
public final class InnonetCommand implements Callable<Integer> {
    public static final int OK = 0;
    public static final int BAD_INPUT = 1;
    public static final int USAGE = 2;
    private static final Logger LOG = LoggerFactory.getLogger(InnonetCommand.class);

    @Option(names = "--db", descriptionKey = "cli.option.db", paramLabel = "${bundle:cli.param.db}", scope = CommandLine.ScopeType.INHERIT)
    String db;

    @Option(names = "--db-user", descriptionKey = "cli.option.dbUser", paramLabel = "${bundle:cli.param.user}", scope = CommandLine.ScopeType.INHERIT)
    String dbUser;

    @Option(names = "--db-password", descriptionKey = "cli.option.dbPassword", paramLabel = "${bundle:cli.param.password}", scope = CommandLine.ScopeType.INHERIT)
    String dbPassword;

    private final AppHome home;

    InnonetCommand(AppHome home) {
        this.home = home;
    }

    AppHome home() {
        return home;
    }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    DatabaseLocation location() {
        return DatabaseChoice.resolve(home, db, dbUser, dbPassword);
    }

    /** Opens and migrates the chosen database for one command. */
    Services openServices() {
        return new Services(Database.open(location()));
    }

    @Override
    public Integer call() {
        InnonetApp.start(home, location());
        return OK;
    }

    /** Picocli's usage errors in Russian for the common cases. */
    private static String describe(CommandLine.ParameterException ex) {
        if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            return Messages.get("cli.error.unknownArgument", u.getUnmatched().get(0));
        }
        if (ex instanceof CommandLine.MissingParameterException m) {
            return Messages.get("cli.error.missing", String.join(", ", m.getMissing().stream()
                    .map(a -> a instanceof CommandLine.Model.OptionSpec o ? o.longestName() : a.paramLabel()).toList()));
        }
        return Messages.get("cli.error.badValue", ex.getMessage());
    }

    public static int run(AppHome home, String[] args) {
        return run(home, args, new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8));
    }

    public static int run(AppHome home, String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new InnonetCommand(home));
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, a) -> {
            err.println(Messages.get("cli.usageError", describe(ex)));
            ex.getCommandLine().usage(err);
            return USAGE;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof UserException) {
                LOG.info("Command refused: {}", ex.getMessage());
                err.println(ex.getMessage());
                return BAD_INPUT;
            }
            LOG.error("Command failed", ex);
            err.println(Messages.get("error.unexpected", home.logDir().resolve("innonet.log")));
            return BAD_INPUT;
        });
        return cli.execute(args);
    }
}
