package ru.knmc.innonet.app;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;
import ru.knmc.innonet.common.Dates;

/** Small builders for controls the screens share. */
public final class Fx {
    private static final String INVALID = "invalid";

    private Fx() {
    }

    /**
     * A combo box over {@code items} with a first «any» entry meaning null; it follows changes of the
     * list. Type to jump: the first letter selects the next item starting with it.
     */
    public static <T> ComboBox<T> nullableCombo(List<T> items, String anyLabel, Function<T, String> label) {
        return nullableCombo(new ComboBox<>(), items, anyLabel, label);
    }

    /**
     * Like {@link #nullableCombo(List, String, Function)}, with a search field in the drop-down: for long
     * lists such as the krai's 1 800 scientific supervisors.
     */
    public static <T> ComboBox<T> searchableNullableCombo(List<T> items, String anyLabel, Function<T, String> label) {
        return nullableCombo(new org.controlsfx.control.SearchableComboBox<>(), items, anyLabel, label);
    }

    private static <T> ComboBox<T> nullableCombo(ComboBox<T> box, List<T> items, String anyLabel, Function<T, String> label) {
        ObservableList<T> withNull = FXCollections.observableArrayList();
        withNull.add(null);
        withNull.addAll(items);
        if (items instanceof ObservableList<T> observable) {
            observable.addListener((ListChangeListener<T>) c -> {
                List<T> copy = new ArrayList<>();
                copy.add(null);
                copy.addAll(observable);
                withNull.setAll(copy);
            });
        }
        box.setItems(withNull);
        box.setVisibleRowCount(15);
        box.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? anyLabel : label.apply(item));
            }
        });
        box.setButtonCell(box.getCellFactory().call(null));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? anyLabel : label.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        return box;
    }

    /** A combo box over {@code items} without an «any» entry. */
    public static <T> ComboBox<T> combo(List<T> items, Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>(items instanceof ObservableList<T> o ? o : FXCollections.observableArrayList(items));
        box.setVisibleRowCount(15);
        box.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : label.apply(item));
            }
        });
        box.setButtonCell(box.getCellFactory().call(null));
        return box;
    }

    /** A date picker that reads and writes dd.MM.yyyy; an unreadable text leaves the value empty. */
    public static DatePicker datePicker() {
        DatePicker p = new DatePicker();
        p.setPromptText(ru.knmc.innonet.common.Messages.get("date.prompt"));
        p.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : Dates.format(d);
            }

            @Override
            public LocalDate fromString(String s) {
                if (s == null || s.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(s.strip(), Dates.RU);
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
        });
        p.setPrefWidth(130);
        return p;
    }

    public static void showError(Node anyNode, String text) {
        javafx.scene.control.Alert a = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR, text,
                Dialogs.okButton());
        if (anyNode.getScene() != null) {
            a.initOwner(anyNode.getScene().getWindow());
        }
        a.setHeaderText(null);
        a.setTitle(ru.knmc.innonet.common.Messages.get("dialog.error.title"));
        a.show();
    }

    /** Marks a field as holding a refused value (the «invalid» style, a red frame) or clears the mark. */
    public static void markInvalid(Node field, boolean invalid) {
        field.getStyleClass().removeAll(INVALID);
        if (invalid) {
            field.getStyleClass().add(INVALID);
        }
    }

    /** Keeps a field's mark in step with its error message: marked while there is one (neither null nor empty). */
    public static void markWhileError(Node field, ObservableValue<String> error) {
        error.addListener((o, a, b) -> markInvalid(field, b != null && !b.isEmpty()));
    }
}
