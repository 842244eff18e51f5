package ru.knmc.innonet.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import ru.knmc.innonet.app.Services;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.UserException;
import ru.knmc.innonet.demo.DemoLoader;
import ru.knmc.innonet.demo.KraiGenerator;

/** {@code innonet demo [--scale krai]}: fills an empty database with the demo registry. */
@Command(name = "demo", resourceBundle = "i18n.messages", mixinStandardHelpOptions = true)
final class DemoCommand implements Callable<Integer> {
    enum Scale { city, krai }

    @ParentCommand
    InnonetCommand root;

    @Option(names = "--scale", descriptionKey = "cli.demo.scale", paramLabel = "city|krai", defaultValue = "city")
    Scale scale;

    @Override
    public Integer call() {
        try (Services s = root.openServices()) {
            if (!DemoLoader.isEmpty(s.database())) {
                throw new UserException("cli.demo.notEmpty", s.database().location().display());
            }
            int[] lastPercent = {-10};
            var progress = (ru.knmc.innonet.demo.ProgressListener) (fraction, message) -> {
                int percent = (int) Math.round(fraction * 100);
                if (percent >= lastPercent[0] + 10 || percent == 100) {
                    lastPercent[0] = percent;
                    root.out().println(Messages.get("cli.demo.progress", percent, message));
                }
            };
            if (scale == Scale.krai) {
                var summary = KraiGenerator.generate(s.database(), KraiGenerator.Scale.krai(), progress);
                root.out().println(Messages.get("cli.demo.kraiDone", summary.municipalities(), summary.organizations(),
                        summary.persons(), summary.assignments(), summary.millis() / 1000.0));
            } else {
                DemoLoader.load(s.database(), progress);
                root.out().println(Messages.get("cli.demo.done", s.database().location().display()));
            }
            return InnonetCommand.OK;
        }
    }
}
