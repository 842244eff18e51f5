package ru.knmc.innonet.registry;

import java.util.stream.Collectors;
import java.util.stream.Stream;

public record Person(Long id, String lastName, String firstName, String middleName, String position,
                     Long organizationId, String academicDegree, String academicTitle, String email,
                     String phone, int version) {

    public String fullName() {
        return Stream.of(lastName, firstName, middleName)
                .filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(" "));
    }

    /** «Иванова И.И.», as agendas and tables write a person. */
    public String shortName() {
        StringBuilder b = new StringBuilder(lastName);
        String initials = initial(firstName) + initial(middleName);
        if (!initials.isEmpty()) {
            b.append(' ').append(initials);
        }
        return b.toString();
    }

    /** «Иванова И.И., д.п.н.» */
    public String nameWithDegree() {
        return academicDegree == null || academicDegree.isBlank() ? shortName() : shortName() + ", " + academicDegree;
    }

    private static String initial(String s) {
        return s == null || s.isBlank() ? "" : s.strip().charAt(0) + ".";
    }

    @Override
    public String toString() {
        return fullName();
    }
}
