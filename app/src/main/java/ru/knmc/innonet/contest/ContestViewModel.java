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
import org.jooq.DSLContext;
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
    private long sequence;

    public ContestViewModel(DSLContext dsl, NetworkLinks networks, Background background) {
        this.dsl = dsl;
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
            if (keep == null || list.stream().noneMatch(c -> c.id().equals(keep.id()))) {
                contest.set(list.isEmpty() ? null : list.get(0));
            }
        }, this::fail);
    }

    /** Selects the contest a start-page reminder names. */
    public void select(long contestId) {
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

    private void fail(Throwable t) {
        error.set(Dialogs.describe(t));
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
