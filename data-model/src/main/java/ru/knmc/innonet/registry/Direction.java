package ru.knmc.innonet.registry;

import ru.knmc.innonet.common.AcademicYear;

/** A priority direction of innovation activity approved for an academic year. */
public record Direction(Long id, AcademicYear academicYear, Audience audience, String title, int sortOrder,
                        Long orderId, int version) {
    @Override
    public String toString() {
        return title;
    }
}
