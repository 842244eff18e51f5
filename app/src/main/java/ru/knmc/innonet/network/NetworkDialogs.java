package ru.knmc.innonet.network;

import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import ru.knmc.innonet.app.FormDialog;
import ru.knmc.innonet.app.Fx;
import ru.knmc.innonet.common.AcademicYear;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.ValidationException;
import ru.knmc.innonet.council.DecisionChoice;
import ru.knmc.innonet.registry.Organization;
import ru.knmc.innonet.registry.Person;

/** The dialogs that add or change one member, agreement, representative or roadmap activity. */
final class NetworkDialogs {
    private final NetworksViewModel vm;
    private final java.util.function.Supplier<Window> owner;

    NetworkDialogs(NetworksViewModel vm, java.util.function.Supplier<Window> owner) {
        this.vm = vm;
        this.owner = owner;
    }

    private <T> T pick(List<T> items, java.util.function.Predicate<T> p) {
        return items.stream().filter(p).findFirst().orElse(null);
    }

    private static <T> T need(T value, String labelKey) {
        if (value == null) {
            throw new ValidationException("value", "validation.required", Messages.get(labelKey));
        }
        return value;
    }

    Optional<NetworkMember> member(Optional<NetworkMember> existing) {
        NetworkMember m = existing.orElse(null);
        ComboBox<Organization> org = Fx.searchableNullableCombo(vm.organizations(), "", Organization::shortName);
        org.setId("member-organization");
        ComboBox<MemberLevel> level = Fx.combo(List.of(MemberLevel.values()), MemberLevel::displayName);
        level.setId("member-level");
        DatePicker joined = Fx.datePicker();
        joined.setId("member-joined");
        DatePicker left = Fx.datePicker();
        ComboBox<DecisionChoice> decision = Fx.searchableNullableCombo(vm.decisions(), Messages.get("network.noDecision"), DecisionChoice::label);
        CheckBox low = new CheckBox(Messages.get("network.member.lowRating"));
        if (m != null) {
            org.setValue(pick(vm.organizations(), o -> o.id() == m.organizationId()));
            level.setValue(m.level());
            joined.setValue(m.joinedOn());
            left.setValue(m.leftOn());
            decision.setValue(m.admittedDecisionId() == null ? null : pick(vm.decisions(), d -> d.id() == m.admittedDecisionId()));
            low.setSelected(m.lowRating());
        } else {
            level.setValue(MemberLevel.PARTNER);
            joined.setValue(vm.start().get());
        }
        return new FormDialog().field("network.member.organization", org).field("network.member.level", level)
                .field("network.member.joined", joined).field("network.member.left", left)
                .field("network.member.decision", decision).field("network.member.rating", low)
                .show(owner.get(), Messages.get("network.member.title"), "member", () -> new NetworkMember(m == null ? null : m.id(),
                        need(org.getValue(), "network.member.organization").id(), need(level.getValue(), "network.member.level"),
                        need(joined.getValue(), "network.member.joined"), left.getValue(),
                        decision.getValue() == null ? null : decision.getValue().id(), m == null ? null : m.releasedDecisionId(),
                        low.isSelected()));
    }

    Optional<Agreement> agreement(Optional<Agreement> existing) {
        Agreement a = existing.orElse(null);
        TextField number = new TextField(a == null ? "" : a.number());
        number.setId("agreement-number");
        DatePicker signed = Fx.datePicker();
        signed.setId("agreement-signed");
        TextField subject = new TextField(a == null ? Messages.get("network.agreement.defaultSubject") : a.subject());
        DatePicker validTo = Fx.datePicker();
        CheckBox department = new CheckBox(Messages.get("network.agreement.withDepartment"));
        ObservableList<Organization> parties = FXCollections.observableArrayList();
        if (a != null) {
            signed.setValue(a.signedOn());
            validTo.setValue(a.validTo());
            department.setSelected(a.withDepartment());
            a.partyIds().forEach(id -> {
                Organization o = pick(vm.organizations(), x -> x.id().equals(id));
                if (o != null) {
                    parties.add(o);
                }
            });
        } else if (vm.centre().get() != null) {
            parties.add(vm.centre().get());
        }
        ListView<Organization> list = new ListView<>(parties);
        list.setPrefHeight(120);
        ComboBox<Organization> add = Fx.searchableNullableCombo(vm.organizations(), "", Organization::shortName);
        add.setId("agreement-party");
        Button addButton = new Button(Messages.get("network.agreement.addParty"));
        addButton.setId("agreement-party-add");
        addButton.setOnAction(e -> {
            if (add.getValue() != null && !parties.contains(add.getValue())) {
                parties.add(add.getValue());
            }
        });
        Button remove = new Button(Messages.get("rows.remove"));
        remove.setOnAction(e -> parties.remove(list.getSelectionModel().getSelectedItem()));
        VBox partiesBox = new VBox(4, list, new HBox(6, add, addButton, remove));
        return new FormDialog().field("network.agreement.number", number).field("network.agreement.signed", signed)
                .field("network.agreement.subject", subject).field("network.agreement.validTo", validTo)
                .field("network.agreement.department", department).field("network.agreement.parties", partiesBox)
                .show(owner.get(), Messages.get("network.agreement.title"), "agreement", () -> new Agreement(a == null ? null : a.id(),
                        number.getText(), signed.getValue(), subject.getText(), validTo.getValue(), department.isSelected(),
                        parties.stream().map(Organization::id).toList()));
    }

    Optional<TeamMember> representative(Optional<TeamMember> existing) {
        TeamMember t = existing.orElse(null);
        List<Organization> memberOrgs = vm.members().stream().map(m -> pick(vm.organizations(), o -> o.id() == m.organizationId()))
                .filter(o -> o != null).distinct().toList();
        ComboBox<Organization> org = Fx.combo(memberOrgs, Organization::shortName);
        org.setId("team-organization");
        ComboBox<Person> person = Fx.searchableNullableCombo(vm.persons(), "", Person::shortName);
        person.setId("team-person");
        TextField role = new TextField(t == null ? "" : t.role() == null ? "" : t.role());
        if (t != null) {
            org.setValue(pick(memberOrgs, o -> o.id() == t.organizationId()));
            person.setValue(pick(vm.persons(), p -> p.id() == t.personId()));
        }
        return new FormDialog().field("network.team.organization", org).field("network.team.person", person).field("network.team.role", role)
                .show(owner.get(), Messages.get("network.team.title"), "team", () -> new TeamMember(t == null ? null : t.id(),
                        need(org.getValue(), "network.team.organization").id(), need(person.getValue(), "network.team.person").id(),
                        role.getText()));
    }

    Optional<RoadmapItem> activity(Optional<RoadmapItem> existing) {
        RoadmapItem r = existing.orElse(null);
        AcademicYear y = vm.year().get();
        List<AcademicYear> years = List.of(y.previous(), y, y.next());
        ComboBox<AcademicYear> year = Fx.combo(years, AcademicYear::toString);
        year.setValue(r == null ? y : r.year());
        TextField activity = new TextField(r == null ? "" : r.activity());
        activity.setId("roadmap-activity");
        DatePicker start = Fx.datePicker();
        DatePicker end = Fx.datePicker();
        ComboBox<Organization> org = Fx.searchableNullableCombo(vm.organizations(), "", Organization::shortName);
        ComboBox<Person> person = Fx.searchableNullableCombo(vm.persons(), "", Person::shortName);
        TextField result = new TextField(r == null || r.expectedResult() == null ? "" : r.expectedResult());
        ComboBox<RoadmapStatus> status = Fx.combo(List.of(RoadmapStatus.values()), RoadmapStatus::displayName);
        status.setValue(r == null ? RoadmapStatus.PLANNED : r.status());
        if (r != null) {
            start.setValue(r.startDate());
            end.setValue(r.endDate());
            org.setValue(r.responsibleOrgId() == null ? null : pick(vm.organizations(), o -> o.id().equals(r.responsibleOrgId())));
            person.setValue(r.responsiblePersonId() == null ? null : pick(vm.persons(), p -> p.id().equals(r.responsiblePersonId())));
        }
        return new FormDialog().field("network.roadmap.year", year).field("network.roadmap.activity", activity)
                .field("network.roadmap.start", start).field("network.roadmap.end", end)
                .field("network.roadmap.org", org).field("network.roadmap.person", person)
                .field("network.roadmap.result", result).field("network.roadmap.status", status)
                .show(owner.get(), Messages.get("network.roadmap.title"), "roadmap", () -> {
                    if (activity.getText().isBlank()) {
                        throw new ValidationException("activity", "validation.required", Messages.get("network.roadmap.activity"));
                    }
                    return new RoadmapItem(r == null ? null : r.id(), year.getValue(), activity.getText(), start.getValue(),
                            end.getValue(), org.getValue() == null ? null : org.getValue().id(),
                            person.getValue() == null ? null : person.getValue().id(), result.getText(), status.getValue(),
                            r == null ? null : r.eventId());
                });
    }

    Optional<java.time.LocalDate> markDate(TaskState task) {
        DatePicker on = Fx.datePicker();
        on.setId("task-date");
        on.setValue(java.time.LocalDate.now());
        return new FormDialog().field("network.task.doneOn", on).show(owner.get(),
                Messages.get("network.task.markTitle", task.number()), "task", () -> need(on.getValue(), "network.task.doneOn"));
    }
}
