package ru.knmc.innonet.contest;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import ru.knmc.innonet.app.Dialogs;
import ru.knmc.innonet.app.Fx;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.registry.Person;

/**
 * «Назначение»: the assignments with how each came about and the expert's conflicts as the registry
 * stands now (flagged red when an expert became conflicted after being assigned), the load per expert,
 * the conflicts of the selected application; automatic assignment, manual assignment, declared conflicts.
 */
final class AssignmentPane {
    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private final AssignmentViewModel vm;
    private final Supplier<Window> owner;

    AssignmentPane(AssignmentViewModel vm, Supplier<Window> owner) {
        this.vm = vm;
        this.owner = owner;
    }

    Node build() {
        TableView<AssignmentService.Assignment> table = new TableView<>();
        table.setId("assignment-table");
        table.setPlaceholder(ContestTables.placeholder("contest.assignment.none"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(ContestTables.column("contest.col.number", 35, AssignmentService.Assignment::regNumber));
        table.getColumns().get(0).setMinWidth(35);
        table.getColumns().add(ContestTables.column("contest.col.organization", 120, AssignmentService.Assignment::organization));
        table.getColumns().add(ContestTables.column("contest.col.expert", 110, AssignmentService.Assignment::expert));
        table.getColumns().add(ContestTables.column("contest.assignment.col.conflict", 230, AssignmentPane::conflictText));
        table.getColumns().add(ContestTables.column("contest.col.purpose", 110, a -> a.purpose().displayName()));
        table.getColumns().add(ContestTables.column("contest.assignment.col.how", 170, AssignmentPane::how));
        table.getColumns().add(ContestTables.column("contest.assignment.col.override", 170,
                a -> a.overrideReason() == null ? "" : a.overrideReason()));
        table.getColumns().add(ContestTables.column("contest.col.scored", 70,
                a -> a.scored() ? Messages.get("contest.scored.yes") : ""));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(AssignmentService.Assignment item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("row-flagged");
                if (!empty && item != null && item.flagged()) {
                    getStyleClass().add("row-flagged");
                }
            }
        });
        var selected = table.getSelectionModel().selectedItemProperty();
        selected.addListener((o, a, b) -> vm.applicationProperty().set(b == null ? null : b.applicationId()));
        BorderPane list = ContestTables.searchable(table, vm.assignments(), a -> ContestTables.joined(a.regNumber(),
                a.organization(), a.expert(), a.subsystem().displayName(), conflictText(a), a.overrideReason()),
                this::unassign);

        Button auto = button("contest.assignment.auto", "assignment-auto");
        auto.setOnAction(e -> vm.preview(this::confirmPlan));
        Button manual = button("contest.assignment.manual", "assignment-manual");
        manual.setOnAction(e -> manual(selected.get()));
        Button withdraw = button("contest.assignment.withdraw", "assignment-withdraw");
        withdraw.disableProperty().bind(selected.isNull());
        withdraw.setOnAction(e -> unassign(selected.get()));
        Button declare = button("contest.assignment.declare", "assignment-declare");
        declare.setOnAction(e -> declare(selected.get()));
        Button recheck = button("contest.assignment.recheck", "assignment-recheck");
        recheck.setOnAction(e -> vm.load());
        Label flagged = new Label();
        flagged.setId("assignment-flagged");
        ContestTables.warning(flagged, true);
        flagged.textProperty().bind(Bindings.createStringBinding(() -> vm.flaggedCount() == 0 ? ""
                : Messages.get("contest.assignment.flagged", vm.flaggedCount()), vm.assignments()));
        FlowPane actions = new FlowPane(8, 6, auto, manual, withdraw, declare, recheck, flagged);
        actions.setPadding(new Insets(0, 0, 6, 0));

        SplitPane top = new SplitPane(list, loads());
        top.setDividerPositions(0.76);
        SplitPane split = new SplitPane(top, conflicts());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.66);
        BorderPane root = new BorderPane(split);
        root.setTop(actions);
        root.setId("contest-assignment");
        root.setPadding(new Insets(4, 8, 8, 8));
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (NEW.match(e)) {
                manual(selected.get());
                e.consume();
            }
        });
        return root;
    }

    private Node loads() {
        TableView<AssignmentViewModel.Load> table = new TableView<>();
        table.setId("assignment-loads");
        table.setPlaceholder(ContestTables.placeholder("contest.assignment.loads.none"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(ContestTables.column("contest.col.expert", 120, AssignmentViewModel.Load::expert));
        table.getColumns().add(ContestTables.column("contest.assignment.col.load", 70, AssignmentViewModel.Load::assigned));
        table.getColumns().add(ContestTables.column("contest.col.scored", 70, AssignmentViewModel.Load::scored));
        table.getColumns().add(ContestTables.column("contest.assignment.col.flaggedCount", 70,
                l -> l.flagged() == 0 ? "" : String.valueOf(l.flagged())));
        BorderPane list = ContestTables.searchable(table, vm.loads(), AssignmentViewModel.Load::expert, null);
        Label heading = new Label(Messages.get("contest.assignment.loads"));
        heading.getStyleClass().add("section-title");
        VBox box = new VBox(6, heading, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(0, 0, 0, 6));
        return box;
    }

    private Node conflicts() {
        TableView<AssignmentViewModel.ConflictLine> table = new TableView<>();
        table.setId("assignment-conflicts");
        table.setPlaceholder(ContestTables.placeholder("contest.assignment.conflicts.none"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(ContestTables.column("contest.col.expert", 160, AssignmentViewModel.ConflictLine::expert));
        table.getColumns().add(ContestTables.column("contest.assignment.col.kind", 260,
                l -> l.conflict().kind().displayName()));
        table.getColumns().add(ContestTables.column("contest.assignment.col.source", 160,
                l -> Messages.get(l.conflict().kind() == ConflictKind.DECLARED ? "contest.assignment.source.declared"
                        : "contest.assignment.source.registry")));
        table.getColumns().add(ContestTables.column("contest.assignment.col.detail", 300,
                l -> l.conflict().detail() == null ? "" : l.conflict().detail()));
        var selected = table.getSelectionModel().selectedItemProperty();
        BorderPane list = ContestTables.searchable(table, vm.conflicts(), l -> ContestTables.joined(l.expert(),
                l.conflict().describe()), this::withdrawDeclared);
        Button withdraw = button("contest.assignment.withdrawDeclared", "assignment-withdraw-declared");
        withdraw.disableProperty().bind(Bindings.createBooleanBinding(() -> selected.get() == null
                || selected.get().conflict().kind() != ConflictKind.DECLARED, selected));
        withdraw.setOnAction(e -> withdrawDeclared(selected.get()));
        Label heading = new Label();
        heading.getStyleClass().add("section-title");
        heading.textProperty().bind(Bindings.createStringBinding(() -> vm.applicationProperty().get() == null
                ? Messages.get("contest.assignment.conflicts.pick")
                : Messages.get("contest.assignment.conflicts.heading", regNumber(vm.applicationProperty().get())),
                vm.applicationProperty(), vm.applications()));
        FlowPane head = new FlowPane(10, 6, heading, withdraw);
        VBox box = new VBox(6, head, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(6, 0, 0, 0));
        return box;
    }

    private String regNumber(long applicationId) {
        return vm.applications().stream().filter(a -> a.id() == applicationId).map(a -> String.valueOf(a.regNumber()))
                .findFirst().orElse("");
    }

    private static String how(AssignmentService.Assignment a) {
        String when = a.assignedAt() == null ? "" : WHEN.format(a.assignedAt().atZoneSameInstant(java.time.ZoneId.systemDefault()));
        if (a.automatic()) {
            return Messages.get("contest.assignment.howAuto", when);
        }
        return Messages.get("contest.assignment.howManual", a.assignedBy() == null ? "—" : a.assignedBy(), when);
    }

    private static String conflictText(AssignmentService.Assignment a) {
        if (a.conflicts().isEmpty()) {
            return "";
        }
        String list = a.conflicts().stream().map(Conflict::describe).collect(Collectors.joining("; "));
        return a.flagged() ? Messages.get("contest.assignment.conflictNew", list) : list;
    }

    private void unassign(AssignmentService.Assignment a) {
        if (a.scored()) {
            Dialogs.info(owner.get(), Messages.get("contest.assign.scored"));
            return;
        }
        if (Dialogs.confirm(owner.get(), Messages.get("contest.assignment.withdrawConfirm", a.expert(), a.regNumber()),
                Messages.get("contest.assignment.withdraw"))) {
            vm.unassign(a);
        }
    }

    private void withdrawDeclared(AssignmentViewModel.ConflictLine l) {
        if (l.conflict().kind() == ConflictKind.DECLARED && Dialogs.confirm(owner.get(),
                Messages.get("contest.assignment.withdrawDeclaredConfirm", l.expert()),
                Messages.get("contest.assignment.withdrawDeclared"))) {
            vm.withdrawDeclared(l.conflict());
        }
    }

    private void confirmPlan(AssignmentService.Plan plan) {
        if (plan.proposals().isEmpty()) {
            Dialogs.info(owner.get(), Messages.get("contest.assign.nothing", plan.shortfalls().size()));
            return;
        }
        TableView<AssignmentService.Proposal> table = new TableView<>(javafx.collections.FXCollections
                .observableArrayList(plan.proposals()));
        table.setId("plan-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(ContestTables.column("contest.col.number", 50, p -> regNumber(p.applicationId())));
        table.getColumns().add(ContestTables.column("contest.col.organization", 220, p -> vm.applications().stream()
                .filter(a -> a.id() == p.applicationId()).map(ApplicationService.Row::organization).findFirst().orElse("")));
        table.getColumns().add(ContestTables.column("contest.col.expert", 180, p -> vm.persons().stream()
                .filter(x -> x.id() == p.expertId()).map(Person::shortName).findFirst().orElse("")));
        table.setPrefHeight(320);
        Label text = new Label(Messages.get("contest.assign.preview", plan.proposals().size(),
                plan.proposals().stream().map(AssignmentService.Proposal::expertId).distinct().count(),
                plan.shortfalls().size()));
        text.setWrapText(true);
        text.setMaxWidth(560);
        Label shortfalls = new Label(plan.shortfalls().stream().map(s -> Messages.get("contest.assignment.shortfall",
                regNumber(s.applicationId()), s.missing())).collect(Collectors.joining("\n")));
        shortfalls.setWrapText(true);
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner.get());
        d.setTitle(Messages.get("contest.assignment.auto"));
        Dialogs.resizable(d);
        VBox content = new VBox(8, text, table, shortfalls);
        content.setPrefWidth(600);
        d.getDialogPane().setContent(content);
        ButtonType apply = new ButtonType(Messages.get("contest.assign.apply"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(apply, new ButtonType(Messages.get("button.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        d.getDialogPane().lookupButton(apply).setId("plan-apply");
        if (d.showAndWait().filter(b -> b == apply).isPresent()) {
            vm.apply(plan);
        }
    }

    /**
     * Manual assignment: the application, the expert, the part; the expert's conflicts show as soon as
     * both are chosen, and then a reason is required — the service refuses without one, and its words
     * show under the reason field.
     */
    private void manual(AssignmentService.Assignment current) {
        PairForm f = new PairForm("manual", current, false);
        ComboBox<Purpose> purpose = Fx.combo(List.of(Purpose.values()), Purpose::displayName);
        purpose.setId("manual-purpose");
        purpose.setValue(Purpose.REMOTE);
        Label conflicts = new Label();
        conflicts.setId("manual-conflicts");
        conflicts.setWrapText(true);
        conflicts.setMaxWidth(520);
        TextField reason = new TextField();
        reason.setId("manual-reason");
        reason.setPromptText(Messages.get("contest.assignment.reasonPrompt"));
        Runnable check = () -> {
            conflicts.setText("");
            ContestTables.warning(conflicts, false);
            if (f.app.getValue() != null && f.expert.getValue() != null) {
                long a = f.app.getValue().id();
                long p = f.expert.getValue().id();
                vm.conflictsOf(p, a, found -> {
                    if (f.app.getValue() != null && f.expert.getValue() != null && f.app.getValue().id() == a
                            && f.expert.getValue().id() == p) {
                        conflicts.setText(found.isEmpty() ? Messages.get("contest.assignment.noConflict")
                                : Messages.get("contest.assignment.hasConflict",
                                found.stream().map(Conflict::describe).collect(Collectors.joining("; "))));
                        ContestTables.warning(conflicts, !found.isEmpty());
                    }
                });
            }
        };
        f.app.valueProperty().addListener((o, a, b) -> check.run());
        f.expert.valueProperty().addListener((o, a, b) -> check.run());
        f.row("contest.col.purpose", purpose).under(conflicts).row("contest.assignment.reason", reason);
        f.show("contest.assignment.manual", "contest.assignment.assign", "manual-assign", (close, refused) -> {
            Fx.markInvalid(reason, false);
            vm.assign(f.app.getValue().id(), f.expert.getValue().id(), purpose.getValue(), reason.getText(), close,
                    text -> {
                        refused.accept(text);
                        Fx.markInvalid(reason, true);
                        reason.requestFocus();
                    });
        });
    }

    private void declare(AssignmentService.Assignment current) {
        PairForm f = new PairForm("declare", current, true);
        TextField reason = new TextField();
        reason.setId("declare-reason");
        reason.setPromptText(Messages.get("contest.assignment.declareReasonPrompt"));
        Label hint = new Label(Messages.get("contest.assignment.declareHint"));
        hint.setWrapText(true);
        hint.setMaxWidth(520);
        f.row("contest.conflict.reason", reason).under(hint);
        f.show("contest.assignment.declare", "contest.assignment.declareOk", "declare-ok", (close, refused) ->
                vm.declare(f.expert.getValue().id(), f.app.getValue().id(), reason.getText(), close, refused));
    }

    /**
     * The application and the expert both forms start with (taken from the selected assignment), and a
     * dialog whose button runs in the background: it closes when the work is done, or shows the refusal
     * under the fields and stays open.
     */
    private final class PairForm {
        final ComboBox<ApplicationService.Row> app;
        final ComboBox<Person> expert;
        private final GridPane grid = new GridPane();
        private final String idPrefix;
        private int row;

        PairForm(String idPrefix, AssignmentService.Assignment current, boolean sameExpert) {
            this.idPrefix = idPrefix;
            app = Fx.searchableNullableCombo(vm.applications(), Messages.get("contest.assignment.chooseApplication"),
                    a -> Messages.get("contest.assignment.applicationLabel", a.regNumber(), a.organization(), a.topic()));
            app.setId(idPrefix + "-application");
            app.setPrefWidth(520);
            expert = Fx.searchableNullableCombo(vm.persons(), Messages.get("contest.experts.choose"), Person::fullName);
            expert.setId(idPrefix + "-expert");
            expert.setPrefWidth(520);
            if (current != null) {
                vm.applications().stream().filter(a -> a.id() == current.applicationId()).findFirst()
                        .ifPresent(app::setValue);
                if (sameExpert) {
                    vm.persons().stream().filter(p -> p.id() == current.expertId()).findFirst().ifPresent(expert::setValue);
                }
            }
            grid.setHgap(10);
            grid.setVgap(8);
            grid.setPadding(new Insets(10));
            row("contest.assignment.application", app).row("contest.col.expert", expert);
        }

        PairForm row(String labelKey, Node control) {
            grid.addRow(row++, new Label(Messages.get(labelKey)), control);
            return this;
        }

        PairForm under(Node node) {
            grid.add(node, 1, row++);
            return this;
        }

        void show(String titleKey, String okKey, String okId,
                  java.util.function.BiConsumer<Runnable, java.util.function.Consumer<String>> submit) {
            Label error = new Label();
            error.setId(idPrefix + "-error");
            ContestTables.warning(error, true);
            error.setWrapText(true);
            error.setMaxWidth(520);
            under(error);
            Dialog<ButtonType> d = new Dialog<>();
            d.initOwner(owner.get());
            d.setTitle(Messages.get(titleKey));
            Dialogs.resizable(d);
            d.getDialogPane().setContent(grid);
            ButtonType ok = new ButtonType(Messages.get(okKey), ButtonBar.ButtonData.OK_DONE);
            d.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(Messages.get("button.cancel"),
                    ButtonBar.ButtonData.CANCEL_CLOSE));
            Button okButton = (Button) d.getDialogPane().lookupButton(ok);
            okButton.setId(okId);
            okButton.disableProperty().bind(app.valueProperty().isNull().or(expert.valueProperty().isNull()));
            okButton.addEventFilter(ActionEvent.ACTION, e -> {
                e.consume();
                error.setText("");
                submit.accept(() -> {
                    d.setResult(ok);
                    d.close();
                }, error::setText);
            });
            d.showAndWait();
        }
    }

    private static Button button(String key, String id) {
        Button b = new Button(Messages.get(key));
        b.setId(id);
        return b;
    }
}
