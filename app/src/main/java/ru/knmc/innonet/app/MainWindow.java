package ru.knmc.innonet.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import ru.knmc.innonet.common.Messages;

/**
 * The main window: a navigation rail on the left (Alt+1, Alt+2… switch sections), the section in the
 * middle, a status line at the bottom. Sections are built on first visit.
 */
public final class MainWindow {
    /** A section of the rail: its bundle key and how to build its content. */
    public record Section(String id, String titleKey, Supplier<Node> content) {
    }

    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final ToggleGroup rail = new ToggleGroup();
    private final Label status = new Label();
    private final Map<String, Node> built = new LinkedHashMap<>();
    private final Map<String, ToggleButton> buttons = new LinkedHashMap<>();
    private final List<Section> sections = new ArrayList<>();

    public MainWindow(List<Section> sections, String databaseLabel) {
        this.sections.addAll(sections);
        VBox nav = new VBox(4);
        nav.getStyleClass().add("nav-rail");
        nav.setPadding(new Insets(8));
        Label brand = new Label(Messages.get("app.name"));
        brand.getStyleClass().add("brand");
        nav.getChildren().add(brand);
        int index = 1;
        for (Section s : sections) {
            ToggleButton b = new ToggleButton(Messages.get(s.titleKey()));
            b.setId("nav-" + s.id());
            b.setToggleGroup(rail);
            b.setMaxWidth(Double.MAX_VALUE);
            b.getStyleClass().add("nav-button");
            b.setTooltip(new Tooltip("Alt+" + index));
            b.setOnAction(e -> show(s.id()));
            buttons.put(s.id(), b);
            nav.getChildren().add(b);
            index++;
        }
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        nav.getChildren().add(spacer);

        status.setText(Messages.get("main.status.database", databaseLabel));
        HBox statusBar = new HBox(status);
        statusBar.getStyleClass().add("status-bar");
        statusBar.setPadding(new Insets(3, 8, 3, 8));

        root.setLeft(nav);
        root.setCenter(content);
        root.setBottom(statusBar);
        root.getStyleClass().add("main-window");
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                for (int i = 0; i < sections.size() && i < 9; i++) {
                    String id = sections.get(i).id();
                    scene.getAccelerators().put(new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf(i + 1)),
                            KeyCombination.ALT_DOWN), () -> show(id));
                }
            }
        });
        if (!sections.isEmpty()) {
            show(sections.get(0).id());
        }
    }

    public void show(String id) {
        Section s = sections.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        Node node = built.computeIfAbsent(id, k -> s.content().get());
        content.getChildren().setAll(node);
        buttons.get(id).setSelected(true);
    }

    /** True when the rail has a section with this id. */
    public boolean has(String id) {
        return buttons.containsKey(id);
    }

    public void setStatus(String text) {
        status.setText(text);
    }

    public Parent root() {
        return root;
    }
}
