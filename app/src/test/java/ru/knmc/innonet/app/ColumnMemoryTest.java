package ru.knmc.innonet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import ru.knmc.innonet.db.Database;
import ru.knmc.innonet.db.DatabaseLocation;
import ru.knmc.innonet.registry.RegistryColumn;
import ru.knmc.innonet.registry.RegistryEntry;
import ru.knmc.innonet.registry.RegistryView;

/** The registry's columns come back as the user left them: chosen, hidden and reordered. */
@ExtendWith(ApplicationExtension.class)
class ColumnMemoryTest {
    private Services services;
    private Path home;
    private RegistryView first;

    @Start
    void start(Stage stage) throws Exception {
        home = Files.createTempDirectory("innonet-ui");
        services = new Services(Database.open(DatabaseLocation.inMemory("columns" + System.nanoTime())));
        Workbench workbench = new Workbench(new AppHome(home), services, new FxBackground(), () -> stage);
        MainWindow window = workbench.build();
        window.show("registry");
        stage.setScene(new Scene(window.root(), 1000, 600));
        first = workbench.registryView();
        stage.show();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void hiddenAndMovedColumnsAreRememberedForTheNextStart(FxRobot robot) throws Exception {
        robot.interact(() -> {
            TableView<RegistryEntry> table = first.table();
            column(table, RegistryColumn.MUNICIPALITY).setVisible(false);
            column(table, RegistryColumn.HEAD).setVisible(true);
            TableColumn<RegistryEntry, ?> number = column(table, RegistryColumn.NUMBER);
            table.getColumns().remove(number);
            table.getColumns().add(0, number);
        });
        Properties saved = new Properties();
        try (var in = Files.newBufferedReader(home.resolve("ui.properties"))) {
            saved.load(in);
        }
        assertThat(saved.getProperty("registry.columns")).startsWith("NUMBER,SHORT_NAME,TYPE,STATUSES")
                .contains("HEAD").doesNotContain("MUNICIPALITY");

        robot.interact(() -> {
            Workbench again = new Workbench(new AppHome(home), services, new FxBackground(), () -> null);
            again.build();
            RegistryView restored = again.registryView();
            assertThat(restored.visibleColumns()).isEqualTo(first.visibleColumns());
            assertThat(restored.visibleColumns().get(0)).isEqualTo(RegistryColumn.NUMBER);
            assertThat(restored.visibleColumns()).contains(RegistryColumn.HEAD).doesNotContain(RegistryColumn.MUNICIPALITY);
        });
    }

    private static TableColumn<RegistryEntry, ?> column(TableView<RegistryEntry> table, RegistryColumn which) {
        return table.getColumns().stream().filter(c -> c.getUserData() == which).findFirst().orElseThrow();
    }
}
