package ru.knmc.innonet.app;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.registry.RegistryColumn;
import ru.knmc.innonet.registry.RegistryEntry;
import ru.knmc.innonet.registry.RegistryView;
import ru.knmc.innonet.registry.RegistryWorkbook;

/** The registry's document actions: export of the table as shown (Ctrl+E) and import of lists (Ctrl+I). */
final class RegistryActions {
    private RegistryActions() {
    }

    static void install(RegistryView view, Services services, FxBackground background, Supplier<Window> owner) {
        Button importButton = Workbench.button("registry.action.import", "registry-import");
        importButton.setTooltip(Workbench.tip("registry.action.import.tip"));
        importButton.setOnAction(e -> ImportWizard.open(owner.get(), services, background, view.viewModel()::reload));
        Button export = Workbench.button("registry.action.export", "registry-export");
        export.setTooltip(Workbench.tip("registry.action.export.tip"));
        export.setOnAction(e -> export(view, background, owner.get()));
        view.addAction(importButton);
        view.addAction(export);
        view.root().sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), export::fire);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN), importButton::fire);
            }
        });
    }

    static void export(RegistryView view, FxBackground background, Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("registry.export.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("file.xlsx"), "*.xlsx"));
        chooser.setInitialFileName(Messages.get("registry.export.fileName", LocalDate.now().toString()));
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            exportTo(view, background, owner, file.toPath());
        }
    }

    /** Writes the table as it is shown now: visible columns in their order, rows filtered and sorted. */
    static void exportTo(RegistryView view, FxBackground background, Window owner, Path out) {
        List<RegistryColumn> columns = view.visibleColumns();
        List<RegistryEntry> rows = view.shownRows();
        LocalDate date = view.viewModel().statusDate();
        String caption = RegistryWorkbook.caption(date, view.viewModel().filterDescription());
        background.run(() -> RegistryWorkbook.write(out, columns, rows, date, caption),
                n -> Dialogs.info(owner, Messages.get("registry.export.done", n, out)),
                f -> Dialogs.error(owner, f));
    }
}
