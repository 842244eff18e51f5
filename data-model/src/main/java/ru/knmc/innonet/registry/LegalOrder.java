package ru.knmc.innonet.registry;

import java.time.LocalDate;
import ru.knmc.innonet.common.Dates;
import ru.knmc.innonet.common.Messages;

/** A приказ: the legal act behind a status, a direction list, a council. */
public record LegalOrder(Long id, String number, LocalDate date, String issuer, IssuerLevel issuerLevel,
                         String title, String link, int version) {

    /** «от 22.08.2017 № 1394». */
    public String reference() {
        return Messages.get("order.reference", Dates.format(date), number);
    }

    @Override
    public String toString() {
        return reference() + (title == null || title.isBlank() ? "" : " «" + title + "»");
    }
}
