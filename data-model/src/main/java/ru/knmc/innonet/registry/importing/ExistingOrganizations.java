package ru.knmc.innonet.registry.importing;

import static ru.knmc.innonet.db.jooq.Tables.ORGANIZATION;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import ru.knmc.innonet.registry.Organization;

/**
 * The registry's organizations as an import recognizes them: the same type, number and municipality,
 * or the same normalized name in the same municipality.
 */
final class ExistingOrganizations {
    private final Map<String, Organization> byNumber = new HashMap<>();
    private final Map<String, Organization> byName = new HashMap<>();

    ExistingOrganizations(DSLContext tx) {
        tx.selectFrom(ORGANIZATION).forEach(r -> remember(new Organization(r.getId(),
                ru.knmc.innonet.registry.OrgType.valueOf(r.getOrgType()), r.getLegalForm(), r.getKindName(),
                r.getNumber(), r.getOwnName(), r.getFullName(), r.getShortName(), r.getMunicipalityId(), r.getAddress(),
                r.getHeadName(), r.getPhone(), r.getEmail(), r.getWebsite(), r.getArchived(), r.getVersion())));
    }

    void remember(Organization o) {
        if (o.number() != null) {
            byNumber.put(numberKey(o.type().name(), o.municipalityId(), o.number()), o);
        }
        byName.put(nameKey(o.municipalityId(), o.shortName()), o);
        byName.put(nameKey(o.municipalityId(), o.fullName()), o);
    }

    Optional<Organization> find(ImportRow row, long municipalityId) {
        if (row.number() != null) {
            Organization o = byNumber.get(numberKey(row.type().name(), municipalityId, row.number()));
            if (o != null) {
                return Optional.of(o);
            }
        }
        Organization o = byName.get(nameKey(municipalityId, row.shortName()));
        if (o == null && row.fullName() != null) {
            o = byName.get(nameKey(municipalityId, row.fullName()));
        }
        return Optional.ofNullable(o);
    }

    private static String numberKey(String type, long municipalityId, String number) {
        return type + "|" + municipalityId + "|" + number;
    }

    private static String nameKey(long municipalityId, String name) {
        return municipalityId + "|" + (name == null ? "" : Normalizer.nameKey(name));
    }
}
