package ru.knmc.innonet.contest;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import ru.knmc.innonet.app.Background;
import ru.knmc.innonet.app.Dialogs;
import ru.knmc.innonet.common.Messages;

/**
 * An expert's sheet on screen: the criteria with their descriptors, the running total as scores are
 * typed, the comment, the conclusion and the conflict declaration; saved with the version it was read
 * with.
 */
public final class ScoreSheetViewModel {
    private final ReviewService reviews;
    private final Background background;
    private final ObservableList<CriterionInput> inputs = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ScoreSheet> sheet = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper totalText = new ReadOnlyStringWrapper("");
    private final StringProperty comment = new SimpleStringProperty("");
    private final ObjectProperty<Conclusion> conclusion = new SimpleObjectProperty<>();
    private final BooleanProperty noConflict = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private CriteriaSet criteria;
    private boolean loading;

    public ScoreSheetViewModel(ReviewService reviews, Background background) {
        this.reviews = reviews;
        this.background = background;
        comment.addListener((o, a, b) -> changed());
        conclusion.addListener((o, a, b) -> changed());
        noConflict.addListener((o, a, b) -> changed());
    }

    private record Loaded(ScoreSheet sheet, CriteriaSet set) {
    }

    public void open(ReviewService.Row row) {
        if (row == null) {
            clear();
            return;
        }
        background.run(() -> {
            ScoreSheet s = reviews.sheet(row.reviewId());
            return new Loaded(s, reviews.criteriaFor(s));
        }, l -> show(l, Messages.get("contest.sheet.heading", row.expert(), row.regNumber(), row.organization(),
                row.purpose().displayName())), f -> error.set(Dialogs.describe(f)));
    }

    private void clear() {
        loading = true;
        sheet.set(null);
        inputs.clear();
        heading.set("");
        totalText.set("");
        comment.set("");
        conclusion.set(null);
        noConflict.set(false);
        loading = false;
        dirty.set(false);
    }

    private void show(Loaded l, String title) {
        loading = true;
        criteria = l.set();
        sheet.set(l.sheet());
        heading.set(title);
        List<CriterionInput> list = new ArrayList<>();
        for (Criterion c : l.set().criteria()) {
            CriterionInput in = new CriterionInput(c, l.sheet().scores().get(c.id()));
            in.textProperty().addListener((o, a, b) -> changed());
            list.add(in);
        }
        inputs.setAll(list);
        comment.set(l.sheet().comment() == null ? "" : l.sheet().comment());
        conclusion.set(l.sheet().conclusion());
        noConflict.set(l.sheet().noConflict());
        loading = false;
        dirty.set(false);
        recompute();
    }

    private void changed() {
        if (!loading) {
            dirty.set(true);
            recompute();
        }
    }

    private void recompute() {
        if (criteria == null) {
            return;
        }
        ScoreSheet s = current();
        valid.set(inputs.stream().allMatch(i -> i.problemProperty().get() == null));
        totalText.set(Messages.get("contest.sheet.total", format(s.total(criteria)), format(criteria.maxTotal()),
                s.scores().size(), criteria.criteria().size()));
    }

    static String format(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Messages.RUSSIAN, "%.2f", v);
    }

    private ScoreSheet current() {
        ScoreSheet s = sheet.get();
        for (CriterionInput in : inputs) {
            s = s.withScore(in.criterion().id(), in.scoreProperty().get());
        }
        String c = comment.get() == null || comment.get().isBlank() ? null : comment.get().strip();
        return s.withText(c, conclusion.get(), noConflict.get());
    }

    /** Saves the sheet; {@code onSaved} runs after a successful save (the ranking reloads). */
    public void save(Runnable onSaved) {
        if (sheet.get() == null) {
            return;
        }
        if (!valid.get()) {
            error.set(Messages.get("contest.sheet.fixErrors"));
            return;
        }
        ScoreSheet toSave = current();
        background.run(() -> reviews.save(toSave), saved -> {
            loading = true;
            sheet.set(saved);
            loading = false;
            dirty.set(false);
            onSaved.run();
        }, f -> error.set(Dialogs.describe(f)));
    }

    public ObservableList<CriterionInput> inputs() {
        return inputs;
    }

    public ReadOnlyObjectProperty<ScoreSheet> sheetProperty() {
        return sheet.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty totalTextProperty() {
        return totalText.getReadOnlyProperty();
    }

    public StringProperty commentProperty() {
        return comment;
    }

    public ObjectProperty<Conclusion> conclusionProperty() {
        return conclusion;
    }

    public BooleanProperty noConflictProperty() {
        return noConflict;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public void clearError() {
        error.set(null);
    }
}
