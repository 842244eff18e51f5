package ru.knmc.innonet.registry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import ru.knmc.innonet.app.Background;
import ru.knmc.innonet.app.Dialogs;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.registry.importing.ColumnMapping;
import ru.knmc.innonet.registry.importing.ImportField;
import ru.knmc.innonet.registry.importing.ImportPlan;
import ru.knmc.innonet.registry.importing.ImportResult;
import ru.knmc.innonet.registry.importing.LegacyListImport;
import ru.knmc.innonet.registry.importing.OrganizationImportService.OnDuplicate;
import ru.knmc.innonet.registry.importing.RawTable;

/**
 * The import wizard: a file read once, a column mapping the user may correct, and a preview that is a
 * dry run of the real import, redone on every change. Import is possible only when the preview is clean.
 */
public final class ImportViewModel {
    private final LegacyListImport importer;
    private final Background background;
    private final AtomicLong sequence = new AtomicLong();
    private final ReadOnlyObjectWrapper<RawTable> table = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<ColumnMapping> mapping = new SimpleObjectProperty<>();
    private final BooleanProperty update = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<ImportPlan> plan = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ImportResult> preview = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ImportResult.RowDecision> rows = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper importable = new ReadOnlyBooleanWrapper(false);

    public ImportViewModel(LegacyListImport importer, Background background) {
        this.importer = importer;
        this.background = background;
        mapping.addListener((o, a, b) -> check());
        update.addListener((o, a, b) -> check());
    }

    public void open(Path file, Runnable onFailure) {
        busy.set(true);
        background.run(() -> importer.read(file), t -> {
            table.set(t);
            mapping.set(null);
            mapping.set(ru.knmc.innonet.registry.importing.ColumnMatcher.match(t.headers()));
        }, f -> {
            busy.set(false);
            summary.set(Dialogs.describe(f));
            onFailure.run();
        });
    }

    /** Re-plans with the current mapping and runs the import as a dry run. */
    public void check() {
        RawTable t = table.get();
        ColumnMapping m = mapping.get();
        if (t == null || m == null) {
            return;
        }
        long ticket = sequence.incrementAndGet();
        OnDuplicate mode = update.get() ? OnDuplicate.UPDATE : OnDuplicate.SKIP;
        busy.set(true);
        importable.set(false);
        background.run(() -> {
            ImportPlan p = importer.plan(t, m);
            return new Checked(p, importer.apply(p, mode, true, (f, s) -> { }));
        }, c -> {
            if (ticket != sequence.get()) {
                return;
            }
            busy.set(false);
            plan.set(c.plan());
            preview.set(c.result());
            rows.setAll(c.result().decisions());
            List<String> lines = new ArrayList<>();
            c.result().problems().forEach(p -> lines.add(p.toString()));
            c.result().warnings().forEach(w -> lines.add(Messages.get("import.wizard.warning", w.toString())));
            problems.setAll(lines);
            importable.set(c.result().ok());
            summary.set(c.result().ok()
                    ? Messages.get("import.wizard.ready", c.result().added(), c.result().updated(), c.result().skipped(),
                    c.result().statusesAdded())
                    : Messages.get("import.wizard.problems", c.result().problems().size()));
        }, f -> {
            busy.set(false);
            summary.set(Dialogs.describe(f));
        });
    }

    private record Checked(ImportPlan plan, ImportResult result) {
    }

    /** The real import; {@code done} gets the result (written, or refused with its problems). */
    public void importNow(java.util.function.Consumer<ImportResult> done, java.util.function.Consumer<Throwable> failed) {
        ImportPlan p = plan.get();
        OnDuplicate mode = update.get() ? OnDuplicate.UPDATE : OnDuplicate.SKIP;
        busy.set(true);
        background.run(() -> importer.apply(p, mode, false, (f, s) -> { }), r -> {
            busy.set(false);
            done.accept(r);
        }, f -> {
            busy.set(false);
            failed.accept(f);
        });
    }

    public void map(ImportField field, Integer column) {
        ColumnMapping m = mapping.get();
        mapping.set(column == null ? m.without(field) : m.with(field, column));
    }

    public ReadOnlyObjectWrapper<RawTable> tableProperty() { return table; }
    public ObjectProperty<ColumnMapping> mappingProperty() { return mapping; }
    public BooleanProperty updateProperty() { return update; }
    public ReadOnlyObjectWrapper<ImportPlan> planProperty() { return plan; }
    public ObservableList<ImportResult.RowDecision> rows() { return rows; }
    public ObservableList<String> problems() { return problems; }
    public ReadOnlyStringWrapper summaryProperty() { return summary; }
    public ReadOnlyBooleanWrapper busyProperty() { return busy; }
    public ReadOnlyBooleanWrapper importableProperty() { return importable; }
}
