package ru.knmc.innonet.contest;

import ru.knmc.innonet.app.Dialogs;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import ru.knmc.innonet.app.Fx;
import ru.knmc.innonet.common.Dates;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.registry.LegalOrder;
import ru.knmc.innonet.registry.OrgType;
import ru.knmc.innonet.registry.Organization;

/** The contest's small forms: the formal check, the applicant of a passport read from Word, the status grant. */
final class ContestDialogs {
    private ContestDialogs() {
    }

    private static <T> Dialog<T> dialog(Window owner, String title, GridPane content, String okKey, String okId) {
        Dialog<T> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(title);
        Dialogs.resizable(d);
        content.setHgap(10);
        content.setVgap(8);
        content.setPadding(new Insets(10));
        d.getDialogPane().setContent(content);
        d.getDialogPane().setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        d.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        d.getDialogPane().setPrefWidth(720);
        ButtonType ok = new ButtonType(Messages.get(okKey), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(Messages.get("button.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        ((Button) d.getDialogPane().lookupButton(ok)).setId(okId);
        return d;
    }

    private static boolean isOk(ButtonType b) {
        return b != null && b.getButtonData() == ButtonBar.ButtonData.OK_DONE;
    }

    /** The checklist: each item passed or not, with the reason the applicant will read; a reason is required. */
    static Optional<List<FormalCheck>> formalCheck(Window owner, ApplicationService.Row app, List<FormalCheck> previous) {
        GridPane g = new GridPane();
        Label heading = new Label(Messages.get("contest.formal.heading", app.regNumber(), app.organization()));
        heading.setWrapText(true);
        heading.setMaxWidth(680);
        g.add(heading, 0, 0, 2, 1);
        List<CheckBox> boxes = new ArrayList<>();
        List<TextField> reasons = new ArrayList<>();
        int row = 1;
        for (FormalItem item : FormalItem.values()) {
            FormalCheck old = previous.stream().filter(c -> c.item() == item).findFirst().orElse(null);
            CheckBox box = new CheckBox(item.displayName());
            box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            box.setId("formal-" + item.name());
            box.setSelected(old == null || old.passed());
            TextField reason = new TextField(old == null || old.reason() == null ? "" : old.reason());
            reason.setPromptText(Messages.get("contest.formal.reasonPrompt"));
            reason.setPrefColumnCount(32);
            reason.disableProperty().bind(box.selectedProperty());
            boxes.add(box);
            reasons.add(reason);
            g.addRow(row++, box, reason);
        }
        Label error = new Label();
        error.getStyleClass().add("field-error");
        g.add(error, 0, row, 2, 1);
        Dialog<List<FormalCheck>> d = dialog(owner, Messages.get("contest.action.formalCheck"), g,
                "contest.formal.save", "formal-save");
        ButtonType ok = d.getDialogPane().getButtonTypes().get(0);
        d.getDialogPane().lookupButton(ok).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            for (int i = 0; i < boxes.size(); i++) {
                if (!boxes.get(i).isSelected() && reasons.get(i).getText().isBlank()) {
                    error.setText(Messages.get("contest.formal.reasonRequired", FormalItem.values()[i].displayName()));
                    e.consume();
                    return;
                }
            }
        });
        d.setResultConverter(b -> {
            if (!isOk(b)) {
                return null;
            }
            List<FormalCheck> out = new ArrayList<>();
            for (int i = 0; i < boxes.size(); i++) {
                out.add(new FormalCheck(FormalItem.values()[i], boxes.get(i).isSelected(), reasons.get(i).getText()));
            }
            return out;
        });
        return d.showAndWait();
    }

    record Applicant(Organization organization, Subsystem subsystem) {
    }

    /** Who submitted a passport read from Word: an organization of the registry and its subsystem. */
    static Optional<Applicant> applicant(Window owner, List<Organization> organizations) {
        GridPane g = new GridPane();
        ComboBox<Organization> org = Fx.searchableNullableCombo(organizations, Messages.get("contest.import.chooseOrg"),
                Organization::shortName);
        org.setId("import-organization");
        org.setPrefWidth(380);
        ComboBox<Subsystem> sub = Fx.combo(List.of(Subsystem.values()), Subsystem::displayName);
        sub.setId("import-subsystem");
        org.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                sub.setValue(b.type() == OrgType.PRESCHOOL ? Subsystem.PRESCHOOL
                        : b.type() == OrgType.ADDITIONAL ? Subsystem.ADDITIONAL : Subsystem.GENERAL);
            }
        });
        g.addRow(0, new Label(Messages.get("contest.col.organization")), org);
        g.addRow(1, new Label(Messages.get("contest.col.subsystem")), sub);
        Dialog<Applicant> d = dialog(owner, Messages.get("contest.action.newFromWord"), g, "contest.import.create",
                "import-create");
        d.getDialogPane().lookupButton(d.getDialogPane().getButtonTypes().get(0)).disableProperty()
                .bind(org.valueProperty().isNull().or(sub.valueProperty().isNull()));
        d.setResultConverter(b -> isOk(b) ? new Applicant(org.getValue(), sub.getValue()) : null);
        return d.showAndWait();
    }

    record Grant(LegalOrder order, LocalDate from, LocalDate to) {
    }

    /** The signed order and the period of the winners' МИП status. */
    static Optional<Grant> grant(Window owner, List<LegalOrder> orders, Contest contest) {
        GridPane g = new GridPane();
        List<LegalOrder> sorted = new ArrayList<>(orders);
        sorted.sort(java.util.Comparator.comparing(LegalOrder::date).reversed());
        ComboBox<LegalOrder> order = Fx.searchableNullableCombo(sorted, Messages.get("contest.grant.chooseOrder"),
                o -> Messages.get("contest.grant.orderLabel", o.number(), Dates.format(o.date()), o.title()));
        order.setPrefWidth(480);
        DatePicker from = Fx.datePicker();
        from.setValue(contest.year().next().start());
        DatePicker to = Fx.datePicker();
        to.setValue(contest.year().next().next().next().end());
        g.addRow(0, new Label(Messages.get("contest.grant.order")), order);
        g.addRow(1, new Label(Messages.get("contest.grant.from")), from);
        g.addRow(2, new Label(Messages.get("contest.grant.to")), to);
        Label hint = new Label(Messages.get("contest.grant.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(560);
        g.add(hint, 0, 3, 2, 1);
        Dialog<Grant> d = dialog(owner, Messages.get("contest.action.grant"), g, "contest.grant.apply", "grant-apply");
        d.getDialogPane().lookupButton(d.getDialogPane().getButtonTypes().get(0)).disableProperty()
                .bind(order.valueProperty().isNull().or(from.valueProperty().isNull()).or(to.valueProperty().isNull()));
        d.setResultConverter(b -> isOk(b) ? new Grant(order.getValue(), from.getValue(), to.getValue()) : null);
        return d.showAndWait();
    }

}
