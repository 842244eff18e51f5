package ru.knmc.innonet.contest;

import java.util.List;
import java.util.function.Consumer;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import ru.knmc.innonet.app.Fx;
import ru.knmc.innonet.common.Messages;

/**
 * «Публичная защита»: the order of presentations of a subsystem — drag a presentation to its place or
 * move it with Alt+↑ / Alt+↓, saved at once — with the order in Word, and beside it the jury's result:
 * the remote and defense totals and the combined score the ranking uses.
 */
final class DefensePane {
    private final ContestWorkViewModel work;
    private final ListView<DefenseService.Slot> list;
    private final BorderPane root = new BorderPane();
    private Long moved;

    DefensePane(ContestViewModel vm, Runnable assignJury, Consumer<String> writeOrder) {
        this.work = vm.work();
        ComboBox<Subsystem> subsystem = Fx.combo(List.of(Subsystem.values()), Subsystem::displayName);
        subsystem.setId("defense-subsystem");
        subsystem.valueProperty().bindBidirectional(work.defenseSubsystemProperty());
        list = new ListView<>(work.defense());
        list.setId("defense-order");
        list.setPlaceholder(new Label(Messages.get("contest.defense.empty")));
        list.setCellFactory(lv -> cell());
        // the order comes back from the database after a move: the moved presentation stays selected
        work.defense().addListener((javafx.collections.ListChangeListener<DefenseService.Slot>) c -> {
            for (int i = 0; i < work.defense().size(); i++) {
                if (moved != null && work.defense().get(i).applicationId() == moved) {
                    list.getSelectionModel().clearAndSelect(i);
                    list.getFocusModel().focus(i);
                }
            }
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            int i = list.getSelectionModel().getSelectedIndex();
            if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN) && i >= 0) {
                move(i, e.getCode() == KeyCode.UP ? i - 1 : i + 1);
                e.consume();
            }
        });
        Button up = new Button(Messages.get("contest.form.up"));
        up.setId("defense-up");
        up.setOnAction(e -> move(list.getSelectionModel().getSelectedIndex(), list.getSelectionModel().getSelectedIndex() - 1));
        Button down = new Button(Messages.get("contest.form.down"));
        down.setId("defense-down");
        down.setOnAction(e -> move(list.getSelectionModel().getSelectedIndex(), list.getSelectionModel().getSelectedIndex() + 1));
        Button jury = new Button(Messages.get("contest.action.jury"));
        jury.setId("defense-jury");
        jury.setOnAction(e -> assignJury.run());
        Button word = new Button(Messages.get("contest.defense.word"));
        word.setId("defense-word");
        word.setOnAction(e -> writeOrder.accept(Messages.get("contest.defense.fileName")));
        Label hint = new Label(Messages.get("contest.defense.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        FlowPane bar = new FlowPane(8, 6, new Label(Messages.get("contest.field.subsystem")), subsystem, up, down, jury, word);
        VBox left = new VBox(6, bar, hint, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setPadding(new Insets(4, 8, 8, 8));
        SplitPane split = new SplitPane(left, results(vm));
        split.setDividerPositions(0.5);
        root.setCenter(split);
    }

    private ListCell<DefenseService.Slot> cell() {
        ListCell<DefenseService.Slot> cell = new ListCell<>() {
            @Override
            protected void updateItem(DefenseService.Slot s, boolean empty) {
                super.updateItem(s, empty);
                if (empty || s == null) {
                    setText(null);
                    return;
                }
                setText(Messages.get("contest.defense.line", getIndex() + 1, s.regNumber(), s.organization(), s.topic()));
                setWrapText(true);
                setPrefWidth(0);
            }
        };
        return ru.knmc.innonet.app.DragReorder.install(cell, () -> work.defense().size(), this::move);
    }

    private void move(int from, int to) {
        if (from < 0 || to < 0 || to >= work.defense().size()) {
            return;
        }
        moved = work.defense().get(from).applicationId();
        work.moveDefense(from, to);
        list.getSelectionModel().clearAndSelect(to);
        list.getFocusModel().focus(to);
        list.requestFocus();
    }

    /** The ranking of the subsystem shown: remote, defense and the combined score. */
    private Node results(ContestViewModel vm) {
        FilteredList<RankedApplication> rows = new FilteredList<>(vm.ranking());
        Runnable filter = () -> rows.setPredicate(r -> r.subsystem() == work.defenseSubsystemProperty().get());
        filter.run();
        work.defenseSubsystemProperty().addListener((o, a, b) -> filter.run());
        TableView<RankedApplication> table = new TableView<>();
        SortedList<RankedApplication> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setId("defense-results");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label(Messages.get("contest.defense.noResults")));
        table.getColumns().add(ContestView.column("contest.col.rank", 50, r -> r.rank()));
        table.getColumns().add(ContestView.column("contest.col.number", 45, r -> r.regNumber()));
        table.getColumns().add(ContestView.column("contest.col.organization", 160, RankedApplication::organization));
        table.getColumns().add(ContestView.column("contest.defense.col.remote", 80, r -> r.remote().scored()
                ? ScoreFormat.format(ResultsService.round(r.remote().total())) : ""));
        table.getColumns().add(ContestView.column("contest.defense.col.jury", 60, r -> r.defense() == null ? 0 : r.defense().sheets()));
        table.getColumns().add(ContestView.column("contest.defense.col.defense", 80, r -> r.defense() != null && r.defense().scored()
                ? ScoreFormat.format(ResultsService.round(r.defense().total())) : ""));
        table.getColumns().add(ContestView.column("contest.defense.col.combined", 80, r -> r.score() == null ? ""
                : ScoreFormat.format(r.score())));
        Label weights = new Label();
        weights.setWrapText(true);
        weights.getStyleClass().add("hint");
        Runnable showWeights = () -> {
            Contest now = vm.contestProperty().get();
            weights.setText(now == null ? "" : Messages.get("contest.defense.weights",
                    ScoreFormat.format(now.remoteWeight()), ScoreFormat.format(now.defenseWeight())));
        };
        showWeights.run();
        vm.contestProperty().addListener((o, a, b) -> showWeights.run());
        VBox box = new VBox(6, new Label(Messages.get("contest.defense.results")), weights, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(4, 8, 8, 8));
        return box;
    }

    ListView<DefenseService.Slot> list() {
        return list;
    }

    Node root() {
        return root;
    }
}
