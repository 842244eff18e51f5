package ru.knmc.innonet.contest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import ru.knmc.innonet.app.Background;
import ru.knmc.innonet.app.Dialogs;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.registry.OrganizationService;
import ru.knmc.innonet.registry.Person;

/**
 * «Назначение»: who reviews what, each expert's load, the conflicts of the selected application; the
 * automatic assignment as a preview applied at once, manual assignment (over a conflict only with a
 * reason), withdrawal, and conflicts the experts declare. Conflicts are computed anew on every load.
 */
public final class AssignmentViewModel {
    private final ContestViewModel parent;
    private final Background background;
    private final ObservableList<AssignmentService.Assignment> assignments = FXCollections.observableArrayList();
    private final ObservableList<Load> loads = FXCollections.observableArrayList();
    private final ObservableList<ConflictLine> conflicts = FXCollections.observableArrayList();
    private final ObservableList<Person> persons = FXCollections.observableArrayList();
    private final ObjectProperty<Long> application = new SimpleObjectProperty<>();
    private final Map<Long, String> names = new HashMap<>();
    private long sequence;

    /** An expert's load in the contest. */
    public record Load(long expertId, String expert, int assigned, int scored, int flagged) {
    }

    /** A conflict of the selected application, with the expert's name. */
    public record ConflictLine(Conflict conflict, String expert) {
    }

    public AssignmentViewModel(ContestViewModel parent) {
        this.parent = parent;
        this.background = parent.background();
        parent.contestProperty().addListener((o, a, b) -> load());
        application.addListener((o, a, b) -> loadConflicts());
        load();
    }

    private AssignmentService service() {
        return new AssignmentService(parent.dsl(), parent.networks());
    }

    private record Loaded(List<AssignmentService.Assignment> rows, List<Person> persons) {
    }

    public void load() {
        Contest c = parent.contestProperty().get();
        long seq = ++sequence;
        if (c == null) {
            assignments.clear();
            loads.clear();
            conflicts.clear();
            return;
        }
        background.run(() -> new Loaded(service().assignments(c.id()), new OrganizationService(parent.dsl()).allPersons()),
                l -> {
                    if (seq != sequence) {
                        return;
                    }
                    persons.setAll(l.persons());
                    names.clear();
                    l.persons().forEach(p -> names.put(p.id(), p.shortName()));
                    assignments.setAll(l.rows());
                    Map<Long, int[]> byExpert = new LinkedHashMap<>();
                    Map<Long, String> expertNames = new HashMap<>();
                    for (AssignmentService.Assignment a : l.rows()) {
                        int[] n = byExpert.computeIfAbsent(a.expertId(), k -> new int[3]);
                        n[0]++;
                        n[1] += a.scored() ? 1 : 0;
                        n[2] += a.flagged() ? 1 : 0;
                        expertNames.put(a.expertId(), a.expert());
                    }
                    List<Load> out = new ArrayList<>();
                    byExpert.forEach((id, n) -> out.add(new Load(id, expertNames.get(id), n[0], n[1], n[2])));
                    out.sort(Comparator.comparingInt(Load::assigned).reversed()
                            .thenComparing(Load::expert, Messages.collator()));
                    loads.setAll(out);
                    loadConflicts();
                }, parent::fail);
    }

    private void loadConflicts() {
        Long app = application.get();
        if (app == null) {
            conflicts.clear();
            return;
        }
        background.run(() -> new ConflictService(parent.dsl(), parent.networks()).forApplication(app), list -> {
            if (app.equals(application.get())) {
                conflicts.setAll(list.stream().map(x -> new ConflictLine(x, names.getOrDefault(x.expertId(), ""))).toList());
            }
        }, parent::fail);
    }

    /** How many applications are flagged because an assigned expert is now conflicted. */
    public long flaggedCount() {
        return assignments.stream().filter(AssignmentService.Assignment::flagged).count();
    }

    public void preview(Consumer<AssignmentService.Plan> show) {
        Contest c = parent.contestProperty().get();
        if (c != null) {
            background.run(() -> service().preview(c.id()), show, parent::fail);
        }
    }

    public void apply(AssignmentService.Plan plan) {
        background.run(() -> service().apply(plan), n -> changed(Messages.get("contest.assign.applied", n)), parent::fail);
    }

    /** The conflicts an expert has with an application, for the manual assignment's form. */
    public void conflictsOf(long expertId, long applicationId, Consumer<List<Conflict>> show) {
        background.run(() -> new ConflictService(parent.dsl(), parent.networks()).conflicts(expertId, applicationId),
                show, parent::fail);
    }

    /**
     * Assigns by hand; {@code refused} gets the text of a broken rule (a conflict without a reason, an
     * expert already assigned) for the form to show under its field.
     */
    public void assign(long applicationId, long expertId, Purpose purpose, String reason, Runnable done,
                       Consumer<String> refused) {
        background.run(() -> service().assign(applicationId, expertId, purpose, reason), id -> {
            changed(Messages.get("contest.assignment.assigned", names.getOrDefault(expertId, "")));
            done.run();
        }, t -> {
            String text = Dialogs.describe(t);
            refused.accept(text);
        });
    }

    public void unassign(AssignmentService.Assignment a) {
        background.run(() -> {
            service().unassign(a.reviewId());
            return a;
        }, x -> changed(Messages.get("contest.assignment.withdrawn", a.expert(), a.regNumber())), parent::fail);
    }

    public void declare(long personId, long applicationId, String reason, Runnable done, Consumer<String> refused) {
        background.run(() -> {
            new ExpertService(parent.dsl()).declareConflict(personId, applicationId, reason, LocalDate.now());
            return applicationId;
        }, x -> {
            changed(Messages.get("contest.assignment.declared", names.getOrDefault(personId, "")));
            done.run();
        }, t -> refused.accept(Dialogs.describe(t)));
    }

    public void withdrawDeclared(Conflict c) {
        background.run(() -> {
            new ExpertService(parent.dsl()).withdrawConflict(c.expertId(), c.applicationId());
            return c;
        }, x -> load(), parent::fail);
    }

    private void changed(String status) {
        parent.status(status);
        load();
        parent.reload();
    }

    public ObservableList<AssignmentService.Assignment> assignments() {
        return assignments;
    }

    public ObservableList<Load> loads() {
        return loads;
    }

    public ObservableList<ConflictLine> conflicts() {
        return conflicts;
    }

    public ObservableList<Person> persons() {
        return persons;
    }

    public ObservableList<ApplicationService.Row> applications() {
        return parent.applications();
    }

    public ObjectProperty<Long> applicationProperty() {
        return application;
    }
}
