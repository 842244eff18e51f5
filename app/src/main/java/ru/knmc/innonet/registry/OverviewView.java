package ru.knmc.innonet.registry;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import ru.knmc.innonet.app.Fx;
import ru.knmc.innonet.common.AcademicYear;
import ru.knmc.innonet.common.Messages;

/**
 * «Общая инновационная инфраструктура»: directions × types with the organizations in each cell,
 * organizations per status kind, and the share of the municipality's organizations.
 */
public final class OverviewView {
    private final OverviewViewModel vm;
    private final BorderPane root = new BorderPane();
    private final VBox body = new VBox(14);
    private final HBox actions = new HBox(8);

    public OverviewView(OverviewViewModel vm) {
        this.vm = vm;
        Label title = new Label(Messages.get("overview.title"));
        title.getStyleClass().add("section-title");
        ComboBox<AcademicYear> year = Fx.combo(vm.years(), AcademicYear::toString);
        year.setId("overview-year");
        year.valueProperty().bindBidirectional(vm.yearProperty());
        ComboBox<Municipality> municipality = Fx.combo(vm.municipalities(), Municipality::name);
        municipality.setId("overview-municipality");
        municipality.valueProperty().bindBidirectional(vm.municipalityProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(10, title, new Label(Messages.get("overview.year")), year,
                new Label(Messages.get("overview.municipality")), municipality, spacer, actions);
        head.getStyleClass().add("toolbar-row");
        root.setTop(head);
        body.setPadding(new Insets(10));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        root.setCenter(scroll);
        vm.overviewProperty().addListener((o, a, ov) -> show(ov));
        vm.errorProperty().addListener((o, a, text) -> Fx.showError(root, text));
        vm.load();
    }

    public void addAction(Button b) {
        actions.getChildren().add(b);
    }

    private void show(Overview ov) {
        body.getChildren().setAll(shares(ov), matrix(ov), perKind(ov));
    }

    private Node shares(Overview ov) {
        HBox box = new HBox(30);
        for (Overview.Share s : ov.shares()) {
            Label figure = new Label(s.total() == 0 ? "—" : Messages.get("overview.share.percent", Math.round(s.percent())));
            figure.getStyleClass().add("share-figure");
            figure.setId("overview-share-" + s.year());
            Label text = new Label(s.total() == 0
                    ? Messages.get("overview.share.noTotals", s.year(), ov.municipality())
                    : Messages.get("overview.share.text", s.year(), s.inInfrastructure(), s.total(), ov.municipality()));
            text.setWrapText(true);
            box.getChildren().add(new VBox(2, figure, text));
        }
        return box;
    }

    private Node matrix(Overview ov) {
        GridPane g = new GridPane();
        g.setId("overview-matrix");
        List<OrgType> types = ov.types();
        g.getColumnConstraints().add(new ColumnConstraints(240));
        for (int i = 0; i < types.size(); i++) {
            ColumnConstraints c = new ColumnConstraints(150, 220, Double.MAX_VALUE);
            c.setHgrow(Priority.ALWAYS);
            g.getColumnConstraints().add(c);
        }
        g.add(header(Messages.get("overview.direction")), 0, 0);
        for (int i = 0; i < types.size(); i++) {
            g.add(header(types.get(i).displayName()), i + 1, 0);
        }
        int row = 1;
        for (Direction d : ov.directions()) {
            Label name = new Label(d.title() + (d.audience() == Audience.ALL ? "" : " (" + d.audience().displayName() + ")"));
            name.setWrapText(true);
            name.getStyleClass().add("matrix-cell");
            name.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            g.add(name, 0, row);
            for (int i = 0; i < types.size(); i++) {
                List<String> orgs = ov.cell(d, types.get(i));
                Label count = new Label(orgs.isEmpty() ? "" : String.valueOf(orgs.size()));
                count.getStyleClass().add("matrix-count");
                Label list = new Label(String.join("\n", orgs));
                list.setWrapText(true);
                VBox cell = new VBox(2, count, list);
                cell.getStyleClass().add("matrix-cell");
                cell.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
                g.add(cell, i + 1, row);
            }
            row++;
        }
        if (ov.directions().isEmpty()) {
            g.add(new Label(Messages.get("overview.noDirections", ov.year())), 0, 1, types.size() + 1, 1);
        }
        return g;
    }

    private Node perKind(Overview ov) {
        GridPane g = new GridPane();
        g.setId("overview-kinds");
        g.setHgap(20);
        g.setVgap(4);
        g.add(header(Messages.get("overview.kind")), 0, 0);
        g.add(header(Messages.get("overview.kindCount")), 1, 0);
        int row = 1;
        for (Overview.KindCount k : ov.perKind()) {
            if (k.organizations() == 0) {
                continue;
            }
            g.add(new Label(k.kind().shortName() + " — " + k.kind().fullName()), 0, row);
            g.add(new Label(String.valueOf(k.organizations())), 1, row);
            row++;
        }
        Label title = new Label(Messages.get("overview.perKind", ov.year()));
        title.getStyleClass().add("section-title");
        return new VBox(6, title, g);
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("matrix-header");
        l.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        l.setWrapText(true);
        return l;
    }

    public Node root() {
        return root;
    }

    public OverviewViewModel viewModel() {
        return vm;
    }
}
