package ru.knmc.innonet.statistics;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import ru.knmc.innonet.app.Background;
import ru.knmc.innonet.app.Dialogs;
import ru.knmc.innonet.common.Dates;
import ru.knmc.innonet.common.Messages;

/** Import of a Metrica/GA4 export: read and plan in the background, show what changes, then apply all or nothing. */
public final class VisitImportViewModel {
    private final VisitStatsService visits;
    private final Background background;
    private final StringProperty path = new SimpleStringProperty("");
    private final ObjectProperty<WebResource> resource = new SimpleObjectProperty<>();
    private final ObjectProperty<Segment> segment = new SimpleObjectProperty<>(Segment.ALL);
    private final ReadOnlyObjectWrapper<VisitImportPlan> plan = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> preview = new ReadOnlyObjectWrapper<>("");
    private final ReadOnlyObjectWrapper<String> error = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Integer> imported = new ReadOnlyObjectWrapper<>();

    public VisitImportViewModel(VisitStatsService visits, Background background) {
        this.visits = visits;
        this.background = background;
        path.addListener((o, a, b) -> plan.set(null));
        resource.addListener((o, a, b) -> plan.set(null));
        segment.addListener((o, a, b) -> plan.set(null));
    }

    public void read() {
        error.set(null);
        WebResource r = resource.get();
        String p = path.get();
        if (r == null || p == null || p.isBlank()) {
            error.set(Messages.get("visits.import.choose"));
            return;
        }
        Segment s = segment.get();
        background.run(() -> visits.plan(r, s, new VisitFileReader().read(Path.of(p.strip()))), result -> {
            plan.set(result);
            preview.set(describe(result));
        }, t -> {
            plan.set(null);
            preview.set("");
            error.set(Dialogs.describe(t));
        });
    }

    public void apply() {
        VisitImportPlan p = plan.get();
        if (p == null) {
            return;
        }
        background.run(() -> visits.apply(p), imported::set, t -> error.set(Dialogs.describe(t)));
    }

    static String describe(VisitImportPlan p) {
        VisitFile f = p.file();
        List<String> lines = new ArrayList<>();
        lines.add(Messages.get("cli.visits.read", f.source().displayName(), f.formatDescription(), Dates.format(f.start()),
                Dates.format(f.end()), f.rows().size()));
        lines.add(Messages.get("cli.visits.total", n(f.total().visitors()), n(f.total().newVisitors()), n(f.total().visits()),
                n(f.total().pageViews())));
        if (!f.ignoredColumns().isEmpty()) {
            lines.add(Messages.get("cli.import.unknownColumns", String.join("», «", f.ignoredColumns())));
        }
        if (p.replaced().isEmpty()) {
            lines.add(Messages.get("visits.import.nothingReplaced"));
        }
        for (VisitStat old : p.replaced()) {
            lines.add(Messages.get("cli.visits.replaces", Dates.format(old.start()), Dates.format(old.end()),
                    old.source().displayName(), n(old.figures().visits())));
        }
        for (VisitStat k : p.kept()) {
            lines.add(Messages.get("cli.visits.kept", Dates.format(k.start()), Dates.format(k.end()),
                    k.source().displayName(), n(k.figures().visits())));
        }
        lines.add(Messages.get("visits.import.summary", p.added().size(), p.replaced().size(), p.resource().name(),
                p.segment().displayName()));
        return String.join("\n", lines);
    }

    private static String n(Integer v) {
        return v == null ? "—" : String.format(Messages.RUSSIAN, "%,d", v);
    }

    public StringProperty pathProperty() {
        return path;
    }

    public ObjectProperty<WebResource> resourceProperty() {
        return resource;
    }

    public ObjectProperty<Segment> segmentProperty() {
        return segment;
    }

    public ReadOnlyObjectProperty<VisitImportPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Integer> importedProperty() {
        return imported.getReadOnlyProperty();
    }
}
