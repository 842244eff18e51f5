package ru.knmc.innonet.app;

import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.demo.DemoLoader;

/** On the first start with an empty embedded database, offers the demo registry and loads it with progress. */
final class DemoOffer {
    private DemoOffer() {
    }

    static void offerIfEmpty(Stage stage, Services services, FxBackground background, boolean embedded, Runnable then) {
        background.run(() -> embedded && DemoLoader.isEmpty(services.database()), empty -> {
            if (!empty || !Dialogs.confirm(stage, Messages.get("demo.offer.text"), Messages.get("demo.offer.load"),
                    Messages.get("demo.offer.empty"))) {
                then.run();
                return;
            }
            Task<Void> task = new Task<>() {
                @Override
                protected Void call() {
                    DemoLoader.load(services.database(), (fraction, message) -> {
                        updateProgress(fraction, 1);
                        updateMessage(message);
                    });
                    return null;
                }
            };
            Label message = new Label();
            message.textProperty().bind(task.messageProperty());
            ProgressBar bar = new ProgressBar();
            bar.setPrefWidth(360);
            bar.progressProperty().bind(task.progressProperty());
            VBox box = new VBox(12, new Label(Messages.get("demo.loading")), bar, message);
            box.setAlignment(Pos.CENTER);
            stage.getScene().setRoot(box);
            task.setOnSucceeded(e -> then.run());
            task.setOnFailed(e -> {
                Dialogs.error(stage, task.getException());
                then.run();
            });
            background.execute(task);
        }, failure -> {
            Dialogs.error(stage, failure);
            then.run();
        });
    }
}
