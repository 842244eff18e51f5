package ru.knmc.innonet.contest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import ru.knmc.innonet.app.Background;
import ru.knmc.innonet.registry.Organization;
import ru.knmc.innonet.registry.OrganizationService;
import ru.knmc.innonet.registry.Person;

/**
 * «Эксперты»: the expert groups of the selected contest's academic year, one per subsystem, and the expert
 * council; their members are persons of the registry, one of them the chair. Every change is saved at once.
 */
public final class ExpertGroupsViewModel {
    private final ContestViewModel parent;
    private final Background background;
    private final ExpertService service;
    private final ObservableList<Slot> slots = FXCollections.observableArrayList();
    private final ObjectProperty<Slot> slot = new SimpleObjectProperty<>();
    private final ObservableList<Member> members = FXCollections.observableArrayList();
    private final ObservableList<Person> persons = FXCollections.observableArrayList();
    private final Map<Long, String> organizations = new HashMap<>();
    private long sequence;

    /** A group's place: a subsystem (or the council, {@code subsystem} null) and the group once it exists. */
    public record Slot(int academicYear, Subsystem subsystem, ExpertGroup group, String chair) {
        public int size() {
            return group == null ? 0 : group.memberIds().size();
        }
    }

    /** A member with what the screen shows of them. */
    public record Member(Person person, String organization, boolean chair) {
    }

    public ExpertGroupsViewModel(ContestViewModel parent) {
        this.parent = parent;
        this.background = parent.background();
        this.service = new ExpertService(parent.dsl());
        parent.contestProperty().addListener((o, a, b) -> load());
        slot.addListener((o, a, b) -> showMembers());
        load();
    }

    private record Loaded(List<ExpertGroup> groups, List<Person> persons, List<Organization> organizations) {
    }

    public void load() {
        Contest c = parent.contestProperty().get();
        long seq = ++sequence;
        if (c == null) {
            slots.clear();
            members.clear();
            return;
        }
        OrganizationService registry = new OrganizationService(parent.dsl());
        background.run(() -> new Loaded(service.groups(c.academicYear()), registry.allPersons(), registry.all()), l -> {
            if (seq != sequence) {
                return;
            }
            organizations.clear();
            l.organizations().forEach(o -> organizations.put(o.id(), o.shortName()));
            persons.setAll(l.persons());
            Subsystem keep = slot.get() == null ? Subsystem.PRESCHOOL : slot.get().subsystem();
            boolean keepCouncil = slot.get() != null && slot.get().subsystem() == null;
            List<Slot> out = new ArrayList<>();
            List<Subsystem> order = new ArrayList<>(List.of(Subsystem.values()));
            order.add(null);
            for (Subsystem s : order) {
                ExpertGroup g = l.groups().stream().filter(x -> x.subsystem() == s).findFirst().orElse(null);
                out.add(new Slot(c.academicYear(), s, g, g == null || g.chairId() == null ? "" : name(g.chairId())));
            }
            slots.setAll(out);
            slot.set(out.stream().filter(x -> keepCouncil ? x.subsystem() == null : x.subsystem() == keep)
                    .findFirst().orElse(out.get(0)));
            showMembers();
        }, parent::fail);
    }

    private String name(long personId) {
        return persons.stream().filter(p -> p.id() == personId).map(Person::shortName).findFirst().orElse("");
    }

    private void showMembers() {
        Slot s = slot.get();
        if (s == null || s.group() == null) {
            members.clear();
            return;
        }
        List<Member> out = new ArrayList<>();
        for (long id : s.group().memberIds()) {
            persons.stream().filter(p -> p.id() == id).findFirst().ifPresent(p -> out.add(new Member(p,
                    p.organizationId() == null ? "" : organizations.getOrDefault(p.organizationId(), ""),
                    s.group().chairId() != null && s.group().chairId() == id)));
        }
        out.sort(java.util.Comparator.comparing((Member m) -> m.person().fullName(), ru.knmc.innonet.common.Messages.collator()));
        members.setAll(out);
    }

    public void add(Person p) {
        Slot s = slot.get();
        if (s == null || p == null) {
            return;
        }
        List<Long> ids = new ArrayList<>(s.group() == null ? List.of() : s.group().memberIds());
        if (ids.contains(p.id())) {
            return;
        }
        ids.add(p.id());
        Long chair = s.group() == null || s.group().chairId() == null ? p.id() : s.group().chairId();
        save(s, ids, chair);
    }

    public void remove(Member m) {
        Slot s = slot.get();
        List<Long> ids = new ArrayList<>(s.group().memberIds());
        ids.remove(m.person().id());
        Long chair = m.chair() ? null : s.group().chairId();
        save(s, ids, chair);
    }

    public void makeChair(Member m) {
        Slot s = slot.get();
        save(s, s.group().memberIds(), m.person().id());
    }

    private void save(Slot s, List<Long> ids, Long chair) {
        ExpertGroup g = s.group() == null ? new ExpertGroup(null, s.academicYear(), s.subsystem(), chair, ids, 0)
                : new ExpertGroup(s.group().id(), s.academicYear(), s.subsystem(), chair, ids, s.group().version());
        background.run(() -> service.save(g), saved -> load(), parent::fail);
    }

    public ObservableList<Slot> slots() {
        return slots;
    }

    public ObjectProperty<Slot> slotProperty() {
        return slot;
    }

    public ObservableList<Member> members() {
        return members;
    }

    public ObservableList<Person> persons() {
        return persons;
    }

    public String organization(Person p) {
        return p.organizationId() == null ? "" : organizations.getOrDefault(p.organizationId(), "");
    }
}
