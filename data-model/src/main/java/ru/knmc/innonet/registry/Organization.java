package ru.knmc.innonet.registry;

/** An organization in the registry: a school, a kindergarten, a university, a museum… */
public record Organization(Long id, OrgType type, String legalForm, String kindName, String number,
                           String ownName, String fullName, String shortName, Long municipalityId,
                           String address, String headName, String phone, String email, String website,
                           boolean archived, int version) {

    public static Organization blank(Long municipalityId) {
        return new Organization(null, OrgType.GENERAL, null, null, null, null, "", "", municipalityId,
                null, null, null, null, null, false, 0);
    }

    public Organization withArchived(boolean value) {
        return new Organization(id, type, legalForm, kindName, number, ownName, fullName, shortName,
                municipalityId, address, headName, phone, email, website, value, version);
    }

    @Override
    public String toString() {
        return shortName;
    }
}
