package ru.knmc.innonet.app;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work off the FX thread and hands the result back on it. View models take it in their
 * constructor so that tests can run the work on the calling thread ({@link #direct()}).
 */
public interface Background {
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs everything on the calling thread: for view-model tests without a window. */
    static Background direct() {
        return new Background() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }
        };
    }
}
