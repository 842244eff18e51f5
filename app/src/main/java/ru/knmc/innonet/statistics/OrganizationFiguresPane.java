package ru.knmc.innonet.statistics;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import ru.knmc.innonet.app.Dialogs;
import ru.knmc.innonet.app.Fx;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.ValidationException;
import ru.knmc.innonet.registry.EditDialog;
import ru.knmc.innonet.registry.Organization;
import ru.knmc.innonet.registry.RegistryEntry;

/**
 * «Организации»: each organization's rating, teaching staff and teachers involved in the chosen year, the data the
 * indicators are computed from; add an organization's figures or change them.
 */
final class OrganizationFiguresPane {
    private final StatisticsViewModel vm;
    private final Supplier<Window> owner;
    private final ObservableList<OrganizationFigures> rows = FXCollections.observableArrayList();
    private final OrganizationYearService service;

    OrganizationFiguresPane(StatisticsViewModel vm, Supplier<Window> owner) {
        this.vm = vm;
        this.owner = owner;
        this.service = new OrganizationYearService(vm.services().database().dsl());
        vm.yearProperty().addListener((o, a, b) -> reload());
    }

    private void reload() {
        Integer y = vm.yearProperty().get();
        if (y != null) {
            vm.background().run(() -> service.figures(y), rows::setAll, t -> Dialogs.error(owner.get(), t));
        }
    }

    Node build() {
        TableView<OrganizationFigures> table = new TableView<>(rows);
        table.setId("organization-figures-table");
        table.setPlaceholder(new Label(Messages.get("table.empty")));
        table.getColumns().add(StatisticsView.column("participants.column.organization", OrganizationFigures::organizationName, 320));
        table.getColumns().add(StatisticsView.column("field.organizationYear.rating",
                f -> f.rating() == null ? "" : StatisticsView.number(f.rating()), 110));
        table.getColumns().add(StatisticsView.column("field.organizationYear.staffCount", OrganizationFigures::staffCount, 110));
        table.getColumns().add(StatisticsView.column("field.organizationYear.projectTeachers", OrganizationFigures::projectTeachers, 200));
        table.getColumns().add(StatisticsView.column("field.organizationYear.productTeachers", OrganizationFigures::productTeachers, 200));
        Label year = new Label();
        year.textProperty().bind(vm.yearProperty().asString(Messages.get("indicator.year.format")));
        Button add = new Button(Messages.get("organizationYear.action.add"));
        add.setOnAction(e -> open(null));
        Button edit = new Button(Messages.get("events.action.edit"));
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> open(table.getSelectionModel().getSelectedItem()));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !edit.isDisabled()) {
                edit.fire();
            }
        });
        HBox bar = new HBox(8, year, add, edit);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        BorderPane pane = new BorderPane(table);
        pane.setTop(bar);
        reload();
        return pane;
    }

    private void open(OrganizationFigures f) {
        Integer y = vm.yearProperty().get();
        List<Organization> orgs = f != null ? List.of() : vm.services().registry().load().stream().map(RegistryEntry::organization).toList();
        ComboBox<Organization> org = Fx.searchableNullableCombo(orgs, Messages.get("events.host.none"), Organization::shortName);
        TextField rating = new TextField(f == null || f.rating() == null ? "" : StatisticsView.number(f.rating()));
        TextField staff = new TextField(f == null || f.staffCount() == null ? "" : String.valueOf(f.staffCount()));
        TextField projects = new TextField(f == null || f.projectTeachers() == null ? "" : String.valueOf(f.projectTeachers()));
        TextField products = new TextField(f == null || f.productTeachers() == null ? "" : String.valueOf(f.productTeachers()));
        EditDialog dialog = new EditDialog();
        if (f == null) {
            dialog.field("participants.column.organization", org);
        }
        dialog.field("field.organizationYear.rating", rating).field("field.organizationYear.staffCount", staff)
                .field("field.organizationYear.projectTeachers", projects).field("field.organizationYear.productTeachers", products)
                .show(owner.get(), Messages.get("organizationYear.dialog", y, f == null ? "" : f.organizationName()), "organization-year", () -> {
                    Long id = f != null ? Long.valueOf(f.organizationId()) : org.getValue() == null ? null : org.getValue().id();
                    if (id == null) {
                        throw new ValidationException("organization", "validation.required", Messages.get("participants.column.organization"));
                    }
                    BigDecimal r = null;
                    String text = rating.getText() == null ? "" : rating.getText().strip().replace(',', '.').replace(" ", "");
                    if (!text.isEmpty()) {
                        try {
                            r = new BigDecimal(text);
                        } catch (NumberFormatException ex) {
                            throw new ValidationException("rating", "validation.number.decimal", Messages.get("field.organizationYear.rating"));
                        }
                    }
                    service.save(new OrganizationFigures(id, f == null ? "" : f.organizationName(), y, r,
                            ru.knmc.innonet.event.EventsView.integer(staff, "field.organizationYear.staffCount"),
                            ru.knmc.innonet.event.EventsView.integer(projects, "field.organizationYear.projectTeachers"),
                            ru.knmc.innonet.event.EventsView.integer(products, "field.organizationYear.productTeachers"),
                            f == null ? -1 : f.version()));
                    reload();
                    vm.refresh();
                    return id;
                });
    }
}
