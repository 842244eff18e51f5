package ru.knmc.innonet.registry;

import java.time.LocalDate;
import ru.knmc.innonet.db.Database;

/** A small registry built through the services, for rule tests. */
final class RegistryFixture {
    final Database db;
    final ReferenceService reference;
    final OrganizationService organizations;
    final StatusService statuses;
    final Municipality krasnodar;
    final LegalOrder order1394;
    final LegalOrder order1121;
    final StatusKind mip;
    final StatusKind msip;

    RegistryFixture(Database db) {
        this.db = db;
        reference = new ReferenceService(db.dsl());
        organizations = new OrganizationService(db.dsl());
        statuses = new StatusService(db.dsl());
        krasnodar = reference.saveMunicipality(new Municipality(null, "Краснодар", "Краснодарский край", 0));
        order1394 = reference.saveOrder(new LegalOrder(null, "1394", LocalDate.of(2017, 8, 22),
                "Департамент образования", IssuerLevel.LOCAL, "О формировании и функционировании инновационной инфраструктуры", null, 0));
        order1121 = reference.saveOrder(new LegalOrder(null, "1121", LocalDate.of(2018, 7, 20),
                "Департамент образования", IssuerLevel.LOCAL, "О присвоении статусов", null, 0));
        mip = reference.statusKindByCode("MIP").orElseThrow();
        msip = reference.statusKindByCode("MSIP").orElseThrow();
    }

    Organization school(String number) {
        return organizations.save(new Organization(null, OrgType.GENERAL, "МБОУ", "гимназия", number, null,
                "муниципальное бюджетное общеобразовательное учреждение гимназия № " + number,
                "МБОУ гимназия № " + number, krasnodar.id(), null, null, null, null, null, false, 0));
    }

    StatusAssignment assignment(Organization o, StatusKind kind, LocalDate start, LocalDate end, LegalOrder order) {
        return new StatusAssignment(null, o.id(), kind.id(), "Тема", null, start, end, order == null ? null : order.id(),
                null, null, Outcome.ACTIVE, null, 0);
    }
}
