package ru.knmc.innonet.app;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.db.Database;
import ru.knmc.innonet.db.DatabaseLocation;

/**
 * The window. Shows at once, opens the database in the background, offers the demo data when the
 * embedded database is empty, then shows the sections.
 */
public final class InnonetApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(InnonetApp.class);
    private static AppHome home;
    private static DatabaseLocation location;

    private final FxBackground background = new FxBackground();
    private Services services;

    public static void start(AppHome appHome, DatabaseLocation databaseLocation) {
        home = appHome;
        location = databaseLocation;
        Application.launch(InnonetApp.class);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle(Messages.get("app.title"));
        Label message = new Label(Messages.get("startup.opening", location.display()));
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(360);
        VBox splash = new VBox(12, message, progress);
        splash.setAlignment(Pos.CENTER);
        Scene scene = new Scene(splash, 1280, 800);
        scene.getStylesheets().add(getClass().getResource("/innonet.css").toExternalForm());
        stage.setScene(scene);
        stage.setMaximized(true);
        stage.show();
        background.run(() -> new Services(Database.open(location)), opened -> {
            services = opened;
            DemoOffer.offerIfEmpty(stage, opened, background, location.isEmbedded(), () -> showMain(stage));
        }, failure -> {
            Dialogs.error(stage, failure);
            Platform.exit();
        });
    }

    private void showMain(Stage stage) {
        Workbench workbench = new Workbench(home, services, background, () -> stage);
        MainWindow window = workbench.build();
        stage.setOnCloseRequest(e -> {
            e.consume(); // closes below once every unsaved editor is saved or discarded
            workbench.beforeClose(stage::close);
        });
        stage.getScene().setRoot(window.root());
        LOG.info("Main window shown");
    }

    @Override
    public void stop() {
        if (services != null) {
            services.close();
        }
    }
}
