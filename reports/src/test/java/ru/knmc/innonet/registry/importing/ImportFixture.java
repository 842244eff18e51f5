package ru.knmc.innonet.registry.importing;

import static ru.knmc.innonet.db.jooq.Tables.DIRECTION;
import static ru.knmc.innonet.db.jooq.Tables.LEGAL_ORDER;
import static ru.knmc.innonet.db.jooq.Tables.MUNICIPALITY;
import static ru.knmc.innonet.db.jooq.Tables.MUNICIPALITY_ORG_TOTAL;
import static ru.knmc.innonet.db.jooq.Tables.ORGANIZATION;
import static ru.knmc.innonet.db.jooq.Tables.PERSON;
import static ru.knmc.innonet.db.jooq.Tables.STATUS_ASSIGNMENT;
import static ru.knmc.innonet.db.jooq.Tables.STATUS_KIND;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Table;
import ru.knmc.innonet.common.AcademicYear;
import ru.knmc.innonet.db.Database;
import ru.knmc.innonet.registry.Audience;
import ru.knmc.innonet.registry.Direction;
import ru.knmc.innonet.registry.IssuerLevel;
import ru.knmc.innonet.registry.LegalOrder;
import ru.knmc.innonet.registry.Municipality;
import ru.knmc.innonet.registry.OrgType;
import ru.knmc.innonet.registry.Organization;
import ru.knmc.innonet.registry.OrganizationService;
import ru.knmc.innonet.registry.Outcome;
import ru.knmc.innonet.registry.Person;
import ru.knmc.innonet.registry.ReferenceService;
import ru.knmc.innonet.registry.StatusAssignment;
import ru.knmc.innonet.registry.StatusKind;
import ru.knmc.innonet.registry.StatusService;
import ru.knmc.innonet.registry.importing.OrganizationImportService.OnDuplicate;

/**
 * A small registry built through the services, as the window would: Краснодар, order № 1394 of 22.08.2017,
 * «МБОУ СОШ № 1» with a МИП status for 2017–2020 and «МБДОУ детский сад № 5». Imports run against it.
 */
final class ImportFixture implements AutoCloseable {
    static final LocalDate ORDER_DATE = LocalDate.of(2017, 8, 22);
    private static final List<Table<?>> TABLES = List.of(ORGANIZATION, MUNICIPALITY, LEGAL_ORDER, PERSON,
            STATUS_ASSIGNMENT, DIRECTION, STATUS_KIND, MUNICIPALITY_ORG_TOTAL);

    final Database db;
    final ReferenceService reference;
    final OrganizationService organizations;
    final StatusService statuses;
    final Municipality krasnodar;
    final LegalOrder order1394;
    final StatusKind mip;
    final Organization school1;
    final Organization kindergarten5;
    final LegacyListImport importer;

    ImportFixture(Database db) {
        this.db = db;
        reference = new ReferenceService(db.dsl());
        organizations = new OrganizationService(db.dsl());
        statuses = new StatusService(db.dsl());
        importer = new LegacyListImport(db.dsl());
        krasnodar = reference.saveMunicipality(new Municipality(null, "Краснодар", "Краснодарский край", 0));
        order1394 = reference.saveOrder(new LegalOrder(null, "1394", ORDER_DATE, "Департамент образования",
                IssuerLevel.LOCAL, "О формировании инновационной инфраструктуры", null, 0));
        mip = reference.statusKindByCode("MIP").orElseThrow();
        reference.saveDirection(new Direction(null, new AcademicYear(2017), Audience.ALL,
                "Цифровая образовательная среда", 1, order1394.id(), 0));
        Person supervisor = organizations.savePerson(new Person(null, "Иванова", "Ирина", "Петровна", null, null,
                "к.п.н.", null, null, null, 0));
        reference.saveTotal(krasnodar.id(), 2017, OrgType.GENERAL, 90);
        school1 = organizations.save(new Organization(null, OrgType.GENERAL, "МБОУ", "СОШ", "1", null,
                "муниципальное бюджетное общеобразовательное учреждение средняя общеобразовательная школа № 1",
                "МБОУ СОШ № 1", krasnodar.id(), "г. Краснодар, ул. Красная, 1", "Петров П.П.", "+7 861 000-00-01",
                null, null, false, 0));
        kindergarten5 = organizations.save(new Organization(null, OrgType.PRESCHOOL, "МБДОУ", "детский сад", "5", null,
                "муниципальное бюджетное дошкольное образовательное учреждение детский сад № 5",
                "МБДОУ детский сад № 5", krasnodar.id(), null, null, null, null, null, false, 0));
        statuses.save(new StatusAssignment(null, school1.id(), mip.id(), "Цифровая школа", null,
                LocalDate.of(2017, 9, 1), LocalDate.of(2020, 8, 31), order1394.id(), null, supervisor.id(),
                Outcome.ACTIVE, null, 0));
    }

    LegacyListImport.Outcome run(Path file, OnDuplicate onDuplicate, boolean dryRun) {
        return importer.run(file, onDuplicate, dryRun, (fraction, message) -> { });
    }

    /** Rows per table and a hash of the organization and status tables' contents. */
    Snapshot snapshot() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Table<?> t : TABLES) {
            counts.put(t.getName(), db.dsl().fetchCount(t));
        }
        String contents = db.dsl().selectFrom(ORGANIZATION).orderBy(ORGANIZATION.ID).fetch().formatCSV()
                + db.dsl().selectFrom(STATUS_ASSIGNMENT).orderBy(STATUS_ASSIGNMENT.ID).fetch().formatCSV();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(contents.getBytes(StandardCharsets.UTF_8));
            return new Snapshot(counts, HexFormat.of().formatHex(hash));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    int count(Table<?> table) {
        return db.dsl().fetchCount(table);
    }

    /** The organization whose short name is exactly {@code shortName}. */
    Organization organization(String shortName) {
        return organizations.all().stream().filter(o -> o.shortName().equals(shortName)).findFirst()
                .orElseThrow(() -> new AssertionError("no organization " + shortName + " in " + organizations.all()));
    }

    List<StatusAssignment> statusesOf(String shortName) {
        return statuses.history(organization(shortName).id());
    }

    @Override
    public void close() {
        db.close();
    }

    record Snapshot(Map<String, Integer> counts, String contentHash) {
    }
}
