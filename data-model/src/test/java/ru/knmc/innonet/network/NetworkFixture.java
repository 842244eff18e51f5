package ru.knmc.innonet.network;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import ru.knmc.innonet.db.Database;
import ru.knmc.innonet.registry.Municipality;
import ru.knmc.innonet.registry.OrgType;
import ru.knmc.innonet.registry.Organization;
import ru.knmc.innonet.registry.OrganizationService;
import ru.knmc.innonet.registry.Person;
import ru.knmc.innonet.registry.ReferenceService;

/** Organizations and persons for network and council tests, built through the registry's services. */
public final class NetworkFixture {
    public final Database db;
    public final ReferenceService reference;
    public final OrganizationService organizations;
    public final Municipality krasnodar;
    /** 15 March 2019: inside the academic year 2018–2019. */
    public final Clock clock = Clock.fixed(LocalDate.of(2019, 3, 15).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    public NetworkFixture(Database db) {
        this.db = db;
        reference = new ReferenceService(db.dsl());
        organizations = new OrganizationService(db.dsl());
        krasnodar = reference.saveMunicipality(new Municipality(null, "Краснодар", "Краснодарский край", 0));
    }

    public Organization org(OrgType type, String shortName) {
        return organizations.save(new Organization(null, type, null, null, null, null, shortName, shortName, krasnodar.id(),
                null, null, null, null, null, false, 0));
    }

    public Person person(String last, String first, String middle, String position, Long org) {
        return organizations.savePerson(new Person(null, last, first, middle, position, org, null, null, null, null, 0));
    }

    public static Network network(String name, long centre, LocalDate start, List<NetworkMember> members) {
        return new Network(null, name, null, null, centre, FormationVariant.MSIP, InteractionForm.SITE, start, null,
                null, null, null, 0, members, List.of(), List.of(), List.of());
    }

    public static NetworkMember member(long org, MemberLevel level, LocalDate joined, LocalDate left) {
        return new NetworkMember(null, org, level, joined, left, null, null, false);
    }
}
