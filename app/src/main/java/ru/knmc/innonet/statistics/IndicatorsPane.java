package ru.knmc.innonet.statistics;

import java.math.BigDecimal;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import ru.knmc.innonet.app.Dialogs;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.ValidationException;
import ru.knmc.innonet.registry.EditDialog;

/**
 * «Целевые показатели»: each indicator's definition (target, unit, period, baseline, how the actual value is obtained)
 * with its actual value in the chosen year and where that value comes from; add, change and delete indicators,
 * enter a year's value by hand.
 */
final class IndicatorsPane {
    private final StatisticsViewModel vm;
    private final Supplier<Window> owner;

    IndicatorsPane(StatisticsViewModel vm, Supplier<Window> owner) {
        this.vm = vm;
        this.owner = owner;
    }

    Node build() {
        TableView<IndicatorActual> table = new TableView<>(vm.actuals());
        table.setId("indicator-table");
        table.setPlaceholder(new Label(Messages.get("table.empty")));
        table.getColumns().add(StatisticsView.column("field.indicator.title", a -> a.indicator().title(), 300));
        table.getColumns().add(StatisticsView.column("field.indicator.target", a -> value(a.indicator().target(), a.indicator()), 70));
        table.getColumns().add(StatisticsView.column("indicator.column.period", a -> period(a.indicator()), 90));
        table.getColumns().add(StatisticsView.column("indicator.column.baseline", a -> baseline(a.indicator()), 110));
        table.getColumns().add(StatisticsView.column("field.indicator.computation", a -> a.indicator().computation().displayName(), 200));
        table.getColumns().add(StatisticsView.column("indicator.column.actual", a -> a.value() == null ? "—"
                : value(a.value(), a.indicator()), 70));
        table.getColumns().add(StatisticsView.column("indicator.column.source", IndicatorActual::source, 600));
        Label source = new Label();
        source.setId("indicator-source");
        source.setWrapText(true);
        source.setPadding(new Insets(8));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> source.setText(b == null ? ""
                : Messages.get("indicator.source.detail", b.indicator().title(), b.year(), b.source())));
        Label yearLabel = new Label();
        yearLabel.textProperty().bind(vm.yearProperty().asString(Messages.get("indicator.year.format")));
        Button add = new Button(Messages.get("indicator.action.add"));
        add.setId("indicator-add");
        add.setOnAction(e -> edit(null));
        Button change = new Button(Messages.get("indicator.action.edit"));
        change.setId("indicator-edit");
        change.setOnAction(e -> edit(table.getSelectionModel().getSelectedItem().indicator()));
        Button delete = new Button(Messages.get("button.delete"));
        delete.setId("indicator-delete");
        delete.setOnAction(e -> {
            Indicator i = table.getSelectionModel().getSelectedItem().indicator();
            if (Dialogs.confirm(owner.get(), Messages.get("indicator.delete.confirm", i.title()), Messages.get("button.delete"))) {
                vm.deleteIndicator(i);
            }
        });
        Button enter = new Button(Messages.get("indicator.action.enter"));
        enter.setId("indicator-enter");
        enter.setOnAction(e -> enterValue(table.getSelectionModel().getSelectedItem()));
        for (Button b : new Button[] {change, delete, enter}) {
            b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        }
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !change.isDisabled()) {
                change.fire();
            } else if (e.getCode() == KeyCode.DELETE && !delete.isDisabled()) {
                delete.fire();
            } else if (e.getCode() == KeyCode.N && e.isShortcutDown()) {
                add.fire();
            }
        });
        HBox bar = new HBox(8, yearLabel, add, change, delete, enter);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        BorderPane pane = new BorderPane(table);
        pane.setTop(bar);
        pane.setBottom(source);
        return pane;
    }

    private static String value(BigDecimal v, Indicator i) {
        return StatisticsView.number(v) + " " + i.unit();
    }

    private static String period(Indicator i) {
        return i.startYear() == null ? Messages.get("indicator.period.until", i.targetYear())
                : Messages.get("indicator.period", i.startYear(), i.targetYear());
    }

    private static String baseline(Indicator i) {
        if (i.baseYear() == null) {
            return "";
        }
        return i.baseline() == null ? Messages.get("indicator.baseline.year", i.baseYear())
                : Messages.get("indicator.baseline.value", value(i.baseline(), i), i.baseYear());
    }

    private void edit(Indicator i) {
        new IndicatorDialog(new IndicatorEditorViewModel(vm.services().indicators(), i)).show(owner.get());
        vm.refresh();
    }

    private void enterValue(IndicatorActual a) {
        TextField value = new TextField(a.computed() || a.value() == null ? "" : StatisticsView.number(a.value()));
        value.setId("indicator-value");
        TextField note = new TextField();
        new EditDialog().field("indicator.column.actual", value).field("field.indicatorValue.note", note)
                .show(owner.get(), Messages.get("indicator.enter.title", a.year()), "indicator-value", () -> {
                    BigDecimal v = null;
                    String text = value.getText() == null ? "" : value.getText().strip().replace(',', '.').replaceAll("[\\s\u00a0]", "");
                    if (!text.isEmpty()) {
                        try {
                            v = new BigDecimal(text);
                        } catch (NumberFormatException ex) {
                            throw new ValidationException("value", "validation.number.decimal", Messages.get("indicator.column.actual"));
                        }
                    }
                    vm.saveIndicatorValue(a, v, note.getText());
                    return a;
                });
    }
}
