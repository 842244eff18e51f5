package ru.knmc.innonet.council;

import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import ru.knmc.innonet.common.Messages;

/**
 * The agenda in order: drag an item to its new place, or move it with Alt+↑ / Alt+↓; Enter edits,
 * Insert adds, Delete removes. The numbering and the preview follow at once.
 */
final class AgendaList {
    private final ListView<AgendaItem> list;
    private final VBox root;

    AgendaList(CouncilViewModel vm, CouncilDialogs dialogs) {
        list = new ListView<>(vm.items());
        list.setId("agenda-list");
        list.setPlaceholder(new Label(Messages.get("council.agenda.empty")));
        list.setCellFactory(lv -> {
            ListCell<AgendaItem> cell = new ListCell<>() {
                @Override
                protected void updateItem(AgendaItem item, boolean empty) {
                    super.updateItem(item, empty);
                    if (empty || item == null) {
                        setText(null);
                        return;
                    }
                    String speakers = String.join(", ", item.speakerIds().stream().map(vm::personName).toList());
                    setText((getIndex() + 1) + ". " + item.title() + (speakers.isEmpty() ? "" : "\n    " + speakers)
                            + (item.decisions().isEmpty() ? "" : "\n    " + Messages.get("council.agenda.points", item.decisions().size())));
                    setWrapText(true);
                    setPrefWidth(0);
                }
            };
            return ru.knmc.innonet.app.DragReorder.install(cell, () -> vm.items().size(), (from, to) -> {
                vm.moveItem(from, to);
                list.getSelectionModel().select(to);
            });
        });
        Runnable add = () -> dialogs.item(Optional.empty()).ifPresent(i -> {
            vm.items().add(i);
            list.getSelectionModel().select(vm.items().size() - 1);
        });
        Runnable edit = () -> {
            int i = list.getSelectionModel().getSelectedIndex();
            if (i >= 0) {
                dialogs.item(Optional.of(vm.items().get(i))).ifPresent(changed -> {
                    vm.items().set(i, changed);
                    list.getSelectionModel().select(i);
                });
            }
        };
        Runnable remove = () -> {
            int i = list.getSelectionModel().getSelectedIndex();
            if (i >= 0) {
                vm.items().remove(i);
            }
        };
        // a filter, so that the list's own arrow-key handling never sees the Alt+arrow first
        list.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            int i = list.getSelectionModel().getSelectedIndex();
            if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN) && i >= 0) {
                int to = e.getCode() == KeyCode.UP ? i - 1 : i + 1;
                if (to >= 0 && to < vm.items().size()) {
                    vm.moveItem(i, to);
                    list.getSelectionModel().clearAndSelect(to);
                    list.getFocusModel().focus(to);
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                edit.run();
                e.consume();
            } else if (e.getCode() == KeyCode.INSERT) {
                add.run();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                remove.run();
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                edit.run();
            }
        });
        Button addButton = button("council.agenda.add", "agenda-add", add);
        Button editButton = button("council.agenda.edit", "agenda-edit", edit);
        Button removeButton = button("council.agenda.remove", "agenda-remove", remove);
        Button up = button("council.agenda.up", "agenda-up", () -> move(vm, -1));
        Button down = button("council.agenda.down", "agenda-down", () -> move(vm, 1));
        Label hint = new Label(Messages.get("council.agenda.hint"));
        hint.getStyleClass().add("hint");
        root = new VBox(6, new HBox(6, addButton, editButton, removeButton, up, down), hint, list);
        VBox.setVgrow(list, Priority.ALWAYS);
    }

    private void move(CouncilViewModel vm, int delta) {
        int i = list.getSelectionModel().getSelectedIndex();
        int to = i + delta;
        if (i >= 0 && to >= 0 && to < vm.items().size()) {
            vm.moveItem(i, to);
            list.getSelectionModel().clearAndSelect(to);
        }
        list.requestFocus();
    }

    private static Button button(String key, String id, Runnable action) {
        Button b = new Button(Messages.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    VBox root() {
        return root;
    }

    ListView<AgendaItem> list() {
        return list;
    }
}
