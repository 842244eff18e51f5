package ru.knmc.innonet.contest;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jooq.DSLContext;
import ru.knmc.innonet.app.Background;
import ru.knmc.innonet.app.Dialogs;
import ru.knmc.innonet.common.AcademicYear;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.ValidationException;
import ru.knmc.innonet.registry.LegalOrder;
import ru.knmc.innonet.registry.ReferenceService;

/**
 * «Настройка»: the selected contest's form (number, year, kind, announcing order, the figures that decide
 * it) and its stages. A new contest is a draft here until «Сохранить» announces it.
 */
public final class ContestSetupViewModel {
    static final List<String> FIELDS = List.of("romanNumber", "academicYear", "kind", "title", "threshold",
            "winnersPerSubsystem", "expertsPerApplication", "disagreementShare", "remoteWeight");
    private final DSLContext dsl;
    private final Background background;
    private final ContestViewModel parent;
    private final ContestService contests;
    final StringProperty number = new SimpleStringProperty("");
    final StringProperty year = new SimpleStringProperty("");
    final ObjectProperty<ContestKind> kind = new SimpleObjectProperty<>(ContestKind.PROJECT);
    final StringProperty title = new SimpleStringProperty("");
    final ObjectProperty<LegalOrder> order = new SimpleObjectProperty<>();
    final StringProperty threshold = new SimpleStringProperty("");
    final StringProperty winners = new SimpleStringProperty("");
    final StringProperty experts = new SimpleStringProperty("3");
    final StringProperty share = new SimpleStringProperty("30");
    final StringProperty remoteWeight = new SimpleStringProperty("0,5");
    final StringProperty defenseWeight = new SimpleStringProperty("0,5");
    private final Map<String, StringProperty> errors = new HashMap<>();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final ObjectProperty<Contest> editing = new SimpleObjectProperty<>();
    private final ObservableList<LegalOrder> orders = FXCollections.observableArrayList();
    private final ObservableList<ContestStage> stages = FXCollections.observableArrayList();
    private boolean filling;
    private boolean reverting;
    private Contest beforeDraft;
    private UnsavedGuard guard = (save, discard, stay) -> discard.run();

    /** Asks the user what becomes of unsaved changes when another contest is chosen: save, discard or stay. */
    @FunctionalInterface
    public interface UnsavedGuard {
        void ask(Runnable save, Runnable discard, Runnable stay);
    }

    public ContestSetupViewModel(DSLContext dsl, Background background, ContestViewModel parent) {
        this.dsl = dsl;
        this.background = background;
        this.parent = parent;
        this.contests = new ContestService(dsl);
        FIELDS.forEach(f -> errors.put(f, new SimpleStringProperty()));
        for (var p : List.of(number, year, title, threshold, winners, experts, share, remoteWeight, defenseWeight)) {
            p.addListener((o, a, b) -> changed());
        }
        kind.addListener((o, a, b) -> changed());
        order.addListener((o, a, b) -> changed());
        parent.contestProperty().addListener((o, a, c) -> show(c));
        show(parent.contestProperty().get());
    }

    private void changed() {
        if (!filling) {
            dirty.set(true);
        }
    }

    public void setGuard(UnsavedGuard guard) {
        this.guard = guard;
    }

    /**
     * Shows {@code c} in the form. With unsaved changes to another contest (or to a draft) the guard asks
     * first: saved, they stay in the list without taking the selection back; kept («stay»), the selection
     * returns to the contest being edited.
     */
    public void show(Contest c) {
        if (reverting) {
            return;
        }
        Contest current = editing.get();
        boolean other = current == null || c == null || !java.util.Objects.equals(current.id(), c.id());
        if (dirty.get() && other) {
            Contest back = current != null && current.id() != null ? current : beforeDraft;
            guard.ask(() -> save(() -> display(c), false, () -> revert(back)), () -> display(c), () -> revert(back));
            return;
        }
        display(c);
    }

    private void revert(Contest back) {
        reverting = true;
        parent.contestProperty().set(back);
        reverting = false;
    }

    /** Fills the form from {@code c}, or empties it when there is no contest. */
    private void display(Contest c) {
        editing.set(c);
        fill(c);
        loadOrders();
        loadStages();
    }

    /** A draft of next year's contest after the selected one (or of this year's when there is none). */
    public void newDraft() {
        Contest last = parent.contestProperty().get();
        int y = last == null ? AcademicYear.current().startYear() : last.academicYear() + 1;
        Contest draft = Contest.announce("", y, last == null ? ContestKind.PROJECT : last.kind(),
                last == null ? Messages.get("contest.new.defaultTitle") : last.title(), null);
        if (last != null) {
            draft = draft.withSettings(last.threshold(), last.winnersPerSubsystem(), last.expertsPerApplication(),
                    last.disagreementShare(), last.remoteWeight(), last.defenseWeight());
        }
        beforeDraft = last;
        editing.set(draft);
        fill(draft);
        stages.clear();
        dirty.set(true);
    }

    private void fill(Contest c) {
        filling = true;
        errors.values().forEach(e -> e.set(null));
        number.set(c == null ? "" : c.romanNumber());
        year.set(c == null ? "" : String.valueOf(c.academicYear()));
        kind.set(c == null ? ContestKind.PROJECT : c.kind());
        title.set(c == null ? "" : c.title());
        threshold.set(c == null || c.threshold() == null ? "" : ScoreFormat.format(c.threshold()));
        winners.set(c == null || c.winnersPerSubsystem() == null ? "" : String.valueOf(c.winnersPerSubsystem()));
        experts.set(c == null ? "3" : String.valueOf(c.expertsPerApplication()));
        share.set(c == null ? "30" : ScoreFormat.format(c.disagreementShare() * 100));
        remoteWeight.set(c == null ? "0,5" : ScoreFormat.format(c.remoteWeight()));
        defenseWeight.set(c == null ? "0,5" : ScoreFormat.format(c.defenseWeight()));
        Long orderId = c == null ? null : c.orderId();
        order.set(orders.stream().filter(o -> o.id().equals(orderId)).findFirst().orElse(null));
        filling = false;
        dirty.set(false);
    }

    private void loadOrders() {
        background.run(() -> new ReferenceService(dsl).orders().stream()
                .sorted(java.util.Comparator.comparing(LegalOrder::date).reversed()).toList(), list -> {
                    boolean wasDirty = dirty.get();
                    filling = true;
                    orders.setAll(list);
                    Contest c = editing.get();
                    Long orderId = c == null ? null : c.orderId();
                    if (!wasDirty) {
                        order.set(list.stream().filter(o -> o.id().equals(orderId)).findFirst().orElse(null));
                    }
                    filling = false;
                }, this::fail);
    }

    public void loadStages() {
        Contest c = editing.get();
        if (c == null || c.id() == null) {
            stages.clear();
            return;
        }
        background.run(() -> contests.stages(c.id()), stages::setAll, this::fail);
    }

    /** Checks the form and announces the draft or saves the contest; {@code done} runs once it is saved. */
    public void save(Runnable done) {
        save(done, true, () -> { });
    }

    private void save(Runnable done, boolean select, Runnable failed) {
        errors.values().forEach(e -> e.set(null));
        Contest draft;
        try {
            draft = build();
        } catch (ValidationException e) {
            showFieldError(e);
            failed.run();
            return;
        }
        background.run(() -> draft.id() == null ? contests.announce(draft) : contests.save(draft), saved -> {
            dirty.set(false);
            parent.saved(saved, select);
            done.run();
        }, t -> {
            ValidationException v = cause(t);
            if (v != null && errors.containsKey(v.field())) {
                showFieldError(v);
            } else {
                fail(t);
            }
            failed.run();
        });
    }

    private static ValidationException cause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof ValidationException v) {
                return v;
            }
        }
        return null;
    }

    private void showFieldError(ValidationException e) {
        errors.getOrDefault(e.field(), errors.get("title")).set(e.getMessage());
    }

    private Contest build() {
        Contest base = editing.get();
        int y = integer(year.get(), "academicYear", "contest.setup.field.year");
        Double t = threshold.get().isBlank() ? null : decimal(threshold.get(), "threshold", "contest.setup.field.threshold");
        Integer w = winners.get().isBlank() ? null : integer(winners.get(), "winnersPerSubsystem", "contest.setup.field.winners");
        int n = integer(experts.get(), "expertsPerApplication", "contest.setup.field.experts");
        double s = decimal(share.get(), "disagreementShare", "contest.setup.field.share") / 100.0;
        double rw = decimal(remoteWeight.get(), "remoteWeight", "contest.setup.field.remoteWeight");
        double dw = decimal(defenseWeight.get(), "remoteWeight", "contest.setup.field.defenseWeight");
        return new Contest(base == null ? null : base.id(), number.get().strip().toUpperCase(Locale.ROOT), y, kind.get(),
                title.get(), order.get() == null ? null : order.get().id(), t, w, n, s, rw, dw,
                base == null ? null : base.resultOrderId(), base == null ? 0 : base.version());
    }

    private static int integer(String text, String field, String label) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException(field, "contest.setup.notInteger", Messages.get(label));
        }
    }

    private static double decimal(String text, String field, String label) {
        try {
            return Double.parseDouble(text.strip().replace(',', '.').replace("%", "").strip());
        } catch (NumberFormatException e) {
            throw new ValidationException(field, "contest.setup.notNumber", Messages.get(label));
        }
    }

    /** Removes the contest (only one without applications; the service says why otherwise). */
    public void delete(Runnable done) {
        Contest c = editing.get();
        if (c == null || c.id() == null) {
            return;
        }
        background.run(() -> {
            contests.delete(c);
            return c;
        }, gone -> {
            parent.removed(gone);
            done.run();
        }, this::fail);
    }

    public void saveStage(ContestStage s) {
        background.run(() -> contests.saveStage(s), saved -> loadStages(), this::fail);
    }

    public void deleteStage(ContestStage s) {
        background.run(() -> {
            contests.deleteStage(s);
            return s;
        }, gone -> loadStages(), this::fail);
    }

    private void fail(Throwable t) {
        parent.fail(t);
    }

    public StringProperty error(String field) {
        return errors.get(field);
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public ObjectProperty<Contest> editingProperty() {
        return editing;
    }

    public ObservableList<LegalOrder> orders() {
        return orders;
    }

    public ObservableList<ContestStage> stages() {
        return stages;
    }

    static String describe(Throwable t) {
        return Dialogs.describe(t);
    }
}
