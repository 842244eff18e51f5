package ru.knmc.innonet.contest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.jooq.DSLContext;
import ru.knmc.innonet.app.Background;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.office.word.DocumentTemplates;
import ru.knmc.innonet.registry.LegalOrder;

/**
 * The contest's work on single applications beside the section's bulk actions: the search over the
 * applications, deleting one, a decision on one, the order of the public defense per subsystem and the
 * sites' reports of a report evaluation. Every change reloads the section through {@code contestVm}.
 */
public final class ContestWorkViewModel {
    private final DSLContext dsl;
    private final Background background;
    private final ContestViewModel contestVm;
    private final java.util.function.Supplier<DocumentTemplates> templates;
    private final StringProperty search = new SimpleStringProperty("");
    private final FilteredList<ApplicationService.Row> filtered;
    private final ObjectProperty<Subsystem> defenseSubsystem = new SimpleObjectProperty<>(Subsystem.PRESCHOOL);
    private final ObservableList<DefenseService.Slot> defense = FXCollections.observableArrayList();
    private final ObservableList<ApplicationService.Row> reports = FXCollections.observableArrayList();

    public ContestWorkViewModel(DSLContext dsl, Background background, ContestViewModel contestVm,
                                java.util.function.Supplier<DocumentTemplates> templates) {
        this.dsl = dsl;
        this.background = background;
        this.contestVm = contestVm;
        this.templates = templates;
        filtered = new FilteredList<>(contestVm.applications());
        search.addListener((o, a, b) -> filtered.setPredicate(matcher(b)));
        defenseSubsystem.addListener((o, a, b) -> reloadDefense());
        contestVm.applications().addListener((javafx.collections.ListChangeListener<ApplicationService.Row>) c -> {
            reloadDefense();
            reports.setAll(contestVm.applications().stream().filter(r -> contest() != null
                    && contest().kind() == ContestKind.REPORT).toList());
        });
    }

    /** Rows whose number, applicant, topic, subsystem, state or decision contain every word typed. */
    static java.util.function.Predicate<ApplicationService.Row> matcher(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] words = text.toLowerCase(Locale.ROOT).strip().split("\\s+");
        return r -> {
            String all = (r.regNumber() + " " + r.organization() + " " + r.topic() + " " + r.subsystem().displayName()
                    + " " + r.status().displayName() + " " + (r.decision() == null ? "" : r.decision().displayName()))
                    .toLowerCase(Locale.ROOT);
            for (String w : words) {
                if (!all.contains(w)) {
                    return false;
                }
            }
            return true;
        };
    }

    public Contest contest() {
        return contestVm.contestProperty().get();
    }

    public ApplicationFormViewModel form() {
        return new ApplicationFormViewModel(dsl, background, contest());
    }

    /** After the form saved an application: the section shows it. */
    public void saved(Application a) {
        contestVm.reload();
    }

    public void delete(ApplicationService.Row row) {
        background.run(() -> {
            ApplicationService apps = new ApplicationService(dsl);
            apps.delete(row.id(), apps.get(row.id()).version());
            return row;
        }, r -> {
            status(Messages.get("contest.work.deleted", r.regNumber()));
            contestVm.reload();
        }, contestVm::fail);
    }

    /** The application as it is now, for the decision dialog: the current decision and note. */
    public void application(long id, Consumer<Application> show) {
        background.run(() -> new ApplicationService(dsl).get(id), show, contestVm::fail);
    }

    public List<Decision> decisions() {
        return DecisionService.decisionsFor(contest().kind());
    }

    public void decide(long applicationId, Decision decision, String note) {
        background.run(() -> new DecisionService(dsl).decide(applicationId, decision,
                note == null || note.isBlank() ? null : note.strip()), a -> {
                    status(Messages.get("contest.work.decided", a.regNumber(), a.decision() == null
                            ? Messages.get("contest.work.noDecision") : a.decision().displayName()));
                    contestVm.reload();
                }, contestVm::fail);
    }

    // ---- the defense ---------------------------------------------------------------------------

    public void reloadDefense() {
        Contest c = contest();
        Subsystem s = defenseSubsystem.get();
        if (c == null || s == null) {
            defense.clear();
            return;
        }
        background.run(() -> new DefenseService(dsl).order(c.id(), s), defense::setAll, contestVm::fail);
    }

    /** Moves a presentation and saves the subsystem's new order at once. */
    public void moveDefense(int from, int to) {
        if (from < 0 || to < 0 || from >= defense.size() || to >= defense.size() || from == to) {
            return;
        }
        ApplicationFormViewModel.move(defense, from, to);
        Contest c = contest();
        Subsystem s = defenseSubsystem.get();
        List<Long> ids = defense.stream().map(DefenseService.Slot::applicationId).toList();
        background.run(() -> {
            new DefenseService(dsl).reorder(c.id(), s, ids);
            return new DefenseService(dsl).order(c.id(), s);
        }, defense::setAll, t -> {
            contestVm.fail(t);
            reloadDefense();
        });
    }

    public void writeDefenseOrder(Path file, Runnable done) {
        Contest c = contest();
        background.run(() -> {
            new DefenseDocuments(templates.get()).order(c, new DefenseService(dsl).order(c.id()), file);
            return file;
        }, f -> done.run(), contestVm::fail);
    }

    // ---- sites' reports ------------------------------------------------------------------------

    public void sitesToReport(LocalDate on, Consumer<List<SiteReportService.Site>> show) {
        Contest c = contest();
        background.run(() -> new SiteReportService(dsl).sitesToReport(c.id(), on), show, contestVm::fail);
    }

    public void addReport(SiteReportService.Site site, Path file, LocalDate submittedOn) {
        Contest c = contest();
        background.run(() -> new SiteReportService(dsl).addReport(c.id(), site.assignmentId(),
                file.toAbsolutePath().toString(), submittedOn), a -> {
                    status(Messages.get("contest.report.added", a.regNumber(), site.organization()));
                    contestVm.reload();
                }, contestVm::fail);
    }

    public void endStatuses(LegalOrder order, LocalDate end) {
        Contest c = contest();
        background.run(() -> new SiteReportService(dsl).endStatuses(c.id(), order.id(), end), n -> {
            status(Messages.get("contest.report.ended", n));
            contestVm.reload();
        }, contestVm::fail);
    }

    /** The report file of an item, opened with the system. */
    public void openFirstAttachment(long applicationId, Consumer<Throwable> failed) {
        background.run(() -> {
            List<String> files = new ApplicationService(dsl).get(applicationId).attachments();
            if (files.isEmpty()) {
                throw new ru.knmc.innonet.common.UserException("contest.files.noneAttached");
            }
            return FileLinks.open(Path.of(files.get(0)));
        }, f -> { }, failed);
    }

    private void status(String text) {
        contestVm.status(text);
    }

    public StringProperty searchProperty() {
        return search;
    }

    public FilteredList<ApplicationService.Row> filteredApplications() {
        return filtered;
    }

    public ObjectProperty<Subsystem> defenseSubsystemProperty() {
        return defenseSubsystem;
    }

    public ObservableList<DefenseService.Slot> defense() {
        return defense;
    }

    public ObservableList<ApplicationService.Row> reports() {
        return reports;
    }
}
