package ru.knmc.innonet.contest;

import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import ru.knmc.innonet.app.Background;
import ru.knmc.innonet.common.Messages;

/**
 * «Критерии»: the remote-expertise or defense set of the selected contest, its criteria and groups. A
 * frozen set (a score entered) is read-only, and says so with the number of sheets that hold scores.
 */
public final class CriteriaViewModel {
    private final ContestViewModel parent;
    private final Background background;
    private final CriteriaService service;
    private final ObjectProperty<Purpose> purpose = new SimpleObjectProperty<>(Purpose.REMOTE);
    private final ObjectProperty<CriteriaSet> set = new SimpleObjectProperty<>();
    private final ObservableList<Criterion> criteria = FXCollections.observableArrayList();
    private final ObservableList<CriterionGroup> groups = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper frozen = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper previous = new ReadOnlyStringWrapper();
    private long sequence;

    public CriteriaViewModel(ContestViewModel parent) {
        this.parent = parent;
        this.background = parent.background();
        this.service = new CriteriaService(parent.dsl());
        purpose.addListener((o, a, b) -> load());
        parent.contestProperty().addListener((o, a, b) -> load());
        load();
    }

    private record Loaded(Optional<CriteriaSet> set, int scoredSheets, Optional<Contest> previous) {
    }

    public void load() {
        Contest c = parent.contestProperty().get();
        Purpose p = purpose.get();
        long seq = ++sequence;
        if (c == null) {
            show(new Loaded(Optional.empty(), 0, Optional.empty()));
            return;
        }
        background.run(() -> {
            Optional<CriteriaSet> s = service.set(c.id(), p);
            return new Loaded(s, s.map(x -> service.scoredSheets(x.id())).orElse(0), service.previous(c.id()));
        }, l -> {
            if (seq == sequence) {
                show(l);
            }
        }, parent::fail);
    }

    private void show(Loaded l) {
        set.set(l.set().orElse(null));
        criteria.setAll(l.set().map(CriteriaSet::criteria).orElse(java.util.List.of()));
        groups.setAll(l.set().map(CriteriaSet::groups).orElse(java.util.List.of()));
        summary.set(l.set().map(s -> Messages.get("contest.criteria.summary", s.title(), s.criteria().size(),
                ScoreFormat.format(s.maxTotal()))).orElse(Messages.get("contest.criteria.noSet")));
        frozen.set(l.set().filter(CriteriaSet::frozen)
                .map(s -> Messages.get("contest.criteria.frozenReason", l.scoredSheets())).orElse(null));
        previous.set(l.previous().map(Contest::displayName).orElse(null));
    }

    private <T> void act(Callable<T> work) {
        background.run(work, r -> load(), parent::fail);
    }

    public void saveCriterion(Criterion c) {
        act(() -> service.saveCriterion(c));
    }

    public void deleteCriterion(Criterion c) {
        act(() -> {
            service.deleteCriterion(c);
            return c;
        });
    }

    public void move(Criterion c, int delta) {
        act(() -> {
            service.move(c, delta);
            return c;
        });
    }

    public void saveGroup(CriterionGroup g) {
        act(() -> service.saveGroup(g));
    }

    public void deleteGroup(CriterionGroup g) {
        act(() -> {
            service.deleteGroup(g);
            return g;
        });
    }

    /** Creates the missing set of the selected part (e.g. a defense set for a RIPO bank that never had one). */
    public void createSet() {
        Contest c = parent.contestProperty().get();
        Purpose p = purpose.get();
        act(() -> service.createSet(c.id(), p, Messages.get("contest.criteria.defaultTitle." + p.name())));
    }

    public void fromPrevious(Runnable done) {
        Contest c = parent.contestProperty().get();
        background.run(() -> service.replaceWithPrevious(c.id()), from -> {
            load();
            done.run();
        }, parent::fail);
    }

    public void defaults() {
        Contest c = parent.contestProperty().get();
        act(() -> {
            service.replaceWithDefaults(c.id());
            return c;
        });
    }

    public ObjectProperty<Purpose> purposeProperty() {
        return purpose;
    }

    public ObjectProperty<CriteriaSet> setProperty() {
        return set;
    }

    public ObservableList<Criterion> criteria() {
        return criteria;
    }

    public ObservableList<CriterionGroup> groups() {
        return groups;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Why the set is read-only; null while it can be edited. */
    public ReadOnlyStringProperty frozenProperty() {
        return frozen.getReadOnlyProperty();
    }

    /** The contest «Создать на основе прошлого конкурса» copies from; null when there is none. */
    public ReadOnlyStringProperty previousProperty() {
        return previous.getReadOnlyProperty();
    }
}
