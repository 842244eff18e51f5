package ru.knmc.innonet.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.knmc.innonet.db.jooq.Tables.DIRECTION;
import static ru.knmc.innonet.db.jooq.Tables.LEGAL_ORDER;
import static ru.knmc.innonet.db.jooq.Tables.MUNICIPALITY;
import static ru.knmc.innonet.db.jooq.Tables.MUNICIPALITY_ORG_TOTAL;
import static ru.knmc.innonet.db.jooq.Tables.ORGANIZATION;
import static ru.knmc.innonet.db.jooq.Tables.PERSON;
import static ru.knmc.innonet.db.jooq.Tables.STATUS_ASSIGNMENT;
import static ru.knmc.innonet.db.jooq.Tables.STATUS_KIND;

import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import ru.knmc.innonet.common.UserException;
import ru.knmc.innonet.db.Database;
import ru.knmc.innonet.db.TestDatabases;
import ru.knmc.innonet.db.jooq.tables.StatusAssignment;
import ru.knmc.innonet.registry.RegistryFilter;
import ru.knmc.innonet.registry.RegistryQueryService;

/** A twentieth of the krai on H2: the counts asked for, and the registry's rules kept. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KraiGeneratorTest {
    private static final KraiGenerator.Scale SCALE = KraiGenerator.Scale.krai().divide(20);
    private Database db;
    private DSLContext dsl;
    private KraiGenerator.Summary summary;

    @BeforeAll
    void generate() {
        db = TestDatabases.h2();
        dsl = db.dsl();
        summary = KraiGenerator.generate(db, SCALE, ProgressListener.NONE);
    }

    @AfterAll
    void close() {
        db.close();
    }

    @Test
    void generatesTheCountsOfTheScale() {
        int years = KraiGenerator.LAST_YEAR - KraiGenerator.FIRST_YEAR + 1;
        assertThat(dsl.fetchCount(MUNICIPALITY)).isEqualTo(SCALE.municipalities()).isEqualTo(summary.municipalities());
        assertThat(dsl.fetchCount(ORGANIZATION)).isEqualTo(SCALE.organizations()).isEqualTo(summary.organizations());
        assertThat(dsl.fetchCount(PERSON)).isEqualTo(SCALE.persons()).isEqualTo(summary.persons());
        assertThat(dsl.fetchCount(STATUS_ASSIGNMENT)).isEqualTo(SCALE.assignments()).isEqualTo(summary.assignments());
        assertThat(dsl.fetchCount(LEGAL_ORDER)).isEqualTo(years * (SCALE.municipalities() + 2)).isEqualTo(summary.orders());
        assertThat(dsl.fetchCount(MUNICIPALITY_ORG_TOTAL)).isEqualTo(years * SCALE.municipalities() * 3);
        assertThat(dsl.select(DIRECTION.ACADEMIC_YEAR, DSL.count()).from(DIRECTION).groupBy(DIRECTION.ACADEMIC_YEAR)
                .fetch(r -> r.value2())).hasSize(years).containsOnly(6);
    }

    @Test
    void numbersAreUniquePerTypeAndMunicipality() {
        assertThat(dsl.select(ORGANIZATION.ORG_TYPE, ORGANIZATION.MUNICIPALITY_ID, ORGANIZATION.NUMBER).from(ORGANIZATION)
                .where(ORGANIZATION.NUMBER.isNotNull())
                .groupBy(ORGANIZATION.ORG_TYPE, ORGANIZATION.MUNICIPALITY_ID, ORGANIZATION.NUMBER)
                .having(DSL.count().gt(1)).fetch()).isEmpty();
        assertThat(dsl.fetchCount(ORGANIZATION, ORGANIZATION.NUMBER.isNotNull())).isGreaterThan(SCALE.organizations() / 2);
    }

    @Test
    void statusesOfOneKindNeverOverlapForAnOrganization() {
        StatusAssignment a = STATUS_ASSIGNMENT.as("a");
        StatusAssignment b = STATUS_ASSIGNMENT.as("b");
        LocalDate never = LocalDate.of(9999, 12, 31);
        int overlaps = dsl.fetchCount(dsl.select(a.ID).from(a).join(b)
                .on(a.ORGANIZATION_ID.eq(b.ORGANIZATION_ID).and(a.STATUS_KIND_ID.eq(b.STATUS_KIND_ID)).and(a.ID.lt(b.ID)))
                .where(a.START_DATE.le(DSL.coalesce(b.END_DATE, never)))
                .and(b.START_DATE.le(DSL.coalesce(a.END_DATE, never))));
        assertThat(overlaps).isZero();
    }

    @Test
    void assignmentsSpreadOverKindsAndYearsEachWithAnOrderOfItsDate() {
        assertThat(dsl.selectDistinct(STATUS_KIND.CODE).from(STATUS_ASSIGNMENT).join(STATUS_KIND)
                .on(STATUS_KIND.ID.eq(STATUS_ASSIGNMENT.STATUS_KIND_ID)).fetch(STATUS_KIND.CODE))
                .contains("MIP", "MSIP", "KIP", "FIP", "PILOT", "PARTNER");
        assertThat(dsl.fetchCount(STATUS_ASSIGNMENT.join(LEGAL_ORDER).on(LEGAL_ORDER.ID.eq(STATUS_ASSIGNMENT.ORDER_ID))
                .and(LEGAL_ORDER.ORDER_DATE.eq(STATUS_ASSIGNMENT.START_DATE)))).isEqualTo(SCALE.assignments());
        List<Integer> span = dsl.select(DSL.min(STATUS_ASSIGNMENT.START_DATE), DSL.max(STATUS_ASSIGNMENT.START_DATE))
                .from(STATUS_ASSIGNMENT).fetchOne(r -> List.of(r.value1().getYear(), r.value2().getYear()));
        assertThat(span).containsExactly(KraiGenerator.FIRST_YEAR, KraiGenerator.LAST_YEAR);
    }

    @Test
    void supervisorsHoldADegree() {
        int supervised = dsl.fetchCount(STATUS_ASSIGNMENT, STATUS_ASSIGNMENT.SUPERVISOR_ID.isNotNull());
        assertThat(supervised).isGreaterThan(SCALE.assignments() / 4);
        assertThat(dsl.fetchCount(STATUS_ASSIGNMENT.join(PERSON).on(PERSON.ID.eq(STATUS_ASSIGNMENT.SUPERVISOR_ID))
                .and(PERSON.ACADEMIC_DEGREE.isNotNull()))).isEqualTo(supervised);
    }

    @Test
    void theRegistryLoadsAndIsSearchable() {
        var entries = new RegistryQueryService(dsl).load();
        assertThat(entries).hasSize(SCALE.organizations());
        String number = dsl.select(DSL.min(ORGANIZATION.NUMBER)).from(ORGANIZATION)
                .where(ORGANIZATION.ORG_TYPE.eq("GENERAL")).fetchOne(r -> r.value1());
        var found = new RegistryFilter("школа № " + number, null, null, null, null, null, false).apply(entries);
        assertThat(found).isNotEmpty().allSatisfy(e -> assertThat(e.organization().number()).isEqualTo(number));
    }

    @Test
    void theSameScaleGivesTheSameData() {
        try (Database other = TestDatabases.h2()) {
            KraiGenerator.generate(other, SCALE, ProgressListener.NONE);
            assertThat(fingerprint(other.dsl())).isEqualTo(fingerprint(dsl));
        }
    }

    @Test
    void refusesADatabaseWithOrganizations() {
        assertThatThrownBy(() -> KraiGenerator.generate(db, SCALE, ProgressListener.NONE)).isInstanceOf(UserException.class);
        assertThat(dsl.fetchCount(ORGANIZATION)).isEqualTo(SCALE.organizations());
    }

    private static List<String> fingerprint(DSLContext dsl) {
        List<String> orgs = dsl.select(ORGANIZATION.SHORT_NAME, ORGANIZATION.HEAD_NAME).from(ORGANIZATION)
                .orderBy(ORGANIZATION.ID).fetch(r -> r.value1() + "|" + r.value2());
        List<String> statuses = dsl.select(STATUS_ASSIGNMENT.PROJECT_TOPIC, STATUS_ASSIGNMENT.START_DATE).from(STATUS_ASSIGNMENT)
                .orderBy(STATUS_ASSIGNMENT.ID).fetch(r -> r.value1() + "|" + r.value2());
        return java.util.stream.Stream.concat(orgs.stream(), statuses.stream()).toList();
    }
}
