package ru.knmc.innonet.registry;

import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import ru.knmc.innonet.app.Background;
import ru.knmc.innonet.common.Messages;

/**
 * «Справочники»: status kinds, directions, municipalities with their totals, orders — one tab each.
 * Ctrl+N adds in the current tab, Enter edits the selected row, Delete deletes where allowed.
 */
public final class ReferenceView {
    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);

    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final List<ReferenceTab<?>> content;
    private boolean shortcutInstalled;

    public ReferenceView(ReferenceService reference, Background background) {
        OrdersViewModel orders = new OrdersViewModel(reference, background);
        content = List.of(
                new StatusKindsTab(new StatusKindsViewModel(reference, background)),
                new DirectionsTab(new DirectionsViewModel(reference, background, orders.orders())),
                new MunicipalitiesTab(new MunicipalitiesViewModel(reference, background)),
                new OrdersTab(orders));
        String[] ids = {"reference-tab-kinds", "reference-tab-directions", "reference-tab-municipalities",
                "reference-tab-orders"};
        for (int i = 0; i < content.size(); i++) {
            content.get(i).tab().setId(ids[i]);
            tabs.getTabs().add(content.get(i).tab());
        }
        tabs.setId("reference-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> focusCurrent());
        Label title = new Label(Messages.get("reference.title"));
        title.getStyleClass().add("section-title");
        BorderPane.setMargin(title, new Insets(8, 10, 4, 10));
        root.setTop(title);
        root.setCenter(tabs);
        root.setId("reference-view");
        root.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                installShortcut(scene);
                focusCurrent();
            }
        });
    }

    /*
     * Ctrl+N belongs to whichever section is shown, and the registry claims it as a scene accelerator each
     * time it is shown again; a scene filter runs before accelerators and lets this section take it while
     * it is on screen. Installed once: the section leaves and re-enters the scene on every visit.
     */
    private void installShortcut(Scene scene) {
        if (shortcutInstalled) {
            return;
        }
        shortcutInstalled = true;
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (NEW.match(e) && isShown(scene)) {
                e.consume();
                current().add();
            }
        });
    }

    // a section the main window is not showing is detached from its content pane
    private boolean isShown(Scene scene) {
        return root.getScene() == scene && (root.getParent() != null || scene.getRoot() == root);
    }

    private void focusCurrent() {
        Platform.runLater(() -> current().focusTarget().requestFocus());
    }

    private ReferenceTab<?> current() {
        return content.get(Math.max(0, tabs.getSelectionModel().getSelectedIndex()));
    }

    /** Selects a tab by its index (0 status kinds, 1 directions, 2 municipalities, 3 orders). */
    public void select(int index) {
        tabs.getSelectionModel().select(index);
    }

    public Node root() {
        return root;
    }
}
