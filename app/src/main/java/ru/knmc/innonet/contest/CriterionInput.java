package ru.knmc.innonet.contest;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import ru.knmc.innonet.common.Messages;

/** One criterion's input on the on-screen sheet: the typed text, the score it means, its descriptor or problem. */
public final class CriterionInput {
    private final Criterion criterion;
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Integer> score = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper descriptor = new ReadOnlyStringWrapper("");

    CriterionInput(Criterion criterion, Integer initial) {
        this.criterion = criterion;
        text.addListener((o, a, b) -> parse(b));
        text.set(initial == null ? "" : String.valueOf(initial));
        parse(text.get());
    }

    private void parse(String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            score.set(null);
            problem.set(null);
            descriptor.set("");
            return;
        }
        try {
            int s = Integer.parseInt(v);
            if (s < 0 || s > criterion.maxScore()) {
                score.set(null);
                problem.set(Messages.get("contest.score.range", criterion.title(), s, criterion.maxScore()));
                descriptor.set("");
            } else {
                score.set(s);
                problem.set(null);
                descriptor.set(criterion.descriptor(s));
            }
        } catch (NumberFormatException e) {
            score.set(null);
            problem.set(Messages.get("contest.sheet.notNumber", criterion.maxScore()));
            descriptor.set("");
        }
    }

    public Criterion criterion() {
        return criterion;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyObjectProperty<Integer> scoreProperty() {
        return score.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty descriptorProperty() {
        return descriptor.getReadOnlyProperty();
    }
}
