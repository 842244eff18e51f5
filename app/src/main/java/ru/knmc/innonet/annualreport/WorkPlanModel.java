package ru.knmc.innonet.annualreport;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import ru.knmc.innonet.app.Background;
import ru.knmc.innonet.app.Dialogs;
import ru.knmc.innonet.common.AcademicYear;

/** The work plan of the academic year starting in the report's year, edited as a table and saved whole. */
public final class WorkPlanModel {
    private final AnnualReportService service;
    private final Background background;
    private final ReadOnlyStringWrapper error;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final ObjectProperty<AcademicYear> year = new SimpleObjectProperty<>();
    private List<WorkPlanItem> read = List.of();

    WorkPlanModel(AnnualReportService service, Background background, ReadOnlyStringWrapper error) {
        this.service = service;
        this.background = background;
        this.error = error;
    }

    /** A row of the table, editable in place. */
    public final class Row {
        public final ObjectProperty<ActivityKind> kind = new SimpleObjectProperty<>(ActivityKind.DIAGNOSTIC);
        public final StringProperty content = new SimpleStringProperty("");
        public final StringProperty period = new SimpleStringProperty("");
        public final StringProperty result = new SimpleStringProperty("");
        public final StringProperty responsible = new SimpleStringProperty("");

        Row(WorkPlanItem it) {
            if (it != null) {
                kind.set(it.kind());
                content.set(it.content());
                period.set(it.period());
                result.set(it.expectedResult());
                responsible.set(it.responsible());
            }
            kind.addListener((o, a, b) -> dirty.set(true));
            for (StringProperty p : List.of(content, period, result, responsible)) {
                p.addListener((o, a, b) -> dirty.set(true));
            }
        }
    }

    void load(AcademicYear y) {
        background.run(() -> service.workPlan(y), items -> {
            year.set(y);
            read = items;
            rows.setAll(items.stream().map(Row::new).toList());
            dirty.set(false);
        }, t -> error.set(Dialogs.describe(t)));
    }

    /** A new row of the kind of {@code after} (or diagnostic), after it. */
    public Row add(Row after) {
        Row r = new Row(null);
        if (after != null) {
            r.kind.set(after.kind.get());
            rows.add(rows.indexOf(after) + 1, r);
        } else {
            rows.add(r);
        }
        dirty.set(true);
        return r;
    }

    public void remove(Row r) {
        if (rows.remove(r)) {
            dirty.set(true);
        }
    }

    public void save() {
        AcademicYear y = year.get();
        if (y == null) {
            return;
        }
        List<WorkPlanItem> items = new ArrayList<>();
        for (Row r : rows) {
            items.add(new WorkPlanItem(null, y, r.kind.get(), 0, r.content.get(), r.period.get(), r.result.get(),
                    r.responsible.get(), 0));
        }
        List<WorkPlanItem> expected = read;
        background.run(() -> service.saveWorkPlan(y, expected, items), saved -> {
            read = saved;
            rows.setAll(saved.stream().map(Row::new).toList());
            dirty.set(false);
        }, t -> {
            error.set(null);
            error.set(Dialogs.describe(t));
        });
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public ObjectProperty<AcademicYear> yearProperty() {
        return year;
    }
}
