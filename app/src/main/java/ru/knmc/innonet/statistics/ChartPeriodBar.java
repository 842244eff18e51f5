package ru.knmc.innonet.statistics;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.stream.IntStream;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import ru.knmc.innonet.app.Fx;
import ru.knmc.innonet.common.Messages;

/** The period controls of a chart: «Календарный год», «Учебный год», or «с [месяц] [год] по [месяц] [год]», and the message under them. */
final class ChartPeriodBar {
    private final ChartPeriodModel model;
    private final ObservableList<Integer> years;

    ChartPeriodBar(ChartPeriodModel model, ObservableList<Integer> years) {
        this.model = model;
        this.years = years;
    }

    /** The choice and, while «Произвольный» is chosen, the range's four fields. */
    HBox controls() {
        ComboBox<ChartPeriodModel.Choice> choice = Fx.combo(List.of(ChartPeriodModel.Choice.values()),
                ChartPeriodModel.Choice::displayName);
        choice.setId("chart-period");
        choice.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        choice.valueProperty().bindBidirectional(model.choiceProperty());
        HBox range = new HBox(6, label("statistics.period.from"), month("chart-period-from-month", model.fromMonthProperty()),
                year("chart-period-from-year", model.fromYearProperty()), label("statistics.period.to"),
                month("chart-period-to-month", model.toMonthProperty()), year("chart-period-to-year", model.toYearProperty()));
        range.setId("chart-period-range");
        range.setAlignment(Pos.CENTER_LEFT);
        range.visibleProperty().bind(model.choiceProperty().isEqualTo(ChartPeriodModel.Choice.CUSTOM));
        range.managedProperty().bind(range.visibleProperty());
        HBox box = new HBox(6, choice, range);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** The message under the period's fields: what is wrong with the range. */
    Label error() {
        Label error = new Label();
        error.setId("chart-period-error");
        error.getStyleClass().add("field-error");
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        return error;
    }

    private static Label label(String key) {
        Label l = new Label(Messages.get(key));
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    private static ComboBox<Integer> month(String id, javafx.beans.property.ObjectProperty<Integer> value) {
        ComboBox<Integer> box = Fx.combo(IntStream.rangeClosed(1, 12).boxed().toList(),
                m -> Month.of(m).getDisplayName(TextStyle.FULL_STANDALONE, Messages.RUSSIAN));
        box.setId(id);
        box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    private ComboBox<Integer> year(String id, javafx.beans.property.ObjectProperty<Integer> value) {
        ComboBox<Integer> box = new ComboBox<>(years);
        box.setId(id);
        box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        box.valueProperty().bindBidirectional(value);
        return box;
    }
}
