package ru.knmc.innonet.council;

import java.io.File;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import ru.knmc.innonet.app.Background;
import ru.knmc.innonet.app.Dialogs;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.office.word.DocumentTemplates;

/** The Word documents of a meeting: the agenda (the printed page's twin) and the protocol. */
public final class CouncilActions {
    private CouncilActions() {
    }

    public static void install(CouncilView view, Background background, Supplier<DocumentTemplates> templates) {
        CouncilViewModel vm = view.viewModel();
        Button agenda = new Button(Messages.get("council.export.agenda"));
        agenda.setId("meeting-export-agenda");
        agenda.setOnAction(e -> export(view, background, "council.export.agenda", "agenda",
                (paper, file) -> MeetingDocuments.agenda(paper, templates.get(), file.toPath())));
        Button protocol = new Button(Messages.get("council.export.protocol"));
        protocol.setId("meeting-export-protocol");
        protocol.setOnAction(e -> export(view, background, "council.export.protocol", "protocol",
                (paper, file) -> MeetingDocuments.protocol(paper, templates.get(), file.toPath())));
        view.addExport(agenda);
        view.addExport(protocol);
    }

    private interface Writer {
        void write(MeetingPaper paper, File file);
    }

    private static void export(CouncilView view, Background background, String titleKey, String kind, Writer writer) {
        CouncilViewModel vm = view.viewModel();
        MeetingPaper paper = vm.paper().get();
        if (paper == null) {
            return;
        }
        File file = view.chooseFile(titleKey, Messages.get("council.export.fileName", kind, paper.number(), paper.date().toString()));
        if (file == null) {
            return;
        }
        background.run(() -> {
            writer.write(paper, file);
            return file;
        }, f -> vm.message().set(Messages.get("network.export.done", f)), t -> vm.error().set(Dialogs.describe(t)));
    }
}
