package ru.knmc.innonet.council;

import java.io.File;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import ru.knmc.innonet.app.Dialogs;
import ru.knmc.innonet.app.Fx;
import ru.knmc.innonet.app.RecordTable;
import ru.knmc.innonet.common.AcademicYear;
import ru.knmc.innonet.common.Dates;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.network.NetworksView;
import ru.knmc.innonet.registry.LegalOrder;

/**
 * «Совет»: meetings (agenda in order with a live print preview, attendance, the protocol per item),
 * the register of decisions, and the composition per academic year.
 */
public final class CouncilView {
    private final CouncilViewModel vm;
    private final Supplier<Window> owner;
    private final CouncilDialogs dialogs;
    private final BorderPane root = new BorderPane();
    private final TableView<MeetingSummary> meetings = new TableView<>();
    private final ScrollPane preview = new ScrollPane();
    private final List<Runnable> exports = new java.util.ArrayList<>();
    private final HBox exportBox = new HBox(6);

    public CouncilView(CouncilViewModel vm, Supplier<Window> owner) {
        this.vm = vm;
        this.owner = owner;
        this.dialogs = new CouncilDialogs(vm, owner);
        root.setId("council-view");
        Label title = new Label(Messages.get("council.section.title"));
        title.getStyleClass().add("section-title");
        Label message = new Label();
        message.textProperty().bind(vm.message());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(10, title, spacer, message);
        head.getStyleClass().add("toolbar-row");
        root.setTop(head);
        TabPane tabs = new TabPane(tab("council.tab.meetings", meetingsPane()), tab("council.tab.decisions", decisionsPane()),
                tab("council.tab.composition", compositionPane()));
        tabs.setId("council-tabs");
        root.setCenter(tabs);
        root.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::newMeeting);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::save);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), this::print);
            }
        });
        vm.paper().addListener((o, a, p) -> showPage(p));
        preview.viewportBoundsProperty().addListener((o, a, b) -> {
            if (a == null || Math.abs(a.getWidth() - b.getWidth()) > 1) {
                showPage(vm.paper().get());
            }
        });
        vm.load();
    }

    /** The agenda page, scaled down to the preview's width so that the whole page is seen. */
    private void showPage(MeetingPaper p) {
        javafx.scene.layout.VBox page = AgendaPage.build(p);
        double width = preview.getViewportBounds() == null ? 0 : preview.getViewportBounds().getWidth();
        double scale = width <= 0 ? 1 : Math.min(1, (width - 8) / AgendaPage.WIDTH);
        page.setScaleX(scale);
        page.setScaleY(scale);
        preview.setContent(new javafx.scene.Group(page));
    }

    public BorderPane root() {
        return root;
    }

    /** Adds a document button to the meeting toolbar (the Word agenda and protocol). */
    public void addExport(Button b) {
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.disableProperty().bind(vm.current().isNull().or(vm.dirty()));
        exportBox.getChildren().add(b);
    }

    public CouncilViewModel viewModel() {
        return vm;
    }

    private static Tab tab(String key, Node content) {
        Tab t = new Tab(Messages.get(key), content);
        t.setClosable(false);
        return t;
    }

    private Node meetingsPane() {
        meetings.setId("meetings-table");
        meetings.setItems(vm.meetings());
        meetings.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        meetings.getColumns().add(NetworksView.column("council.col.number", m -> String.valueOf(m.number()), 40));
        meetings.getColumns().add(NetworksView.column("council.col.date", m -> Dates.format(m.date()), 90));
        meetings.getColumns().add(NetworksView.column("council.col.status", m -> m.status().displayName(), 100));
        meetings.getColumns().add(NetworksView.column("council.col.items", m -> String.valueOf(m.items()), 60));
        meetings.getSelectionModel().selectedItemProperty().addListener((o, a, m) -> {
            if (m != null && (vm.current().get() == null || !Long.valueOf(m.id()).equals(vm.current().get().id()))) {
                guard(() -> vm.open(m.id()));
            }
        });
        Button add = new Button(Messages.get("council.meeting.new"));
        add.setId("meeting-new");
        add.setOnAction(e -> newMeeting());
        Button delete = new Button(Messages.get("council.meeting.delete"));
        delete.setOnAction(e -> {
            Meeting m = vm.current().get();
            if (m != null && m.id() != null && Dialogs.confirm(owner.get(),
                    Messages.get("council.meeting.deleteConfirm", m.number(), Dates.format(m.date())), Messages.get("council.meeting.delete"))) {
                vm.delete();
            }
        });
        VBox left = new VBox(6, new HBox(6, add, delete), meetings);
        left.setPadding(new Insets(6));
        VBox.setVgrow(meetings, Priority.ALWAYS);
        preview.setId("agenda-preview");
        showPage(null);
        preview.setFitToWidth(false);
        Label previewTitle = new Label(Messages.get("council.preview.title"));
        previewTitle.getStyleClass().add("subsection-title");
        VBox right = new VBox(4, previewTitle, preview);
        right.setPadding(new Insets(6));
        VBox.setVgrow(preview, Priority.ALWAYS);
        SplitPane split = new SplitPane(left, editor(), right);
        split.setDividerPositions(0.2, 0.6);
        return split;
    }

    private void newMeeting() {
        guard(() -> {
            meetings.getSelectionModel().clearSelection();
            vm.newMeeting();
        });
    }

    private void guard(Runnable next) {
        Dialogs.afterUnsaved(owner.get(), Messages.get("council.meeting.what"), vm.dirty(), vm::save, next);
    }

    private void save() {
        if (vm.current().get() != null) {
            vm.save(() -> { });
        }
    }

    /** The system print dialog, then the agenda page as the preview shows it. */
    private void print() {
        if (vm.paper().get() == null) {
            return;
        }
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            Dialogs.info(owner.get(), Messages.get("council.print.noPrinter"));
            return;
        }
        if (job.showPrintDialog(owner.get())) {
            boolean printed = job.printPage(AgendaPage.build(vm.paper().get()));
            if (printed) {
                job.endJob();
                vm.message().set(Messages.get("council.print.done"));
            } else {
                Dialogs.info(owner.get(), Messages.get("council.print.failed"));
            }
        }
    }

    private Node editor() {
        Button save = new Button(Messages.get("button.save"));
        save.setId("meeting-save");
        save.setOnAction(e -> save());
        Button print = new Button(Messages.get("council.print"));
        print.setId("meeting-print");
        print.setOnAction(e -> print());
        print.disableProperty().bind(vm.paper().isNull());
        Label error = new Label();
        error.setId("meeting-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(vm.error());
        TextField number = new TextField();
        number.setId("meeting-number");
        number.setPrefColumnCount(3);
        number.setMinWidth(Region.USE_PREF_SIZE);
        number.textProperty().bindBidirectional(vm.number());
        DatePicker date = Fx.datePicker();
        date.setId("meeting-date");
        date.setMinWidth(Region.USE_PREF_SIZE);
        date.valueProperty().bindBidirectional(vm.date());
        TextField time = new TextField();
        time.setId("meeting-time");
        time.setPrefColumnCount(4);
        time.setMinWidth(Region.USE_PREF_SIZE);
        time.textProperty().bindBidirectional(vm.time());
        TextField place = new TextField();
        place.setId("meeting-place");
        place.textProperty().bindBidirectional(vm.place());
        ComboBox<MeetingStatus> status = Fx.combo(List.of(MeetingStatus.values()), MeetingStatus::displayName);
        status.valueProperty().bindBidirectional(vm.status());
        status.setMinWidth(Region.USE_PREF_SIZE);
        status.setPrefWidth(150);
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.addRow(0, fixed("council.meeting.number"), new HBox(8, number, fixed("field.meeting.date"), date,
                fixed("council.meeting.time"), time, fixed("field.meeting.status"), status));
        g.addRow(1, fixed("council.meeting.place"), place);
        GridPane.setHgrow(place, Priority.ALWAYS);
        AgendaList agenda = new AgendaList(vm, dialogs);
        TabPane parts = new TabPane(tab("council.tab.agenda", agenda.root()), tab("council.tab.attendance", attendance()));
        for (Button b : List.of(save, print)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(8, 6, save, print, exportBox);
        VBox box = new VBox(8, bar, error, g, parts);
        box.setPadding(new Insets(6));
        VBox.setVgrow(parts, Priority.ALWAYS);
        box.disableProperty().bind(vm.current().isNull());
        return box;
    }

    private static Label fixed(String key) {
        Label l = new Label(Messages.get(key));
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.setMaxHeight(Double.MAX_VALUE);
        return l;
    }

    private Node attendance() {
        RecordTable<Attendee> table = new RecordTable<>("attendance", vm.attendance(),
                () -> dialogs.guest().map(p -> new Attendee(p.id(), true, true)),
                a -> a.map(x -> new Attendee(x.personId(), x.guest(), !x.present())))
                .column("council.attendance.person", a -> vm.personName(a.personId()), 180)
                .column("council.attendance.kind", a -> Messages.get(a.guest() ? "council.attendance.guest" : "council.attendance.member"), 120)
                .column("council.attendance.present", a -> Messages.get(a.present() ? "council.attendance.yes" : "council.attendance.no"), 120);
        Button fill = new Button(Messages.get("council.attendance.fill"));
        fill.setId("attendance-fill");
        fill.setOnAction(e -> vm.fillAttendance());
        table.extraButton(fill);
        Label hint = new Label(Messages.get("council.attendance.hint"));
        hint.getStyleClass().add("hint");
        VBox box = new VBox(4, hint, table.root());
        VBox.setVgrow(table.root(), Priority.ALWAYS);
        return box;
    }

    private Node decisionsPane() {
        TextField words = new TextField();
        words.setId("decisions-search");
        words.setPromptText(Messages.get("council.decisions.search"));
        words.setPrefWidth(300);
        words.textProperty().bindBidirectional(vm.decisionWords());
        ComboBox<DecisionFilter.State> state = Fx.combo(List.of(DecisionFilter.State.values()),
                s -> Messages.get("council.decisions.state." + s.name()));
        state.setId("decisions-state");
        state.valueProperty().bindBidirectional(vm.decisionState());
        TableView<DecisionRow> table = new TableView<>(vm.decisions());
        table.setId("decisions-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(NetworksView.column("council.decisions.meeting",
                r -> Messages.get("council.decisions.meetingRef", r.meetingNumber(), Dates.format(r.meetingDate())), 140));
        table.getColumns().add(NetworksView.column("council.point.no", DecisionRow::point, 45));
        table.getColumns().add(NetworksView.column("council.point.text", DecisionRow::text, 330));
        table.getColumns().add(NetworksView.column("council.point.responsible", DecisionRow::responsible, 150));
        table.getColumns().add(NetworksView.column("council.point.due", r -> Dates.format(r.dueDate()), 85));
        table.getColumns().add(NetworksView.column("council.point.done", r -> Dates.format(r.doneOn()), 85));
        table.getColumns().add(NetworksView.column("council.decisions.links", DecisionRow::links, 220));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(DecisionRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("reminder-overdue");
                if (!empty && item != null && item.overdueOn(java.time.LocalDate.now())) {
                    getStyleClass().add("reminder-overdue");
                }
            }
        });
        Button done = new Button(Messages.get("council.decisions.markDone"));
        done.setId("decisions-done");
        done.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        done.setOnAction(e -> {
            DecisionRow r = table.getSelectionModel().getSelectedItem();
            dialogs.doneDate().ifPresent(d -> vm.setDone(r, d));
        });
        Button reopen = new Button(Messages.get("council.decisions.reopen"));
        reopen.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        reopen.setOnAction(e -> vm.setDone(table.getSelectionModel().getSelectedItem(), null));
        HBox bar = new HBox(8, words, state, done, reopen);
        bar.setPadding(new Insets(6));
        VBox box = new VBox(bar, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private Node compositionPane() {
        ComboBox<AcademicYear> year = Fx.combo(vm.compositionYears(), AcademicYear::toString);
        year.setId("composition-year");
        year.valueProperty().bindBidirectional(vm.compositionYear());
        ComboBox<LegalOrder> order = Fx.searchableNullableCombo(vm.orders(), Messages.get("council.composition.noOrder"), LegalOrder::reference);
        order.valueProperty().bindBidirectional(vm.compositionOrder());
        order.setPrefWidth(380);
        RecordTable<CouncilMember> members = new RecordTable<>("composition", vm.compositionMembers(),
                () -> dialogs.member(Optional.empty()), dialogs::member)
                .column("council.member.person", m -> vm.personName(m.personId()), 180)
                .column("council.member.role", m -> m.role().displayName(), 180)
                .column("council.member.organization", m -> vm.orgName(m.organizationId()), 240);
        Button save = new Button(Messages.get("council.composition.save"));
        save.setId("composition-save");
        save.setOnAction(e -> vm.saveComposition());
        save.disableProperty().bind(vm.compositionYear().isNull());
        Button copy = new Button(Messages.get("council.composition.copy"));
        copy.setId("composition-copy");
        copy.setOnAction(e -> vm.copyLast());
        HBox bar = new HBox(8, new Label(Messages.get("field.council.year")), year, new Label(Messages.get("council.composition.order")),
                order, save, copy);
        bar.setPadding(new Insets(6));
        VBox box = new VBox(bar, members.root());
        VBox.setVgrow(members.root(), Priority.ALWAYS);
        box.setPadding(new Insets(0, 6, 6, 6));
        return box;
    }

    /** Asks where to save a document of the current meeting; null when the user cancels. */
    public File chooseFile(String titleKey, String fileName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get(titleKey));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Word", "*.docx"));
        chooser.setInitialFileName(fileName);
        return chooser.showSaveDialog(owner.get());
    }
}
