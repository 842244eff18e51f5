package ru.knmc.innonet.app;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.ButtonBar;

/**
 * An editor of the main window that may hold unsaved changes: what it edits now (named in the question), whether it is
 * dirty, and how to save it ({@code save} runs its argument once saved, and not at all when saving fails).
 */
public record UnsavedWork(Supplier<String> what, ObservableBooleanValue dirty, Consumer<Runnable> save) {

    /**
     * Asks about every dirty editor in turn — save, discard, or cancel — and runs {@code next} once all are settled.
     * «Отмена» (a null answer) stops there and {@code next} never runs; a failed save stops there too.
     */
    public static void settle(List<UnsavedWork> work, Function<String, ButtonBar.ButtonData> ask, Runnable next) {
        List<UnsavedWork> dirty = new ArrayList<>();
        for (UnsavedWork w : work) {
            if (w.dirty().get()) {
                dirty.add(w);
            }
        }
        step(dirty, 0, ask, next);
    }

    private static void step(List<UnsavedWork> dirty, int index, Function<String, ButtonBar.ButtonData> ask, Runnable next) {
        if (index == dirty.size()) {
            next.run();
            return;
        }
        UnsavedWork w = dirty.get(index);
        ButtonBar.ButtonData answer = ask.apply(w.what().get());
        if (answer == ButtonBar.ButtonData.YES) {
            w.save().accept(() -> step(dirty, index + 1, ask, next));
        } else if (answer == ButtonBar.ButtonData.NO) {
            step(dirty, index + 1, ask, next);
        }
    }
}
