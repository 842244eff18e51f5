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

    /** The window dialogs of this tab belong to; null before the tab is shown. */
    protected final Window window() {
        return table.getScene() == null ? null : table.getScene().getWindow();
    }
}
