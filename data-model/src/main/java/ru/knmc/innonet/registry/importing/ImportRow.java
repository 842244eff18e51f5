package ru.knmc.innonet.registry.importing;

import ru.knmc.innonet.registry.OrgType;

/**
 * One organization read from a legacy list, normalized and validated. Optional texts are null when empty.
 * {@code status} is null when the file has no status columns or the row's status cells are empty.
 */
public record ImportRow(int rowNumber, OrgType type, String legalForm, String number, String ownName,
                        String fullName, String shortName, String municipality, String address, String head,
                        String phone, String email, String website, StatusDraft status) {
}
