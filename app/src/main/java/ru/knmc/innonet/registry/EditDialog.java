package ru.knmc.innonet.registry;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.stage.Window;
import ru.knmc.innonet.app.FormDialog;

/**
 * A small form dialog of the reference screens: a {@link FormDialog} whose button is «Сохранить» and runs the save; a
 * broken rule is shown under the fields and keeps the dialog open, so nothing typed is lost.
 */
public final class EditDialog {
    private final FormDialog form = new FormDialog("button.save", "-save");

    public EditDialog field(String labelKey, Node control) {
        form.field(labelKey, control);
        return this;
    }

    /** Shows the dialog; the ids of the save button and the error line start with {@code idPrefix}. */
    public <T> Optional<T> show(Window owner, String title, String idPrefix, Supplier<T> save) {
        return form.show(owner, title, idPrefix, save);
    }
}
