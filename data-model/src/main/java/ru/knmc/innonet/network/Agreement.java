package ru.knmc.innonet.network;

import java.time.LocalDate;
import java.util.List;

/** A contract between two or more organizations of a network (or with the department of education). */
public record Agreement(Long id, String number, LocalDate signedOn, String subject, LocalDate validTo,
                        boolean withDepartment, List<Long> partyIds) {

    public Agreement {
        partyIds = List.copyOf(partyIds);
    }

    public boolean validOn(LocalDate date) {
        return !signedOn.isAfter(date) && (validTo == null || !validTo.isBefore(date));
    }
}
