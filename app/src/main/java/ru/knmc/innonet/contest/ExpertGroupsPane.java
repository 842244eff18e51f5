package ru.knmc.innonet.contest;

import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import ru.knmc.innonet.app.Dialogs;
import ru.knmc.innonet.app.Fx;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.registry.Person;

/** «Эксперты»: the year's expert groups by subsystem and the expert council, their members and chairs. */
final class ExpertGroupsPane {
    private final ExpertGroupsViewModel vm;
    private final Supplier<Window> owner;

    ExpertGroupsPane(ExpertGroupsViewModel vm, Supplier<Window> owner) {
        this.vm = vm;
        this.owner = owner;
    }

    Node build() {
        TableView<ExpertGroupsViewModel.Slot> groups = new TableView<>(vm.slots());
        groups.setId("expert-groups");
        groups.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        groups.getColumns().add(ContestTables.column("contest.experts.col.group", 220, s -> s.subsystem() == null
                ? Messages.get("contest.experts.council") : s.subsystem().displayName()));
        groups.getColumns().add(ContestTables.column("contest.experts.col.chair", 140, ExpertGroupsViewModel.Slot::chair));
        groups.getColumns().add(ContestTables.column("contest.experts.col.size", 70, ExpertGroupsViewModel.Slot::size));
        groups.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && b != vm.slotProperty().get()) {
                vm.slotProperty().set(b);
            }
        });
        vm.slotProperty().addListener((o, a, b) -> {
            if (b != null && groups.getSelectionModel().getSelectedItem() != b) {
                groups.getSelectionModel().select(b);
            }
        });
        Label yearHint = new Label(Messages.get("contest.experts.hint"));
        yearHint.setWrapText(true);
        yearHint.getStyleClass().add("hint");
        VBox left = new VBox(6, groups, yearHint);
        VBox.setVgrow(groups, Priority.ALWAYS);
        left.setPadding(new Insets(4, 8, 8, 8));

        ComboBox<Person> person = Fx.searchableNullableCombo(vm.persons(), Messages.get("contest.experts.choose"),
                p -> vm.organization(p).isEmpty() ? p.fullName() : p.fullName() + " — " + vm.organization(p));
        person.setId("experts-person");
        person.setPrefWidth(420);
        Button add = button("contest.experts.add", "experts-add");
        add.disableProperty().bind(person.valueProperty().isNull().or(vm.slotProperty().isNull()));
        add.setOnAction(e -> {
            vm.add(person.getValue());
            person.setValue(null);
        });
        TableView<ExpertGroupsViewModel.Member> members = new TableView<>();
        members.setId("experts-members");
        members.setPlaceholder(ContestTables.placeholder("contest.experts.none"));
        members.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        members.getColumns().add(ContestTables.column("contest.experts.col.name", 230, m -> m.person().fullName()));
        members.getColumns().add(ContestTables.column("contest.experts.col.organization", 180, ExpertGroupsViewModel.Member::organization));
        members.getColumns().add(ContestTables.column("contest.experts.col.position", 160,
                m -> m.person().position() == null ? "" : m.person().position()));
        members.getColumns().add(ContestTables.column("contest.experts.col.isChair", 100,
                m -> m.chair() ? Messages.get("contest.experts.chairYes") : ""));
        BorderPane list = ContestTables.searchable(members, vm.members(), m -> ContestTables.joined(m.person().fullName(),
                m.organization(), m.person().position()), this::remove);
        var selected = members.getSelectionModel().selectedItemProperty();
        Button chair = button("contest.experts.makeChair", "experts-chair");
        chair.disableProperty().bind(selected.isNull());
        chair.setOnAction(e -> vm.makeChair(selected.get()));
        Button remove = button("contest.experts.remove", "experts-remove");
        remove.disableProperty().bind(selected.isNull());
        remove.setOnAction(e -> remove(selected.get()));
        Label heading = new Label();
        heading.getStyleClass().add("section-title");
        heading.textProperty().bind(Bindings.createStringBinding(() -> vm.slotProperty().get() == null ? ""
                : Messages.get("contest.experts.heading", groupName(vm.slotProperty().get()),
                new ru.knmc.innonet.common.AcademicYear(vm.slotProperty().get().academicYear()).toString()), vm.slotProperty()));
        HBox addRow = new HBox(8, person, add);
        addRow.setAlignment(Pos.CENTER_LEFT);
        VBox right = new VBox(6, heading, addRow, new HBox(8, chair, remove), list);
        VBox.setVgrow(list, Priority.ALWAYS);
        right.setPadding(new Insets(4, 8, 8, 8));
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.36);
        BorderPane root = new BorderPane(split);
        root.setId("contest-experts");
        return root;
    }

    private void remove(ExpertGroupsViewModel.Member m) {
        if (Dialogs.confirm(owner.get(), Messages.get("contest.experts.removeConfirm", m.person().fullName()),
                Messages.get("contest.experts.remove"))) {
            vm.remove(m);
        }
    }

    static String groupName(ExpertGroupsViewModel.Slot s) {
        return s.subsystem() == null ? Messages.get("contest.experts.council")
                : Messages.get("contest.experts.group", s.subsystem().displayName());
    }

    private static Button button(String key, String id) {
        Button b = new Button(Messages.get(key));
        b.setId(id);
        return b;
    }
}
