package ru.knmc.innonet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.ButtonBar.ButtonData;
import org.junit.jupiter.api.Test;

/** Closing the window with unsaved editors: each dirty one is asked about, in turn; «Отмена» keeps the window. */
class UnsavedWorkTest {
    private final List<String> events = new ArrayList<>();

    private UnsavedWork editor(String what, boolean dirty, boolean saveSucceeds) {
        SimpleBooleanProperty flag = new SimpleBooleanProperty(dirty);
        return new UnsavedWork(() -> what, flag, after -> {
            events.add("save " + what);
            if (saveSucceeds) {
                flag.set(false);
                after.run();
            }
        });
    }

    @Test
    void onlyDirtyEditorsAreAskedAndTheWindowClosesAfterAll() {
        List<String> asked = new ArrayList<>();
        Map<String, ButtonData> answers = Map.of("сеть", ButtonData.YES, "заседание", ButtonData.NO);
        UnsavedWork.settle(List.of(editor("сеть", true, true), editor("лист", false, true), editor("заседание", true, true)),
                what -> {
                    asked.add(what);
                    return answers.get(what);
                }, () -> events.add("close"));
        assertThat(asked).containsExactly("сеть", "заседание");
        assertThat(events).containsExactly("save сеть", "close");
    }

    @Test
    void cancelKeepsTheWindowAndAsksNoFurther() {
        List<String> asked = new ArrayList<>();
        UnsavedWork.settle(List.of(editor("сеть", true, true), editor("заседание", true, true)), what -> {
            asked.add(what);
            return null;
        }, () -> events.add("close"));
        assertThat(asked).containsExactly("сеть");
        assertThat(events).isEmpty();
    }

    @Test
    void aFailedSaveKeepsTheWindow() {
        UnsavedWork.settle(List.of(editor("сеть", true, false), editor("заседание", true, true)), what -> ButtonData.YES,
                () -> events.add("close"));
        assertThat(events).containsExactly("save сеть");
    }

    @Test
    void nothingDirtyClosesAtOnce() {
        UnsavedWork.settle(List.of(editor("сеть", false, true)), what -> {
            throw new AssertionError("nothing to ask");
        }, () -> events.add("close"));
        assertThat(events).containsExactly("close");
    }
}
