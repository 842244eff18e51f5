package ru.knmc.innonet.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import ru.knmc.innonet.app.AppHome;

/** Runs {@code innonet} in the test's JVM as a shell would, capturing the exit status and both streams. */
final class Cli {
    /** What a command left behind: its exit status and what it printed. */
    record Result(int status, String out, String err) {
    }

    private Cli() {
    }

    /** {@code innonet args…} with the data folder {@code home}. */
    static Result run(Path home, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = InnonetCommand.run(new AppHome(home), args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(status, out.toString(), err.toString());
    }

    /** {@code innonet --db db args…}. */
    static Result onDatabase(Path home, String db, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = db;
        System.arraycopy(args, 0, all, 2, args.length);
        return run(home, all);
    }
}
