package ru.knmc.innonet.statistics;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.ValidationException;
import ru.knmc.innonet.registry.Fields;

/**
 * One target indicator's definition being edited: the fields as typed, a message under each field that breaks a
 * rule (the service's rules, and numbers that do not read), and whether anything changed since it was opened.
 */
public final class IndicatorEditorViewModel {
    static final List<String> FIELDS = List.of("title", "unit", "target", "startYear", "targetYear", "baseYear", "baseline",
            "computation");
    private final IndicatorService service;
    private final Indicator original;
    private final StringProperty title = new SimpleStringProperty();
    private final StringProperty unit = new SimpleStringProperty();
    private final StringProperty target = new SimpleStringProperty();
    private final StringProperty startYear = new SimpleStringProperty();
    private final StringProperty targetYear = new SimpleStringProperty();
    private final StringProperty baseYear = new SimpleStringProperty();
    private final StringProperty baseline = new SimpleStringProperty();
    private final ObjectProperty<IndicatorComputation> computation = new SimpleObjectProperty<>(IndicatorComputation.MANUAL);
    private final Map<String, ReadOnlyStringWrapper> errors = new LinkedHashMap<>();
    private final BooleanProperty dirty = new SimpleBooleanProperty();

    /** {@code original} null for a new indicator. */
    public IndicatorEditorViewModel(IndicatorService service, Indicator original) {
        this.service = service;
        this.original = original;
        FIELDS.forEach(f -> errors.put(f, new ReadOnlyStringWrapper()));
        if (original != null) {
            title.set(original.title());
            unit.set(original.unit());
            target.set(StatisticsView.number(original.target()));
            startYear.set(year(original.startYear()));
            targetYear.set(String.valueOf(original.targetYear()));
            baseYear.set(year(original.baseYear()));
            baseline.set(original.baseline() == null ? "" : StatisticsView.number(original.baseline()));
            computation.set(original.computation());
        } else {
            unit.set("%");
        }
        for (var p : List.of(title, unit, target, startYear, targetYear, baseYear, baseline)) {
            p.addListener((o, a, b) -> dirty.set(true));
        }
        computation.addListener((o, a, b) -> dirty.set(true));
    }

    private static String year(Integer y) {
        return y == null ? "" : String.valueOf(y);
    }

    /** Saves; null with the message under its field when a rule is broken. */
    public Indicator save() {
        errors.values().forEach(e -> e.set(null));
        try {
            Indicator saved = service.save(new Indicator(original == null ? null : original.id(), title.get(), unit.get(),
                    decimal("target", target.get()), integer("startYear", startYear.get()), integer("baseYear", baseYear.get()),
                    decimal("baseline", baseline.get()), required("targetYear", integer("targetYear", targetYear.get())),
                    computation.get(), original == null ? 0 : original.sortOrder(), original == null ? 0 : original.version()));
            dirty.set(false);
            return saved;
        } catch (ValidationException e) {
            errors.getOrDefault(e.field(), errors.get("title")).set(e.getMessage());
            return null;
        }
    }

    private static int required(String field, Integer value) {
        return Fields.required("indicator", field, value);
    }

    private static BigDecimal decimal(String field, String text) {
        String s = text == null ? "" : text.strip().replace(',', '.').replaceAll("[\\s\u00a0]", "");
        if (s.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw new ValidationException(field, "validation.number.decimal", Fields.label("indicator", field));
        }
    }

    private static Integer integer(String field, String text) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            return null;
        }
        if (!s.matches("[0-9]{4}")) {
            throw new ValidationException(field, "validation.indicator.year", Fields.label("indicator", field));
        }
        return Integer.valueOf(s);
    }

    public ReadOnlyStringProperty errorProperty(String field) {
        return errors.get(field).getReadOnlyProperty();
    }

    public String what() {
        return title.get() == null || title.get().isBlank() ? Messages.get("indicator.what.new") : title.get();
    }

    public boolean isNew() {
        return original == null;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty unitProperty() {
        return unit;
    }

    public StringProperty targetProperty() {
        return target;
    }

    public StringProperty startYearProperty() {
        return startYear;
    }

    public StringProperty targetYearProperty() {
        return targetYear;
    }

    public StringProperty baseYearProperty() {
        return baseYear;
    }

    public StringProperty baselineProperty() {
        return baseline;
    }

    public ObjectProperty<IndicatorComputation> computationProperty() {
        return computation;
    }

    public BooleanProperty dirty() {
        return dirty;
    }
}
