package ru.knmc.innonet.council;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import ru.knmc.innonet.app.FormDialog;
import ru.knmc.innonet.app.Fx;
import ru.knmc.innonet.app.RecordTable;
import ru.knmc.innonet.common.AcademicYear;
import ru.knmc.innonet.common.Dates;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.ValidationException;
import ru.knmc.innonet.registry.LegalOrder;
import ru.knmc.innonet.registry.Organization;
import ru.knmc.innonet.registry.Person;

/** Dialogs of the council screen: an agenda item with its protocol, a decision point, a remark, a member. */
final class CouncilDialogs {
    private final CouncilViewModel vm;
    private final Supplier<Window> owner;

    CouncilDialogs(CouncilViewModel vm, Supplier<Window> owner) {
        this.vm = vm;
        this.owner = owner;
    }

    private Person person(Long id) {
        return vm.person(id);
    }

    private static <T> T need(T value, String key) {
        if (value == null) {
            throw new ValidationException("value", "validation.required", Messages.get(key));
        }
        return value;
    }

    Optional<AgendaItem> item(Optional<AgendaItem> existing) {
        AgendaItem it = existing.orElse(AgendaItem.of("", 10, List.of()));
        TextField title = new TextField(it.title());
        title.setId("item-title");
        title.setPromptText(Messages.get("council.item.titlePrompt"));
        Spinner<Integer> minutes = new Spinner<>(1, 600, it.durationMinutes() == null ? 10 : it.durationMinutes(), 5);
        minutes.setEditable(true);
        minutes.setId("item-minutes");
        TextField materials = new TextField(it.materials() == null ? "" : it.materials());
        ObservableList<Person> speakers = FXCollections.observableArrayList(
                it.speakerIds().stream().map(this::person).filter(p -> p != null).toList());
        ListView<Person> speakerList = new ListView<>(speakers);
        speakerList.setPrefHeight(80);
        ComboBox<Person> speaker = Fx.searchableNullableCombo(vm.persons(), "", Person::shortName);
        speaker.setId("item-speaker");
        Button addSpeaker = new Button(Messages.get("council.item.addSpeaker"));
        addSpeaker.setId("item-speaker-add");
        addSpeaker.setOnAction(e -> {
            if (speaker.getValue() != null && !speakers.contains(speaker.getValue())) {
                speakers.add(speaker.getValue());
            }
        });
        Button removeSpeaker = new Button(Messages.get("rows.remove"));
        removeSpeaker.setOnAction(e -> speakers.remove(speakerList.getSelectionModel().getSelectedItem()));
        ComboBox<Person> heard = Fx.searchableNullableCombo(vm.persons(), "", Person::shortName);
        heard.setValue(person(it.heardPersonId()));
        TextField heardText = new TextField(it.heardText() == null ? "" : it.heardText());
        heardText.setPromptText(Messages.get("council.item.heardPrompt"));
        ObservableList<Remark> remarks = FXCollections.observableArrayList(it.remarks());
        RecordTable<Remark> remarkTable = new RecordTable<>("remarks", remarks, () -> remark(Optional.empty()), this::remark)
                .column("council.remark.person", r -> vm.personName(r.personId()), 130)
                .column("council.remark.gist", Remark::gist, 300);
        remarkTable.table().setPrefHeight(110);
        ObservableList<DecisionPoint> points = FXCollections.observableArrayList(it.decisions());
        RecordTable<DecisionPoint> pointTable = new RecordTable<>("points", points, () -> point(Optional.empty()), this::point)
                .column("council.point.no", d -> String.valueOf(points.indexOf(d) + 1), 40)
                .column("council.point.text", DecisionPoint::text, 300)
                .column("council.point.responsible", d -> String.join(", ", List.of(vm.personName(d.responsiblePersonId()),
                        vm.orgName(d.responsibleOrgId())).stream().filter(s -> !s.isEmpty()).toList()), 140)
                .column("council.point.due", d -> Dates.format(d.dueDate()), 90);
        pointTable.table().setPrefHeight(130);
        return new FormDialog().field("council.item.title", title).field("council.item.minutes", minutes)
                .field("council.item.materials", materials)
                .field("council.item.speakers", new VBox(4, speakerList, new HBox(6, speaker, addSpeaker, removeSpeaker)))
                .field("council.item.heard", new VBox(4, heard, heardText))
                .field("council.item.remarks", remarkTable.root()).field("council.item.points", pointTable.root())
                .show(owner.get(), Messages.get("council.item.dialog"), "item", () -> {
                    AgendaItem result = new AgendaItem(it.id(), title.getText(), minutes.getValue(), materials.getText(),
                            speakers.stream().map(Person::id).toList(), heard.getValue() == null ? null : heard.getValue().id(),
                            heardText.getText(), remarks, points);
                    if (!AgendaTitles.startsProperly(result.title())) {
                        throw new ValidationException("title", "validation.meeting.itemTitle", vm.items().indexOf(it) + 1 > 0
                                ? vm.items().indexOf(it) + 1 : vm.items().size() + 1, result.title());
                    }
                    return result;
                });
    }

    Optional<Remark> remark(Optional<Remark> existing) {
        ComboBox<Person> who = Fx.searchableNullableCombo(vm.persons(), "", Person::shortName);
        TextArea gist = new TextArea(existing.map(Remark::gist).orElse(""));
        gist.setPrefRowCount(3);
        gist.setWrapText(true);
        existing.ifPresent(r -> who.setValue(person(r.personId())));
        return new FormDialog().field("council.remark.person", who).field("council.remark.gist", gist)
                .show(owner.get(), Messages.get("council.remark.dialog"), "remark", () -> {
                    if (gist.getText().isBlank()) {
                        throw new ValidationException("gist", "validation.required", Messages.get("council.remark.gist"));
                    }
                    return new Remark(need(who.getValue(), "council.remark.person").id(), gist.getText());
                });
    }

    Optional<DecisionPoint> point(Optional<DecisionPoint> existing) {
        DecisionPoint d = existing.orElse(DecisionPoint.of(""));
        TextArea text = new TextArea(d.text());
        text.setId("point-text");
        text.setPrefRowCount(3);
        text.setWrapText(true);
        ComboBox<Person> person = Fx.searchableNullableCombo(vm.persons(), "", Person::shortName);
        person.setValue(person(d.responsiblePersonId()));
        ComboBox<Organization> org = Fx.searchableNullableCombo(vm.organizations(), "", Organization::shortName);
        org.setValue(d.responsibleOrgId() == null ? null
                : vm.organizations().stream().filter(o -> o.id().equals(d.responsibleOrgId())).findFirst().orElse(null));
        DatePicker due = Fx.datePicker();
        due.setValue(d.dueDate());
        DatePicker done = Fx.datePicker();
        done.setValue(d.doneOn());
        List<AcademicYear> years = new java.util.ArrayList<>();
        for (int y = AcademicYear.current().startYear() + 1; y >= 2015; y--) {
            years.add(new AcademicYear(y));
        }
        ComboBox<AcademicYear> directions = Fx.nullableCombo(years, Messages.get("council.point.noDirections"), AcademicYear::toString);
        directions.setValue(d.directionsYear() == null ? null : new AcademicYear(d.directionsYear()));
        ComboBox<LegalOrder> order = Fx.searchableNullableCombo(vm.orders(), "", LegalOrder::reference);
        order.setValue(d.directionsOrderId() == null ? null
                : vm.orders().stream().filter(o -> o.id().equals(d.directionsOrderId())).findFirst().orElse(null));
        return new FormDialog().field("council.point.text", text).field("council.point.person", person)
                .field("council.point.org", org).field("council.point.due", due).field("council.point.done", done)
                .field("council.point.directions", directions).field("council.point.order", order)
                .show(owner.get(), Messages.get("council.point.dialog"), "point", () -> {
                    if (text.getText().isBlank()) {
                        throw new ValidationException("text", "validation.required", Messages.get("council.point.text"));
                    }
                    return new DecisionPoint(d.id(), text.getText(), person.getValue() == null ? null : person.getValue().id(),
                            org.getValue() == null ? null : org.getValue().id(), due.getValue(), done.getValue(),
                            directions.getValue() == null ? null : directions.getValue().startYear(),
                            order.getValue() == null ? null : order.getValue().id());
                });
    }

    Optional<CouncilMember> member(Optional<CouncilMember> existing) {
        ComboBox<Person> who = Fx.searchableNullableCombo(vm.persons(), "", Person::shortName);
        ComboBox<CouncilRole> role = Fx.combo(List.of(CouncilRole.values()), CouncilRole::displayName);
        ComboBox<Organization> org = Fx.searchableNullableCombo(vm.organizations(), "", Organization::shortName);
        role.setValue(existing.map(CouncilMember::role).orElse(CouncilRole.MEMBER));
        existing.ifPresent(m -> {
            who.setValue(person(m.personId()));
            org.setValue(m.organizationId() == null ? null
                    : vm.organizations().stream().filter(o -> o.id().equals(m.organizationId())).findFirst().orElse(null));
        });
        who.valueProperty().addListener((o, a, p) -> {
            if (p != null && p.organizationId() != null && org.getValue() == null) {
                vm.organizations().stream().filter(x -> x.id().equals(p.organizationId())).findFirst().ifPresent(org::setValue);
            }
        });
        return new FormDialog().field("council.member.person", who).field("council.member.role", role)
                .field("council.member.organization", org)
                .show(owner.get(), Messages.get("council.member.dialog"), "council-member", () -> new CouncilMember(
                        need(who.getValue(), "council.member.person").id(), need(role.getValue(), "council.member.role"),
                        org.getValue() == null ? null : org.getValue().id()));
    }

    Optional<Person> guest() {
        ComboBox<Person> who = Fx.searchableNullableCombo(vm.persons(), "", Person::shortName);
        return new FormDialog().field("council.guest.person", who).show(owner.get(), Messages.get("council.guest.dialog"), "guest",
                () -> need(who.getValue(), "council.guest.person"));
    }

    Optional<java.time.LocalDate> doneDate() {
        DatePicker on = Fx.datePicker();
        on.setValue(java.time.LocalDate.now());
        return new FormDialog().field("council.point.done", on).show(owner.get(), Messages.get("council.done.dialog"), "done",
                () -> need(on.getValue(), "council.point.done"));
    }
}
