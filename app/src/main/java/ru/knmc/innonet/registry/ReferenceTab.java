package ru.knmc.innonet.registry;

import javafx.scene.Node;
import javafx.scene.control.Tab;

/** One tab of the «Справочники» section and the keyboard commands it answers. */
interface ReferenceTab {
    Tab tab();

    /** Ctrl+N. */
    void add();

    /** Enter on the selected row. */
    void edit();

    /** Delete on the selected row; tabs whose records cannot be deleted ignore it. */
    default void delete() {
    }

    /** What gets the focus when the tab is shown. */
    Node focusTarget();
}
