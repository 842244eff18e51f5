package ru.knmc.innonet.app;

import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Screen;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.UserException;

/** Messages to the user: Russian text, never a stack trace (that goes to the log). */
public final class Dialogs {
    private static final Logger LOG = LoggerFactory.getLogger(Dialogs.class);

    private Dialogs() {
    }

    /**
     * Makes a dialog resizable and gives it its size on screen. Some Linux window managers (seen with openbox) keep
     * a resizable JavaFX dialog at 200×200 while JavaFX believes it has the size of its content; once shown, the
     * dialog's size is set again, which the window manager then applies, and the dialog is put over its owner.
     */
    public static void resizable(Dialog<?> d) {
        d.setResizable(true);
        d.showingProperty().addListener((o, was, is) -> {
            if (is) {
                Platform.runLater(() -> fit(d));
            }
        });
    }

    private static void fit(Dialog<?> d) {
        Scene scene = d.getDialogPane().getScene();
        if (scene == null || scene.getWindow() == null) {
            return;
        }
        Window w = scene.getWindow();
        Parent root = scene.getRoot();
        Rectangle2D screen = Screen.getScreensForRectangle(w.getX(), w.getY(), 1, 1).stream().findFirst()
                .orElse(Screen.getPrimary()).getVisualBounds();
        double chromeWidth = Math.max(0, w.getWidth() - scene.getWidth());
        double chromeHeight = Math.max(0, w.getHeight() - scene.getHeight());
        double width = Math.min(screen.getWidth(), Math.max(root.minWidth(-1), root.prefWidth(-1)) + chromeWidth);
        double height = Math.min(screen.getHeight(),
                Math.max(root.minHeight(width), root.prefHeight(width - chromeWidth)) + chromeHeight);
        // Set twice: a size equal to the one JavaFX believes the window has would not reach the window manager.
        w.setWidth(width + 1);
        w.setWidth(width);
        w.setHeight(height + 1);
        w.setHeight(height);
        Window owner = d.getOwner();
        double x = owner == null ? screen.getMinX() + (screen.getWidth() - width) / 2
                : owner.getX() + (owner.getWidth() - width) / 2;
        double y = owner == null ? screen.getMinY() + (screen.getHeight() - height) / 3
                : owner.getY() + (owner.getHeight() - height) / 3;
        w.setX(Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - width)));
        w.setY(Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - height)));
    }

    /** «ОК» from the bundle: JavaFX's own button text is not localized. */
    public static ButtonType okButton() {
        return new ButtonType(Messages.get("button.ok"), ButtonBar.ButtonData.OK_DONE);
    }

    public static String describe(Throwable t) {
        Throwable cause = t;
        while (cause != null) {
            if (cause instanceof UserException) {
                return cause.getMessage();
            }
            cause = cause.getCause();
        }
        LOG.error("Unexpected error", t);
        return Messages.get("error.unexpected", System.getProperty("innonet.logdir", "logs") + "/innonet.log");
    }

    public static void error(Window owner, Throwable t) {
        LOG.info("Shown to the user: {}", t.toString());
        Alert a = new Alert(Alert.AlertType.ERROR, describe(t), okButton());
        a.initOwner(owner);
        a.setTitle(Messages.get("dialog.error.title"));
        a.setHeaderText(null);
        a.showAndWait();
    }

    public static void info(Window owner, String text) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, text, okButton());
        a.initOwner(owner);
        a.setTitle(Messages.get("app.name"));
        a.setHeaderText(null);
        a.showAndWait();
    }

    public static boolean confirm(Window owner, String text, String yesLabel) {
        return confirm(owner, text, yesLabel, Messages.get("button.cancel"));
    }

    public static boolean confirm(Window owner, String text, String yesLabel, String noLabel) {
        ButtonType yes = new ButtonType(yesLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(noLabel, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, text, yes, no);
        a.initOwner(owner);
        a.setTitle(Messages.get("app.name"));
        a.setHeaderText(null);
        Optional<ButtonType> r = a.showAndWait();
        return r.isPresent() && r.get() == yes;
    }

    /** Save / discard / cancel for a window with unsaved changes: SAVE, DISCARD or null (stay). */
    public static ButtonBar.ButtonData unsavedChanges(Window owner, String what) {
        ButtonType save = new ButtonType(Messages.get("button.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Messages.get("button.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(Messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("dialog.unsaved.text", what), save, discard, cancel);
        a.initOwner(owner);
        a.setTitle(Messages.get("dialog.unsaved.title"));
        a.setHeaderText(null);
        return a.showAndWait().map(ButtonType::getButtonData).filter(d -> d != ButtonBar.ButtonData.CANCEL_CLOSE).orElse(null);
    }

    /**
     * Runs {@code next} once the unsaved changes are saved ({@code save} runs {@code next} when done) or
     * dropped; with «Отмена» the user stays where they are. Without changes {@code next} runs at once.
     */
    public static void afterUnsaved(Window owner, String what, javafx.beans.property.BooleanProperty dirty,
                                    java.util.function.Consumer<Runnable> save, Runnable next) {
        if (!dirty.get()) {
            next.run();
            return;
        }
        ButtonBar.ButtonData answer = unsavedChanges(owner, what);
        if (answer == ButtonBar.ButtonData.YES) {
            save.accept(next);
        } else if (answer == ButtonBar.ButtonData.NO) {
            dirty.set(false);
            next.run();
        }
    }
}
