package ru.knmc.innonet.annualreport;

import java.io.File;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import ru.knmc.innonet.app.Dialogs;
import ru.knmc.innonet.app.Fx;
import ru.knmc.innonet.common.Messages;

/**
 * «Отчёт КИП»: choose the year, edit the title page and each section's text (bold, italic, lists,
 * placeholders), see the preview with the figures and what the data lacks (each with a link to the
 * section where to enter it), write Word, the Excel annex and the work plan.
 */
public final class AnnualReportView {
    private static final String[] TITLE_KEYS = {"organization", "siteTitle", "projectTitle", "siteOrder", "headPosition",
            "headName", "place"};
    private final AnnualReportViewModel vm;
    private final Supplier<Window> owner;
    private final BorderPane root = new BorderPane();
    private final TextArea editor = new TextArea();
    private final StackPane editorPane = new StackPane();
    private final VBox preview = new VBox(8);
    private final ComboBox<Integer> year;
    private int shownSection = -1;
    private boolean revertingYear;

    public AnnualReportView(AnnualReportViewModel vm, Supplier<Window> owner, Consumer<String> openSection) {
        this.vm = vm;
        this.owner = owner;
        root.setId("annual-report");
        Label title = new Label(Messages.get("annualReport.title"));
        title.getStyleClass().add("section-title");
        year = Fx.combo(vm.years(), y -> Integer.toString(y));
        year.setId("report-year");
        vm.yearProperty().addListener((o, a, b) -> {
            revertingYear = true;
            year.setValue(b);
            revertingYear = false;
        });
        year.valueProperty().addListener((o, a, b) -> changeYear(a, b));
        Button save = button("annualReport.action.save", "report-save", e -> vm.save(null));
        save.disableProperty().bind(vm.dirtyProperty().not());
        Button refresh = button("annualReport.action.refresh", "report-refresh", e -> vm.refresh());
        Button word = button("annualReport.action.word", "report-word", e -> choose("annualReport.word.fileName", "*.docx",
                "file.docx", f -> vm.writeWord(f.toPath())));
        word.setDefaultButton(false);
        Button annex = button("annualReport.action.annex", "report-annex", e -> choose("annualReport.annex.fileName", "*.xlsx",
                "file.xlsx", f -> vm.writeAnnex(f.toPath())));
        Button plan = button("annualReport.action.workPlan", "report-workplan-word", e -> choose("annualReport.workPlan.fileName",
                "*.docx", "file.docx", f -> vm.writeWorkPlan(f.toPath())));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.busyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(10, title, new Label(Messages.get("annualReport.year")), year, save, refresh, spacer, busy,
                word, annex, plan);
        head.getStyleClass().add("toolbar-row");
        root.setTop(head);

        TabPane tabs = new TabPane(new Tab(Messages.get("annualReport.tab.text"), textTab()),
                new Tab(Messages.get("annualReport.tab.preview"), previewTab()),
                gapsTab(openSection), new Tab(Messages.get("annualReport.tab.workPlan"), new WorkPlanPane(vm.workPlan()).root()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("report-tabs");
        root.setCenter(tabs);
        Label message = new Label();
        message.setId("report-message");
        message.textProperty().bind(vm.messageProperty());
        root.setBottom(new HBox(message));
        BorderPane.setMargin(root.getBottom(), new Insets(4, 8, 4, 8));
        vm.errorProperty().addListener((o, a, text) -> {
            if (text != null) {
                Fx.showError(root, text);
            }
        });
        vm.dataProperty().addListener((o, a, d) -> showPreview());
        root.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), () -> {
                    if (root.getParent() != null && vm.dirtyProperty().get()) {
                        vm.save(null);
                    }
                });
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), () -> {
                    if (root.getParent() != null) {
                        word.fire();
                    }
                });
            }
        });
        vm.load();
    }

    private static Button button(String key, String id, javafx.event.EventHandler<javafx.event.ActionEvent> action) {
        Button b = new Button(Messages.get(key));
        b.setId(id);
        b.setOnAction(action);
        return b;
    }

    private void changeYear(Integer from, Integer to) {
        if (revertingYear || to == null || to.equals(vm.yearProperty().get())) {
            return;
        }
        if (vm.dirtyProperty().get()) {
            ButtonBar.ButtonData answer = Dialogs.unsavedChanges(owner.get(), Messages.get("annualReport.what", from));
            if (answer == null) {
                revertingYear = true;
                year.setValue(from);
                revertingYear = false;
                return;
            }
            if (answer == ButtonBar.ButtonData.YES) {
                vm.save(() -> vm.open(to));
                return;
            }
        }
        vm.open(to);
    }

    private void choose(String nameKey, String pattern, String filterKey, Consumer<File> then) {
        Integer y = vm.yearProperty().get();
        if (y == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get(filterKey), pattern));
        chooser.setInitialFileName(Messages.get(nameKey, y, y + 1));
        File f = chooser.showSaveDialog(owner.get());
        if (f != null) {
            then.accept(f);
        }
    }

    // ---- text --------------------------------------------------------------------------------------

    private Node textTab() {
        ListView<Integer> parts = new ListView<>();
        parts.setId("report-parts");
        for (int i = 0; i <= ru.knmc.innonet.annualreport.AnnualReport.SECTIONS; i++) {
            parts.getItems().add(i);
        }
        parts.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Integer n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty || n == null ? null : n == 0 ? Messages.get("annualReport.titlePage")
                        : ru.knmc.innonet.annualreport.AnnualReport.numberedTitle(n));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        parts.getSelectionModel().selectedItemProperty().addListener((o, a, n) -> showPart(n));
        editor.setWrapText(true);
        editor.setId("report-editor");
        VBox right = new VBox(6, toolbar(), editorPane);
        VBox.setVgrow(editorPane, Priority.ALWAYS);
        right.setPadding(new Insets(6));
        SplitPane split = new SplitPane(parts, right);
        split.setDividerPositions(0.28);
        parts.getSelectionModel().select(1);
        return split;
    }

    private Node toolbar() {
        Button bold = tool("annualReport.tool.bold", "report-bold", () -> TextEdits.wrap(editor, "**"));
        bold.setStyle("-fx-font-weight: bold");
        Button italic = tool("annualReport.tool.italic", "report-italic", () -> TextEdits.wrap(editor, "*"));
        italic.setStyle("-fx-font-style: italic");
        Button bullets = tool("annualReport.tool.bullets", "report-bullets", () -> TextEdits.prefixLines(editor, false));
        Button numbers = tool("annualReport.tool.numbers", "report-numbers", () -> TextEdits.prefixLines(editor, true));
        ComboBox<Placeholders.Placeholder> picker = new ComboBox<>();
        picker.setId("report-placeholder");
        picker.setPromptText(Messages.get("annualReport.tool.placeholder"));
        picker.setOnShowing(e -> picker.getItems().setAll(vm.placeholders()));
        picker.setPrefWidth(360);
        Button insert = tool("annualReport.tool.insert", "report-insert", () -> {
            Placeholders.Placeholder p = picker.getValue();
            if (p != null) {
                editor.replaceSelection(p.token());
                editor.requestFocus();
            }
        });
        insert.disableProperty().bind(picker.valueProperty().isNull());
        editor.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.B) {
                TextEdits.wrap(editor, "**");
                e.consume();
            } else if (e.isShortcutDown() && e.getCode() == KeyCode.I) {
                TextEdits.wrap(editor, "*");
                e.consume();
            }
        });
        Label hint = new Label(Messages.get("annualReport.tool.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        HBox row = new HBox(6, bold, italic, bullets, numbers, picker, insert);
        return new VBox(4, row, hint);
    }

    private Button tool(String key, String id, Runnable action) {
        Button b = new Button(Messages.get(key));
        b.setId(id);
        b.setTooltip(new Tooltip(Messages.get(key + ".tip")));
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void showPart(Integer n) {
        if (shownSection > 0) {
            editor.textProperty().unbindBidirectional(vm.section(shownSection));
        }
        shownSection = n == null ? -1 : n;
        if (n == null) {
            editorPane.getChildren().clear();
        } else if (n == 0) {
            editorPane.getChildren().setAll(titleForm());
        } else {
            editor.textProperty().bindBidirectional(vm.section(n));
            editorPane.getChildren().setAll(editor);
        }
    }

    private Node titleForm() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.setId("report-title-form");
        for (int i = 0; i < TITLE_KEYS.length; i++) {
            TextField f = new TextField();
            f.setId("report-title-" + TITLE_KEYS[i]);
            f.textProperty().bindBidirectional(vm.titleField(i));
            GridPane.setHgrow(f, Priority.ALWAYS);
            g.addRow(i, new Label(Messages.get("annualReport.field." + TITLE_KEYS[i])), f);
        }
        return g;
    }

    // ---- preview and gaps -----------------------------------------------------------------------------

    private Node previewTab() {
        preview.setPadding(new Insets(12));
        preview.setId("report-preview");
        ScrollPane scroll = new ScrollPane(preview);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private void showPreview() {
        ReportData d = vm.dataProperty().get();
        if (d == null) {
            return;
        }
        preview.getChildren().setAll(PreviewNodes.build(vm.edited(), d));
    }

    private Tab gapsTab(Consumer<String> openSection) {
        ListView<Gap> list = new ListView<>(vm.gaps());
        list.setId("report-gaps");
        list.setPlaceholder(new Label(Messages.get("annualReport.gaps.none")));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Gap g, boolean empty) {
                super.updateItem(g, empty);
                if (empty || g == null) {
                    setGraphic(null);
                    return;
                }
                Label text = new Label(g.text());
                text.setWrapText(true);
                text.setMaxWidth(800);
                Hyperlink go = new Hyperlink(Messages.get("annualReport.gaps.go", Messages.get("nav." + g.sectionId())));
                go.setOnAction(e -> openSection.accept(g.sectionId()));
                setGraphic(new VBox(2, text, go));
            }
        });
        Tab tab = new Tab();
        tab.setContent(list);
        tab.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> Messages.get("annualReport.tab.gaps", vm.gaps().size()), vm.gaps()));
        return tab;
    }

    public Node root() {
        return root;
    }

    public AnnualReportViewModel viewModel() {
        return vm;
    }

    static List<String> titleKeys() {
        return List.of(TITLE_KEYS);
    }
}
