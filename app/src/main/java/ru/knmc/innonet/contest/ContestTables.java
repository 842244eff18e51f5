package ru.knmc.innonet.contest;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.controlsfx.control.textfield.TextFields;
import ru.knmc.innonet.common.Messages;

/**
 * The contest's tables share one behaviour: a search field over the rows (Ctrl+F goes to it, Esc clears
 * it), sorting by any column (the search keeps the sort), and Delete on a row where deleting is allowed.
 */
final class ContestTables {
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    private ContestTables() {
    }

    /**
     * Puts {@code source} into {@code table} through a filter and a sort; returns the table with its search
     * field above. {@code text} is what the search looks in; {@code delete}, when not null, runs on Delete
     * for the selected row (it asks for confirmation itself).
     */
    static <T> BorderPane searchable(TableView<T> table, ObservableList<T> source, Function<T, String> text,
                                     Consumer<T> delete) {
        FilteredList<T> filtered = new FilteredList<>(source, r -> true);
        SortedList<T> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        TextField search = TextFields.createClearableTextField();
        search.setId(table.getId() + "-search");
        search.setPromptText(Messages.get("contest.search.prompt"));
        search.setPrefColumnCount(28);
        search.textProperty().addListener((o, a, b) -> {
            String needle = b == null ? "" : b.strip().toLowerCase(Locale.ROOT);
            filtered.setPredicate(needle.isEmpty() ? r -> true
                    : r -> text.apply(r).toLowerCase(Locale.ROOT).contains(needle));
        });
        Label count = new Label();
        count.getStyleClass().add("hint");
        count.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> filtered.size() == source.size()
                ? Messages.get("contest.search.count", source.size())
                : Messages.get("contest.search.found", filtered.size(), source.size()), filtered, source));
        HBox bar = new HBox(8, search, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 6, 0));
        HBox.setHgrow(search, Priority.SOMETIMES);
        BorderPane pane = new BorderPane(table);
        pane.setTop(bar);
        pane.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (FIND.match(e)) {
                search.requestFocus();
                search.selectAll();
                e.consume();
            }
        });
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
                table.requestFocus();
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                    table.getSelectionModel().select(0);
                }
                e.consume();
            }
        });
        if (delete != null) {
            table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
                T row = table.getSelectionModel().getSelectedItem();
                if (e.getCode() == KeyCode.DELETE && row != null) {
                    delete.accept(row);
                    e.consume();
                }
            });
        }
        return pane;
    }

    /** A column of a value computed from the row; sortable by that value. */
    static <S, T> TableColumn<S, T> column(String key, double width, Function<S, T> value) {
        TableColumn<S, T> c = new TableColumn<>(Messages.get(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> (ObservableValue<T>) new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        return c;
    }

    static String joined(Object... parts) {
        StringBuilder b = new StringBuilder();
        for (Object p : parts) {
            if (p != null) {
                b.append(p).append(' ');
            }
        }
        return b.toString();
    }

    /**
     * Red text as under a field, set inline rather than with the shared «field-error» class: the contest's
     * set-up tabs sit beside the sheet, whose single field error other screens and tests look up by class.
     */
    static void warning(Label label, boolean on) {
        label.setStyle(on ? "-fx-text-fill: #b3261e; -fx-font-size: 12px;" : "");
    }

    static Node placeholder(String key) {
        Label l = new Label(Messages.get(key));
        l.setWrapText(true);
        return l;
    }
}
