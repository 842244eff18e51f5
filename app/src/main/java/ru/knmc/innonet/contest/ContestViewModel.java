package ru.knmc.innonet.contest;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import ru.knmc.innonet.office.word.DocumentTemplates;
import ru.knmc.innonet.registry.LegalOrder;
import ru.knmc.innonet.registry.Organization;
import ru.knmc.innonet.registry.OrganizationService;
import ru.knmc.innonet.registry.ReferenceService;
import ru.knmc.innonet.app.Background;
import ru.knmc.innonet.app.Dialogs;
import ru.knmc.innonet.common.Messages;

/**
 * The contest section: a contest's applications, reviews and ranking, and the actions of the expertise
 * (assignment, offline sheets, one more expert, decisions, score tables).
 */
public final class ContestViewModel {
    private final DSLContext dsl;
    private final NetworkLinks networks;
    private final Background background;
    private final ContestService contests;
    private final ObservableList<Contest> contestList = FXCollections.observableArrayList();
    private final ObjectProperty<Contest> contest = new SimpleObjectProperty<>();
    private final ObservableList<ApplicationService.Row> applications = FXCollections.observableArrayList();
    private final ObservableList<ReviewService.Row> reviews = FXCollections.observableArrayList();
    private final ObservableList<RankedApplication> ranking = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ScoreSheetViewModel sheet;
    private final Supplier<DocumentTemplates> templates;
    private long sequence;
    private Long pendingSelect;
    private ContestWorkViewModel work;

    public ContestViewModel(DSLContext dsl, NetworkLinks networks, Background background,
                            Supplier<DocumentTemplates> templates) {
        this.dsl = dsl;
        this.templates = templates;
        this.networks = networks;
        this.background = background;
        this.contests = new ContestService(dsl);
        this.sheet = new ScoreSheetViewModel(new ReviewService(dsl), background);
        contest.addListener((o, a, b) -> reload());
    }

    public void load() {
        background.run(contests::list, list -> {
            Contest keep = contest.get();
            contestList.setAll(list);
            Long wanted = pendingSelect;
            pendingSelect = null;
            if (wanted != null && list.stream().anyMatch(c -> c.id().equals(wanted))) {
                select(wanted);
            } else if (keep == null || list.stream().noneMatch(c -> c.id().equals(keep.id()))) {
                contest.set(list.isEmpty() ? null : list.get(0));
            }
        }, this::fail);
    }

    /** Selects the contest a start-page reminder names (once the list is loaded, when it is not yet). */
    public void select(long contestId) {
        if (contestList.isEmpty()) {
            pendingSelect = contestId;
        }
        contestList.stream().filter(c -> c.id() == contestId).findFirst().ifPresent(contest::set);
    }

    private record Data(List<ApplicationService.Row> applications, List<ReviewService.Row> reviews,
                        List<RankedApplication> ranking) {
    }

    public void reload() {
        Contest c = contest.get();
        long seq = ++sequence;
        if (c == null) {
            applications.clear();
            reviews.clear();
            ranking.clear();
            return;
        }
        background.run(() -> new Data(new ApplicationService(dsl).list(c.id()), new ReviewService(dsl).list(c.id()),
                new ResultsService(dsl).results(c.id())), d -> {
                    if (seq == sequence) {
                        applications.setAll(d.applications());
                        reviews.setAll(d.reviews());
                        ranking.setAll(d.ranking());
                    }
                }, this::fail);
    }

    /** The ranking only: after a sheet is saved. */
    public void reloadRanking() {
        Contest c = contest.get();
        if (c != null) {
            background.run(() -> new ResultsService(dsl).results(c.id()), ranking::setAll, this::fail);
        }
    }

    public void previewAssignment(Consumer<AssignmentService.Plan> show) {
        Contest c = contest.get();
        if (c != null) {
            background.run(() -> new AssignmentService(dsl, networks).preview(c.id()), show, this::fail);
        }
    }

    public void applyAssignment(AssignmentService.Plan plan) {
        background.run(() -> new AssignmentService(dsl, networks).apply(plan), n -> {
            status.set(Messages.get("contest.assign.applied", n));
            reload();
        }, this::fail);
    }

    public void assignOneMore(RankedApplication a) {
        background.run(() -> new AssignmentService(dsl, networks).assignOneMore(a.applicationId()), id -> {
            status.set(Messages.get("contest.assign.oneMoreDone", a.regNumber()));
            reload();
        }, this::fail);
    }

    public void decideFromRanking() {
        Contest c = contest.get();
        if (c != null) {
            background.run(() -> new DecisionService(dsl).decideFromRanking(c.id()), n -> {
                status.set(Messages.get("contest.decision.fromRankingDone", n));
                reload();
            }, this::fail);
        }
    }

    public void writeSheets(Path folder, Consumer<List<Path>> done) {
        Contest c = contest.get();
        if (c != null) {
            background.run(() -> ExpertSheetWriter.writeAll(new OfflineSheets(dsl).packs(c.id()), folder), done,
                    this::fail);
        }
    }

    /** Reads a folder of returned sheets and checks them; nothing is written yet. */
    public void checkReturned(Path folder, Consumer<Returned> show) {
        Contest c = contest.get();
        if (c != null) {
            background.run(() -> {
                ExpertSheetReader.Result read = ExpertSheetReader.readFolder(folder,
                        id -> contests.find(id).isPresent() ? contests.sheetSecret(id) : null);
                return new Returned(read, new OfflineSheets(dsl).check(c.id(), read.sheets(), read.refusals()));
            }, show, this::fail);
        }
    }

    /** Returned sheets as read and checked, shown before anything is written. */
    public record Returned(ExpertSheetReader.Result read, OfflineSheets.Check check) {
    }

    public void applyReturned(Returned r) {
        Contest c = contest.get();
        background.run(() -> new OfflineSheets(dsl).apply(c.id(), r.read().sheets(), r.read().refusals()), n -> {
            status.set(Messages.get("cli.contest.collectDone", n));
            reload();
        }, this::fail);
    }

    public void writeResults(Path file, Runnable done) {
        Contest c = contest.get();
        if (c != null) {
            background.run(() -> {
                CriteriaSet set = new CriteriaService(dsl).set(c.id(), Purpose.REMOTE).orElseThrow();
                ContestResultsWorkbook.write(file, c, set, new ResultsService(dsl).results(c.id()),
                        ContestResultsWorkbook.expertScores(new ReviewService(dsl), set, c.id()));
                return file;
            }, f -> done.run(), this::fail);
        }
    }

    /** Writes the passport of an application to Word in seed 004's layout. */
    public void writePassport(long applicationId, Path file, Runnable done) {
        background.run(() -> {
            new ContestDocuments(templates.get()).passport(new ContestDocumentData(dsl).passport(applicationId), file);
            return file;
        }, f -> done.run(), this::fail);
    }

    /**
     * Reads a passport from Word into an application: an existing one (its passport replaced) or a new
     * one of {@code organization} in {@code subsystem}. Authors and the supervisor are matched to the
     * registry's persons by full name; the names not found are reported back.
     */
    public void importPassport(Path file, Long applicationId, Organization organization, Subsystem subsystem,
                               Consumer<List<String>> unmatched) {
        Contest c = contest.get();
        background.run(() -> {
            PassportReader.Imported in = PassportReader.read(file);
            ContestDocumentData data = new ContestDocumentData(dsl);
            List<String> missing = new ArrayList<>();
            List<Long> authors = new ArrayList<>();
            for (String line : in.authorNames()) {
                String name = PassportReader.personName(line);
                var found = data.personsNamed(name);
                if (found.size() == 1) {
                    authors.add(found.get(0).id());
                } else {
                    missing.add(name);
                }
            }
            Long supervisor = null;
            if (in.supervisorName() != null) {
                String name = PassportReader.personName(in.supervisorName());
                var found = data.personsNamed(name);
                if (found.size() == 1) {
                    supervisor = found.get(0).id();
                } else {
                    missing.add(name);
                }
            }
            ApplicationService apps = new ApplicationService(dsl);
            if (applicationId == null) {
                apps.save(Application.submitted(c.id(), organization.id(), subsystem, null, supervisor, authors,
                        List.of(), in.passport(), in.stages(), LocalDate.now()));
            } else {
                Application a = apps.get(applicationId);
                apps.save(new Application(a.id(), a.contestId(), a.regNumber(), a.organizationId(), a.coapplicantIds(),
                        a.subsystem(), a.directionId(), supervisor == null ? a.supervisorId() : supervisor,
                        authors.isEmpty() ? a.authorIds() : authors, in.passport(), in.stages(), a.attachments(),
                        a.submittedOn(), a.status(), a.returnReasons(), a.defensePosition(), a.decision(),
                        a.decisionNote(), a.siteAssignmentId(), a.grantedAssignmentId(), a.version()));
            }
            return missing;
        }, missing -> {
            reload();
            unmatched.accept(missing);
        }, this::fail);
    }

    public void organizations(Consumer<List<Organization>> show) {
        background.run(() -> new OrganizationService(dsl).all().stream().filter(o -> !o.archived())
                .sorted(java.util.Comparator.comparing(Organization::shortName, Messages.collator())).toList(), show,
                this::fail);
    }

    public void orders(Consumer<List<LegalOrder>> show) {
        background.run(() -> new ReferenceService(dsl).orders(), show, this::fail);
    }

    public void checks(long applicationId, Consumer<List<FormalCheck>> show) {
        background.run(() -> new ApplicationService(dsl).checks(applicationId), show, this::fail);
    }

    /** Records the formal check; {@code returned} runs when the application went back for correction. */
    public void formalCheck(long applicationId, List<FormalCheck> items, Runnable returned) {
        background.run(() -> {
            ApplicationService apps = new ApplicationService(dsl);
            return apps.formalCheck(apps.get(applicationId), items);
        }, a -> {
            status.set(Messages.get("contest.formal.done", a.regNumber(), a.status().displayName()));
            reload();
            if (a.status() == ApplicationStatus.RETURNED) {
                returned.run();
            }
        }, this::fail);
    }

    public void writeReturnLetter(long applicationId, Path file, Runnable done) {
        Contest c = contest.get();
        background.run(() -> {
            LocalDate by = contests.stages(c.id()).stream().filter(s -> s.kind() == StageKind.RECEPTION)
                    .map(ContestStage::end).findFirst().orElse(null);
            new ContestDocuments(templates.get()).returnLetter(c, new ContestDocumentData(dsl).passport(applicationId),
                    new ApplicationService(dsl).checks(applicationId), by, file);
            return file;
        }, f -> done.run(), this::fail);
    }

    public void writeProtocol(Path file, Runnable done) {
        Contest c = contest.get();
        background.run(() -> {
            new ContestDocuments(templates.get()).councilProtocol(c, new ResultsService(dsl).results(c.id()),
                    new ContestDocumentData(dsl).council(c.academicYear()), null, file);
            return file;
        }, f -> done.run(), this::fail);
    }

    public void writeOrder(Path file, LocalDate from, LocalDate to, Runnable done) {
        Contest c = contest.get();
        background.run(() -> {
            LegalOrder announcing = c.orderId() == null ? null : new ReferenceService(dsl).order(c.orderId()).orElse(null);
            new ContestDocuments(templates.get()).draftOrder(c, announcing, new ContestDocumentData(dsl).winners(c.id()),
                    from, to, file);
            return file;
        }, f -> done.run(), this::fail);
    }

    /** Gives the winners their МИП status by the signed order. */
    public void grantStatuses(LegalOrder order, LocalDate from, LocalDate to) {
        Contest c = contest.get();
        background.run(() -> new DecisionService(dsl).grantStatuses(c.id(), order.id(), from, to), granted -> {
            status.set(Messages.get("contest.grant.done", granted.size()));
            reload();
        }, this::fail);
    }

    public void assignJury() {
        Contest c = contest.get();
        if (c != null) {
            background.run(() -> new AssignmentService(dsl, networks).assignJury(c.id()), n -> {
                status.set(Messages.get("contest.jury.done", n));
                reload();
            }, this::fail);
        }
    }

    /** The RIPO bank of a year: its materials and the positive conclusions by subsystem. */
    public record Ripo(List<Integer> years, int year, List<RipoMaterial> materials,
                       java.util.Map<Subsystem, Integer> positive, java.util.Map<Integer, Integer> byYear) {
    }

    public void ripo(Integer year, Consumer<Ripo> show) {
        background.run(() -> {
            RipoService bank = new RipoService(dsl);
            List<Integer> years = bank.years();
            int y = year != null ? year : years.isEmpty() ? LocalDate.now().getYear() : years.get(0);
            return new Ripo(years, y, bank.list(y), bank.positiveBySubsystem(y), bank.positiveByYear());
        }, show, this::fail);
    }

    DSLContext dsl() {
        return dsl;
    }

    Background background() {
        return background;
    }

    NetworkLinks networks() {
        return networks;
    }

    void fail(Throwable t) {
        error.set(Dialogs.describe(t));
    }

    /** A contest saved on the set-up tab: replaces its line in the list (or comes first) and is selected. */
    void saved(Contest c, boolean select) {
        int i = -1;
        for (int k = 0; k < contestList.size(); k++) {
            if (contestList.get(k).id().equals(c.id())) {
                i = k;
            }
        }
        if (i >= 0) {
            contestList.set(i, c);
        } else {
            contestList.add(0, c);
        }
        if (select) {
            contest.set(c);
        }
        status.set(Messages.get("contest.setup.saved", c.romanNumber(), c.year().toString()));
    }

    /** Withdraws an unscored assignment (Delete on the sheets' table). */
    void unassign(long reviewId) {
        background.run(() -> {
            new AssignmentService(dsl, networks).unassign(reviewId);
            return reviewId;
        }, id -> reload(), this::fail);
    }

    void deleteRipo(RipoMaterial m, Runnable done) {
        background.run(() -> {
            new RipoService(dsl).delete(m);
            return m;
        }, x -> done.run(), this::fail);
    }

    void status(String text) {
        status.set(text);
    }

    /** A contest deleted on the set-up tab. */
    void removed(Contest c) {
        contestList.removeIf(x -> x.id().equals(c.id()));
        contest.set(contestList.isEmpty() ? null : contestList.get(0));
        status.set(Messages.get("contest.setup.deleted", c.romanNumber(), c.year().toString()));
    }

    /** The work on single applications, the defense order and the sites' reports of this section. */
    public ContestWorkViewModel work() {
        if (work == null) {
            work = new ContestWorkViewModel(dsl, background, this, templates);
        }
        return work;
    }

    public ObservableList<Contest> contests() {
        return contestList;
    }

    public ObjectProperty<Contest> contestProperty() {
        return contest;
    }

    public ObservableList<ApplicationService.Row> applications() {
        return applications;
    }

    public ObservableList<ReviewService.Row> reviews() {
        return reviews;
    }

    public ObservableList<RankedApplication> ranking() {
        return ranking;
    }

    public ScoreSheetViewModel sheet() {
        return sheet;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public void clearError() {
        error.set(null);
    }
}
