package ru.knmc.innonet.app;

import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;
import ru.knmc.innonet.db.Database;
import ru.knmc.innonet.db.DatabaseLocation;
import ru.knmc.innonet.demo.DemoLoader;

/** What the window tests share: a demo database built once, the main window on one section, waiting for it. */
public final class DemoWindow {
    private DemoWindow() {
    }

    /**
     * A fresh in-memory database with the whole demo. Build it in {@code @BeforeAll}, off the FX thread: built in
     * {@code @Start} it would hold up TestFX's window set-up.
     */
    public static Services demoServices(String name) {
        Services services = new Services(Database.open(DatabaseLocation.inMemory(name + System.nanoTime())));
        DemoLoader.load(services.database(), (f, m) -> { });
        return services;
    }

    /** The main window on {@code section}, 1280×800 with the program's style sheet, in its own data folder. */
    public static Workbench show(Stage stage, Services services, String section) throws IOException {
        Workbench workbench = new Workbench(new AppHome(Files.createTempDirectory("innonet-test")), services,
                new FxBackground(), () -> stage);
        MainWindow window = workbench.build();
        window.show(section);
        Scene scene = new Scene(window.root(), 1280, 800);
        scene.getStylesheets().add(DemoWindow.class.getResource("/innonet.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        return workbench;
    }

    /** Waits up to 15 s for {@code condition}, then for the FX events it caused. */
    public static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
