package ru.knmc.innonet.contest;

import java.io.File;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import ru.knmc.innonet.app.Dialogs;
import ru.knmc.innonet.app.FormDialog;
import ru.knmc.innonet.app.Fx;
import ru.knmc.innonet.common.Dates;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.ValidationException;
import ru.knmc.innonet.registry.LegalOrder;

/**
 * «Отчёты площадок»: for an evaluation of sites' annual or intermediate public reports, the sites under
 * evaluation (a status assignment and its report file). The experts score them by the contest's
 * criteria as any application (sheets, ranking); the decision is «continue» or «end the status», and
 * «Прекратить статус по приказу» ends the statuses so decided through the registry.
 */
final class SiteReportsPane {
    private final ContestViewModel vm;
    private final ContestWorkViewModel work;
    private final BorderPane root = new BorderPane();
    private final TableView<ApplicationService.Row> table = new TableView<>();

    SiteReportsPane(ContestViewModel vm) {
        this.vm = vm;
        this.work = vm.work();
        TextField search = new TextField();
        search.setId("reports-search");
        search.setPromptText(Messages.get("contest.work.searchPrompt"));
        search.setTooltip(new Tooltip("Ctrl+F"));
        FilteredList<ApplicationService.Row> filtered = new FilteredList<>(work.reports());
        search.textProperty().addListener((o, a, b) -> filtered.setPredicate(ContestWorkViewModel.matcher(b)));
        SortedList<ApplicationService.Row> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setId("reports-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label(Messages.get("contest.report.none")));
        table.getColumns().add(ContestView.column("contest.col.number", 45, r -> r.regNumber()));
        table.getColumns().add(ContestView.column("contest.report.col.site", 220, ApplicationService.Row::organization));
        table.getColumns().add(ContestView.column("contest.col.subsystem", 150, r -> r.subsystem().displayName()));
        table.getColumns().add(ContestView.column("contest.report.col.topic", 360, ApplicationService.Row::topic));
        table.getColumns().add(ContestView.column("contest.col.decision", 170, r -> r.decision() == null ? ""
                : r.decision().displayName()));
        BooleanBinding notReports = Bindings.createBooleanBinding(() -> vm.contestProperty().get() == null
                || vm.contestProperty().get().kind() != ContestKind.REPORT, vm.contestProperty());
        var selected = table.getSelectionModel().selectedItemProperty();
        Button add = button("contest.report.add", "reports-add");
        add.disableProperty().bind(notReports);
        add.setOnAction(e -> addReport());
        Button open = button("contest.report.open", "reports-open");
        open.disableProperty().bind(selected.isNull());
        open.setOnAction(e -> work.openFirstAttachment(selected.get().id(), t -> Dialogs.error(window(), t)));
        Button decide = button("contest.work.decide", "reports-decide");
        decide.disableProperty().bind(selected.isNull());
        decide.setOnAction(e -> decide(selected.get()));
        Button delete = button("contest.work.delete", "reports-delete");
        delete.disableProperty().bind(selected.isNull());
        delete.setOnAction(e -> delete(selected.get()));
        Button end = button("contest.report.end", "reports-end");
        end.disableProperty().bind(notReports);
        end.setOnAction(e -> vm.orders(orders -> endDialog(orders).ifPresent(r -> work.endStatuses(r.order(), r.end()))));
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DELETE && selected.get() != null) {
                delete(selected.get());
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && selected.get() != null) {
                decide(selected.get());
                e.consume();
            }
        });
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN).match(e)) {
                search.requestFocus();
                e.consume();
            }
        });
        Label hint = new Label();
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        hint.textProperty().bind(Bindings.createStringBinding(() -> {
            Contest c = vm.contestProperty().get();
            return c != null && c.kind() == ContestKind.REPORT ? Messages.get("contest.report.hint")
                    : Messages.get("contest.report.notThisKind");
        }, vm.contestProperty()));
        FlowPane bar = new FlowPane(8, 6, search, add, open, decide, delete, end);
        VBox top = new VBox(6, bar, hint);
        top.setPadding(new Insets(6, 0, 6, 0));
        root.setTop(top);
        root.setCenter(table);
        root.setPadding(new Insets(4, 8, 8, 8));
    }

    private record Added(SiteReportService.Site site, File file, LocalDate on) {
    }

    private void addReport() {
        // the sites in force during the evaluation's academic year (today, or its last day when it is over)
        LocalDate yearEnd = work.contest().year().end();
        work.sitesToReport(LocalDate.now().isBefore(yearEnd) ? LocalDate.now() : yearEnd, sites -> {
            ComboBox<SiteReportService.Site> site = Fx.searchableNullableCombo(sites, Messages.get("contest.form.choose"),
                    s -> Messages.get("contest.report.siteLine", s.organization(), s.statusKind(),
                            s.topic() == null ? "" : s.topic(), Dates.format(s.start()), Dates.format(s.end())));
            site.setId("report-site");
            site.setPrefWidth(560);
            File[] file = new File[1];
            TextField path = new TextField();
            path.setId("report-file");
            path.setEditable(false);
            path.setPrefColumnCount(36);
            HBox.setHgrow(path, javafx.scene.layout.Priority.ALWAYS);
            Button browse = new Button(Messages.get("button.browse"));
            browse.setOnAction(e -> {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(Messages.get("contest.report.file"));
                File f = chooser.showOpenDialog(window());
                if (f != null) {
                    file[0] = f;
                    path.setText(f.getAbsolutePath());
                }
            });
            DatePicker on = Fx.datePicker();
            on.setValue(LocalDate.now().isBefore(yearEnd) ? LocalDate.now() : yearEnd);
            new FormDialog().field("contest.report.col.site", site).field("contest.report.file", new HBox(6, path, browse))
                    .field("contest.form.submitted", on)
                    .show(window(), Messages.get("contest.report.addTitle"), "report", () -> {
                        if (site.getValue() == null) {
                            throw new ValidationException("site", "validation.required",
                                    Messages.get("contest.report.col.site"));
                        }
                        if (file[0] == null) {
                            throw new ValidationException("file", "validation.required", Messages.get("contest.report.file"));
                        }
                        return new Added(site.getValue(), file[0], on.getValue());
                    }).ifPresent(a -> work.addReport(a.site(), a.file().toPath(), a.on()));
        });
    }

    private void decide(ApplicationService.Row row) {
        work.application(row.id(), a -> ApplicationActions.decisionDialog(window(), work, a)
                .ifPresent(d -> work.decide(a.id(), d.decision(), d.note())));
    }

    private void delete(ApplicationService.Row row) {
        if (Dialogs.confirm(window(), Messages.get("contest.work.deleteConfirm", row.regNumber(), row.organization()),
                Messages.get("contest.work.delete"))) {
            work.delete(row);
        }
    }

    private record Ending(LegalOrder order, LocalDate end) {
    }

    private Optional<Ending> endDialog(List<LegalOrder> orders) {
        List<LegalOrder> sorted = new ArrayList<>(orders);
        sorted.sort(java.util.Comparator.comparing(LegalOrder::date).reversed());
        ComboBox<LegalOrder> order = Fx.searchableNullableCombo(sorted, Messages.get("contest.grant.chooseOrder"),
                o -> Messages.get("contest.grant.orderLabel", o.number(), Dates.format(o.date()), o.title()));
        order.setId("end-order");
        order.setPrefWidth(480);
        DatePicker end = Fx.datePicker();
        end.setId("end-date");
        end.setValue(LocalDate.now());
        Label hint = new Label(Messages.get("contest.report.endHint"));
        hint.setWrapText(true);
        hint.setMaxWidth(480);
        return new FormDialog().field("contest.grant.order", order).field("contest.report.endDate", end)
                .field("contest.report.whatHappens", hint)
                .show(window(), Messages.get("contest.report.endTitle"), "end", () -> {
                    if (order.getValue() == null) {
                        throw new ValidationException("order", "validation.required", Messages.get("contest.grant.order"));
                    }
                    if (end.getValue() == null) {
                        throw new ValidationException("end", "validation.required", Messages.get("contest.report.endDate"));
                    }
                    return new Ending(order.getValue(), end.getValue());
                });
    }

    private static Button button(String key, String id) {
        Button b = new Button(Messages.get(key));
        b.setId(id);
        return b;
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    Node root() {
        return root;
    }
}
