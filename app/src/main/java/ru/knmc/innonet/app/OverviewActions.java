package ru.knmc.innonet.app;

import java.io.File;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.registry.Overview;
import ru.knmc.innonet.registry.OverviewView;
import ru.knmc.innonet.registry.OverviewWorkbook;

/** Export of the overview matrix to Excel. */
final class OverviewActions {
    private OverviewActions() {
    }

    static void install(OverviewView view, FxBackground background, Supplier<Window> owner) {
        Button export = Workbench.button("overview.action.export", "overview-export");
        export.disableProperty().bind(view.viewModel().overviewProperty().isNull());
        export.setOnAction(e -> {
            Overview ov = view.viewModel().overviewProperty().get();
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Messages.get("overview.export.title"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("file.xlsx"), "*.xlsx"));
            chooser.setInitialFileName(Messages.get("overview.export.fileName", ov.year().startYear(), ov.year().startYear() + 1));
            File file = chooser.showSaveDialog(owner.get());
            if (file != null) {
                background.run(() -> {
                    OverviewWorkbook.write(file.toPath(), ov);
                    return file;
                }, f -> Dialogs.info(owner.get(), Messages.get("overview.export.done", f)), f -> Dialogs.error(owner.get(), f));
            }
        });
        view.addAction(export);
    }
}
