package ru.knmc.innonet.contest;

import java.util.List;
import java.util.Optional;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import ru.knmc.innonet.app.Background;
import ru.knmc.innonet.app.Dialogs;
import ru.knmc.innonet.app.FormDialog;
import ru.knmc.innonet.app.Fx;
import ru.knmc.innonet.common.Messages;

/**
 * What the contest's table of applications does beside the bulk actions: Ctrl+F searches, the headers
 * sort, Ctrl+N opens the form of a new application, Enter or a double click the selected one's, Delete
 * deletes it after asking, «Решение…» records one decision with its comment.
 */
final class ApplicationActions {
    private final ContestWorkViewModel work;
    private final Background background;
    private final TableView<ApplicationService.Row> table;
    private final TextField search = new TextField();
    private final java.util.function.Consumer<Application> exportWord;
    private final java.util.function.BooleanSupplier active;

    /** @param active whether the applications are on screen now: the shortcuts are theirs only then */
    ApplicationActions(ContestWorkViewModel work, Background background, TableView<ApplicationService.Row> table,
                       java.util.function.Consumer<Application> exportWord, java.util.function.BooleanSupplier active) {
        this.work = work;
        this.active = active;
        this.background = background;
        this.table = table;
        this.exportWord = exportWord;
        SortedList<ApplicationService.Row> sorted = new SortedList<>(work.filteredApplications());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        search.setId("contest-search");
        search.setPromptText(Messages.get("contest.work.searchPrompt"));
        search.setPrefColumnCount(22);
        search.textProperty().bindBidirectional(work.searchProperty());
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && selected() != null) {
                open(selected());
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE && selected() != null) {
                delete(selected());
                e.consume();
            }
        });
        table.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getClickCount() == 2 && selected() != null) {
                open(selected());
            }
        });
        table.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                install(scene);
            }
        });
    }

    /** Ctrl+F and Ctrl+N while the applications are on screen. */
    private void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (table.getScene() != scene || !active.getAsBoolean()) {
                return;
            }
            if (new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN).match(e)) {
                search.requestFocus();
                search.selectAll();
                e.consume();
            } else if (new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN).match(e)) {
                open(null);
                e.consume();
            }
        });
    }

    private ApplicationService.Row selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    /** The search field and the buttons, for the tab's toolbar. */
    List<Node> controls() {
        Button create = button("contest.work.new", "contest-app-new", "Ctrl+N");
        create.setOnAction(e -> open(null));
        Button edit = button("contest.work.open", "contest-app-open", "Enter");
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> open(selected()));
        Button decide = button("contest.work.decide", "contest-app-decide", null);
        decide.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        decide.setOnAction(e -> decide(selected()));
        Button delete = button("contest.work.delete", "contest-app-delete", "Delete");
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> delete(selected()));
        search.setTooltip(new Tooltip("Ctrl+F"));
        return List.of(search, create, edit, decide, delete);
    }

    private static Button button(String key, String id, String shortcut) {
        Button b = new Button(Messages.get(key));
        b.setId(id);
        if (shortcut != null) {
            b.setTooltip(new Tooltip(shortcut));
        }
        return b;
    }

    void open(ApplicationService.Row row) {
        if (work.contest() == null) {
            return;
        }
        ApplicationForm form = new ApplicationForm(window(), work.form(), background, work::saved, exportWord);
        form.show(row == null ? null : row.id());
    }

    private void delete(ApplicationService.Row row) {
        if (Dialogs.confirm(window(), Messages.get("contest.work.deleteConfirm", row.regNumber(), row.organization()),
                Messages.get("contest.work.delete"))) {
            work.delete(row);
        }
    }

    void decide(ApplicationService.Row row) {
        work.application(row.id(), a -> decisionDialog(window(), work, a).ifPresent(d ->
                work.decide(a.id(), d.decision(), d.note())));
    }

    record Chosen(Decision decision, String note) {
    }

    /** One decision with its comment; «без решения» withdraws a decision taken by mistake. */
    static Optional<Chosen> decisionDialog(Window owner, ContestWorkViewModel work, Application a) {
        ComboBox<Decision> decision = Fx.nullableCombo(work.decisions(), Messages.get("contest.work.noDecision"),
                Decision::displayName);
        decision.setId("decision-choice");
        decision.setValue(a.decision());
        TextArea note = new TextArea(a.decisionNote() == null ? "" : a.decisionNote());
        note.setId("decision-note");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        Label topic = new Label(Messages.get("contest.work.decisionFor", a.regNumber(), a.topic()));
        topic.setWrapText(true);
        topic.setMaxWidth(520);
        topic.setPadding(new Insets(0, 0, 4, 0));
        return new FormDialog().field("contest.work.application", topic).field("contest.col.decision", decision)
                .field("contest.work.note", note)
                .show(owner, Messages.get("contest.work.decideTitle"), "decision", () -> new Chosen(decision.getValue(),
                        note.getText()));
    }

    private Window window() {
        return table.getScene() == null ? null : table.getScene().getWindow();
    }

    static HBox bar(List<Node> nodes) {
        HBox b = new HBox(8);
        b.getChildren().setAll(nodes);
        return b;
    }
}
