package ru.knmc.innonet.registry;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import ru.knmc.innonet.common.Messages;

/**
 * One tab of the «Справочники» section: a table of records and the keyboard commands it answers.
 * Holds what every tab has in common, the tab, the table and the window for dialogs.
 */
abstract class ReferenceTab<T> {
    protected final Tab tab;
    protected final TableView<T> table;

    protected ReferenceTab(String titleKey, String tableId, String placeholderKey) {
        tab = new Tab(Messages.get(titleKey));
        tab.setClosable(false);
        table = ReferenceTables.table(tableId, placeholderKey, this);
    }

    final Tab tab() {
        return tab;
    }

    /** Ctrl+N. */
    abstract void add();

    /** Enter on the selected row. */
    abstract void edit();

    /** Delete on the selected row; tabs whose records cannot be deleted ignore it. */
    void delete() {
    }

    /** What gets the focus when the tab is shown. */
    Node focusTarget() {
        return table;
    }

    /** Shows {@code items} in the table, sorted as the user clicks the headers. */
    protected final void showItems(javafx.collections.ObservableList<T> items) {
        javafx.collections.transformation.SortedList<T> sorted = new javafx.collections.transformation.SortedList<>(items);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
    }

    /** A toolbar button that acts on the selected row, disabled while none is selected. */
    protected final javafx.scene.control.Button rowButton(String key, String id, String shortcut, Runnable action) {
        javafx.scene.control.Button b = ReferenceTables.button(key, id, shortcut, action);
        b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        return b;
    }

    /** The tab's content: the toolbar above the table, an optional line below it. */
    protected final void layout(Node toolbar, Node bottom) {
        javafx.scene.layout.BorderPane pane = new javafx.scene.layout.BorderPane(table);
        pane.setTop(toolbar);
        if (bottom != null) {
            pane.setBottom(bottom);
        }
        tab.setContent(pane);
    }

    /** Loading failures of the view model, shown as a Russian message. */
    protected final void showErrors(javafx.beans.value.ObservableValue<String> error) {
        error.addListener((o, a, text) -> {
            if (text != null) {
                ru.knmc.innonet.app.Fx.showError(table, text);
            }
        });
    }

    /** The window dialogs of this tab belong to; null before the tab is shown. */
    protected final Window window() {
        return table.getScene() == null ? null : table.getScene().getWindow();
    }
}
