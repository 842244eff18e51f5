package ru.knmc.innonet.annualreport;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import ru.knmc.innonet.app.Background;
import ru.knmc.innonet.app.Dialogs;
import ru.knmc.innonet.app.Services;
import ru.knmc.innonet.common.AcademicYear;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.office.word.DocumentTemplates;

/**
 * «Отчёт КИП»: the year's text (title page and eight sections) being edited, the figures and blocks
 * from the data for the preview, what the data lacks, and the documents written in the background.
 */
public final class AnnualReportViewModel {
    private final Services services;
    private final Background background;
    private final java.util.function.Supplier<DocumentTemplates> templates;
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final List<StringProperty> sections = new ArrayList<>();
    private final List<StringProperty> titleFields = new ArrayList<>();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<ReportData> data = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Gap> gaps = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final WorkPlanModel workPlan;
    private AnnualReport report;
    private boolean loading;

    public AnnualReportViewModel(Services services, Background background,
                                 java.util.function.Supplier<DocumentTemplates> templates) {
        this.services = services;
        this.background = background;
        this.templates = templates;
        this.workPlan = new WorkPlanModel(services.annualReports(), background, error);
        for (int i = 0; i <= AnnualReport.SECTIONS; i++) {
            StringProperty p = new SimpleStringProperty("");
            p.addListener((o, a, b) -> markDirty());
            sections.add(p);
        }
        for (int i = 0; i < 7; i++) {
            StringProperty p = new SimpleStringProperty("");
            p.addListener((o, a, b) -> markDirty());
            titleFields.add(p);
        }
    }

    private void markDirty() {
        if (!loading) {
            dirty.set(true);
        }
    }

    /** The years with a text, the next one (to start it) and the current one; opens the latest. */
    public void load() {
        background.run(services.annualReports()::years, ys -> {
            TreeSet<Integer> all = new TreeSet<>(ys);
            int current = LocalDate.now().getYear();
            all.add(all.isEmpty() ? current : all.last() + 1);
            years.setAll(all);
            if (year.get() == null) {
                open(ys.isEmpty() ? current : ys.get(ys.size() - 1));
            }
        }, this::fail);
    }

    /** Opens {@code y}: its text, or a new one copied from the latest earlier year. Unsaved edits are dropped. */
    public void open(int y) {
        busy.set(true);
        background.run(() -> services.annualReports().open(y), r -> {
            year.set(y);
            show(r);
            workPlan.load(new AcademicYear(y));
            refresh();
        }, this::fail);
    }

    private void show(AnnualReport r) {
        report = r;
        loading = true;
        for (int n = 1; n <= AnnualReport.SECTIONS; n++) {
            sections.get(n).set(r.section(n));
        }
        TitlePage t = r.title();
        List<String> values = List.of(t.organization(), t.siteTitle(), t.projectTitle(), t.siteOrder(), t.headPosition(),
                t.headName(), t.place());
        for (int i = 0; i < values.size(); i++) {
            titleFields.get(i).set(values.get(i));
        }
        loading = false;
        dirty.set(false);
    }

    /** The report as edited, not yet saved. */
    public AnnualReport edited() {
        List<String> texts = new ArrayList<>();
        for (int n = 1; n <= AnnualReport.SECTIONS; n++) {
            texts.add(sections.get(n).get());
        }
        TitlePage t = new TitlePage(titleFields.get(0).get(), titleFields.get(1).get(), titleFields.get(2).get(),
                titleFields.get(3).get(), titleFields.get(4).get(), titleFields.get(5).get(), titleFields.get(6).get());
        return new AnnualReport(report.id(), report.year(), t, texts, report.version());
    }

    /** Recomputes the figures, blocks and gaps for the text as edited. */
    public void refresh() {
        if (report == null) {
            return;
        }
        AnnualReport r = edited();
        busy.set(true);
        background.run(() -> services.reportData().compute(r.year(), r), d -> {
            if (year.get() != null && d.year() == year.get()) {
                data.set(d);
                gaps.setAll(d.gaps());
            }
            busy.set(false);
        }, this::fail);
    }

    public void save(Runnable then) {
        if (report == null) {
            return;
        }
        AnnualReport r = edited();
        busy.set(true);
        background.run(() -> services.annualReports().save(r), saved -> {
            report = saved;
            dirty.set(false);
            busy.set(false);
            message.set(Messages.get("annualReport.saved", saved.year()));
            refresh();
            if (then != null) {
                then.run();
            }
        }, this::fail);
    }

    /** Writes the Word report of the text as edited (saving is not needed to try it out). */
    public void writeWord(Path out) {
        AnnualReport r = edited();
        runDocument(() -> {
            ReportData d = services.reportData().compute(r.year(), r);
            AnnualReportDocument.write(out, r, d, templates.get());
            return Messages.get("annualReport.word.done", r.year(), out);
        });
    }

    public void writeAnnex(Path out) {
        AnnualReport r = edited();
        runDocument(() -> {
            ReportData d = services.reportData().compute(r.year(), r);
            AnnualReportWorkbook.write(out, d);
            return Messages.get("annualReport.annex.done", d.tables().size(), out);
        });
    }

    public void writeWorkPlan(Path out) {
        AnnualReport r = edited();
        AcademicYear y = new AcademicYear(r.year());
        runDocument(() -> {
            WorkPlanDocument.write(out, y, services.annualReports().workPlan(y), r.title(), templates.get());
            return Messages.get("annualReport.workPlan.done", y, out);
        });
    }

    private void runDocument(java.util.concurrent.Callable<String> work) {
        busy.set(true);
        message.set(Messages.get("annualReport.writing"));
        background.run(work, done -> {
            busy.set(false);
            message.set(done);
        }, this::fail);
    }

    private void fail(Throwable t) {
        busy.set(false);
        message.set("");
        error.set(null);
        error.set(Dialogs.describe(t));
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    /** The text of section {@code n} (1–8). */
    public StringProperty section(int n) {
        return sections.get(n);
    }

    /** Title page fields: 0 organization, 1 site, 2 project, 3 order, 4 head's position, 5 head's name, 6 place. */
    public StringProperty titleField(int i) {
        return titleFields.get(i);
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ReportData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    public ObservableList<Gap> gaps() {
        return gaps;
    }

    public javafx.beans.property.ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public javafx.beans.property.ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public WorkPlanModel workPlan() {
        return workPlan;
    }

    /** The placeholders offered in the picker: the catalogue and the year's affiliations. */
    public List<Placeholders.Placeholder> placeholders() {
        ReportData d = data.get();
        return Placeholders.offered(d == null ? java.util.Map.of() : d.figures());
    }
}
