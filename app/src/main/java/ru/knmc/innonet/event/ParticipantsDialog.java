package ru.knmc.innonet.event;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import ru.knmc.innonet.app.Dialogs;
import ru.knmc.innonet.app.Fx;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.UserException;
import ru.knmc.innonet.registry.Municipality;
import ru.knmc.innonet.registry.Organization;

/**
 * An event's participants: the summary (from the named list when there is one), the list, the import of a list
 * with its preview, and the entered counts by category, municipality or organization.
 */
final class ParticipantsDialog {
    private final EventsViewModel vm;
    private final EventRow event;
    private final TextArea summary = new TextArea();
    private final ObservableList<Participant> people = FXCollections.observableArrayList();
    private final ObservableList<Entry> counts = FXCollections.observableArrayList();
    private ParticipantImportPlan plan;

    /** One entered count as the editor shows it. */
    record Entry(Dimension dimension, long keyId, String name, int count) {
        @Override
        public String toString() {
            return dimension.displayName() + ": " + name + " — " + count;
        }
    }

    ParticipantsDialog(EventsViewModel vm, EventRow event) {
        this.vm = vm;
        this.event = event;
    }

    void show(Window owner) {
        summary.setEditable(false);
        summary.setWrapText(true);
        summary.setId("participants-summary");
        TableView<Participant> list = new TableView<>(people);
        list.getColumns().add(EventsView.column("participants.column.name", Participant::fullName, 260));
        list.getColumns().add(EventsView.column("participants.column.organization", Participant::organizationName, 260));
        list.getColumns().add(EventsView.column("participants.column.position", Participant::position, 200));
        TabPane tabs = new TabPane(tab("participants.tab.summary", summary), tab("participants.tab.list", list),
                tab("participants.tab.import", importPane(owner)), tab("participants.tab.counts", countsPane()));
        tabs.setPrefSize(860, 480);
        reload();
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(Messages.get("participants.title", event.title()));
        Dialogs.resizable(d);
        d.getDialogPane().setContent(tabs);
        d.getDialogPane().setPrefSize(900, 560);
        d.getDialogPane().getButtonTypes().add(new ButtonType(Messages.get("button.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        d.showAndWait();
    }

    private static Tab tab(String key, Node content) {
        Tab t = new Tab(Messages.get(key), content);
        t.setClosable(false);
        return t;
    }

    private void reload() {
        EventService s = vm.services().events();
        vm.background().run(() -> new Loaded(s.summary(event.id()), s.participants(event.id()), s.counts(event.id())), l -> {
            summary.setText(describe(l.summary()));
            people.setAll(l.people());
            counts.setAll(l.counts().stream().map(c -> new Entry(c.dimension(), c.keyId(), name(c), c.count())).toList());
        }, t -> summary.setText(Dialogs.describe(t)));
    }

    private record Loaded(ParticipationSummary summary, List<Participant> people, List<ParticipantCount> counts) {
    }

    private String name(ParticipantCount c) {
        return switch (c.dimension()) {
            case CATEGORY -> vm.services().events().categories().stream().filter(x -> x.id() == c.keyId())
                    .map(ParticipantCategory::name).findFirst().orElse("");
            case MUNICIPALITY -> vm.services().reference().municipalities().stream().filter(x -> x.id() == c.keyId())
                    .map(Municipality::name).findFirst().orElse("");
            case ORGANIZATION -> vm.organizations().stream().filter(x -> x.id() == c.keyId())
                    .map(Organization::shortName).findFirst().orElse("");
        };
    }

    static String describe(ParticipationSummary s) {
        StringBuilder b = new StringBuilder(Messages.get(s.fromList() ? "participants.summary.list" : "participants.summary.counts",
                s.total()));
        section(b, "participantDimension.CATEGORY", s.byCategory());
        section(b, "participantDimension.MUNICIPALITY", s.byMunicipality());
        section(b, "participantDimension.ORGANIZATION", s.byOrganization());
        if (!s.duplicates().isEmpty()) {
            b.append("\n\n").append(Messages.get("participants.summary.duplicates", String.join(", ", s.duplicates())));
        }
        return b.toString();
    }

    private static void section(StringBuilder b, String key, Map<String, Integer> m) {
        if (!m.isEmpty()) {
            b.append("\n\n").append(Messages.get(key)).append(':');
            m.forEach((k, v) -> b.append("\n  ").append(k).append(" — ").append(v));
        }
    }

    private Node importPane(Window owner) {
        TextField path = new TextField();
        path.setId("participants-path");
        HBox.setHgrow(path, Priority.ALWAYS);
        Button browse = new Button(Messages.get("button.browse"));
        browse.setOnAction(e -> {
            FileChooser c = new FileChooser();
            c.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("participants.filter"), "*.xlsx", "*.xls", "*.csv"));
            File f = c.showOpenDialog(owner);
            if (f != null) {
                path.setText(f.getAbsolutePath());
            }
        });
        TextArea preview = new TextArea();
        preview.setEditable(false);
        preview.setWrapText(true);
        preview.setId("participants-preview");
        Button read = new Button(Messages.get("visits.import.read"));
        Button apply = new Button(Messages.get("visits.import.apply"));
        apply.setDisable(true);
        read.setOnAction(e -> {
            apply.setDisable(true);
            String p = path.getText();
            ParticipantImportService imports = new ParticipantImportService(vm.services().database().dsl());
            vm.background().run(() -> {
                ParticipantListReader.Result r = new ParticipantListReader().read(Path.of(p.strip()));
                return imports.plan(event.id(), r.table().fileName(), r.drafts());
            }, result -> {
                plan = result;
                List<String> lines = new ArrayList<>();
                lines.add(Messages.get("cli.participants.dryRunDone", result.participants().size(), result.duplicates().size(),
                        result.existing()));
                result.duplicates().forEach(x -> lines.add(Messages.get("cli.participants.duplicate", x)));
                if (!result.unmatched().isEmpty()) {
                    lines.add(Messages.get("cli.participants.unmatched", String.join("», «", result.unmatched())));
                }
                preview.setText(String.join("\n", lines));
                apply.setDisable(false);
            }, t -> preview.setText(Dialogs.describe(t)));
        });
        apply.setOnAction(e -> {
            ParticipantImportPlan p = plan;
            ParticipantImportService imports = new ParticipantImportService(vm.services().database().dsl());
            apply.setDisable(true);
            vm.background().run(() -> imports.apply(p), n -> {
                preview.setText(Messages.get("cli.participants.done", p.participants().size(), p.duplicates().size(), p.existing()));
                reload();
            }, t -> preview.setText(Dialogs.describe(t)));
        });
        VBox box = new VBox(8, new HBox(6, new Label(Messages.get("visits.import.file")), path, browse), new HBox(8, read, apply), preview);
        box.setPadding(new Insets(10));
        return box;
    }

    private Node countsPane() {
        ListView<Entry> list = new ListView<>(counts);
        ComboBox<Dimension> dimension = Fx.combo(List.of(Dimension.values()), Dimension::displayName);
        ComboBox<Object> key = new ComboBox<>();
        key.setPrefWidth(280);
        dimension.valueProperty().addListener((o, a, b) -> {
            key.getItems().setAll(switch (b) {
                case CATEGORY -> new ArrayList<Object>(vm.services().events().categories());
                case MUNICIPALITY -> new ArrayList<Object>(vm.services().reference().municipalities());
                case ORGANIZATION -> new ArrayList<Object>(vm.organizations());
            });
        });
        key.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Object o) {
                return o instanceof Municipality m ? m.name() : o instanceof Organization org ? org.shortName()
                        : o == null ? "" : o.toString();
            }

            @Override
            public Object fromString(String s) {
                return null;
            }
        });
        dimension.setValue(Dimension.CATEGORY);
        TextField count = new TextField();
        count.setPrefColumnCount(6);
        Label error = new Label();
        error.getStyleClass().add("field-error");
        Button add = new Button(Messages.get("participants.counts.add"));
        add.setOnAction(e -> {
            error.setText("");
            try {
                Integer n = EventsView.integer(count, "participants.counts.count");
                Object k = key.getValue();
                if (n == null || k == null) {
                    throw new UserException("participants.counts.incomplete");
                }
                long id = k instanceof Municipality m ? m.id() : k instanceof Organization org ? org.id()
                        : ((ParticipantCategory) k).id();
                counts.add(new Entry(dimension.getValue(), id, key.getConverter().toString(k), n));
                count.clear();
            } catch (UserException ex) {
                error.setText(ex.getMessage());
            }
        });
        Button remove = new Button(Messages.get("button.delete"));
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> counts.remove(list.getSelectionModel().getSelectedItem()));
        Button save = new Button(Messages.get("button.save"));
        save.setOnAction(e -> {
            List<ParticipantCount> out = counts.stream().map(c -> new ParticipantCount(c.dimension(), c.keyId(), c.count())).toList();
            vm.background().run(() -> {
                vm.services().events().saveCounts(event.id(), out);
                return out;
            }, x -> {
                error.setText(Messages.get("participants.counts.saved"));
                reload();
            }, t -> error.setText(Dialogs.describe(t)));
        });
        HBox entry = new HBox(6, dimension, key, new Label(Messages.get("participants.counts.count")), count, add, remove);
        BorderPane pane = new BorderPane(list);
        VBox top = new VBox(6, new Label(Messages.get("participants.counts.hint")), entry);
        pane.setTop(top);
        pane.setBottom(new HBox(8, save, error));
        pane.setPadding(new Insets(10));
        return pane;
    }
}
