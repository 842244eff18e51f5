package ru.knmc.innonet.registry.importing;

import java.util.ArrayList;
import java.util.List;

/** A person's name as lists write it: «Иванова И.И., д.п.н.», «И.И. Иванова», «Иванова Ирина Ивановна». */
record PersonName(String lastName, String firstName, String middleName, String firstInitial, String degree) {

    static PersonName parse(String text) {
        String namePart = text;
        String degree = null;
        int comma = text.indexOf(',');
        if (comma > 0) {
            namePart = text.substring(0, comma);
            degree = text.substring(comma + 1).strip();
            if (degree.isEmpty()) {
                degree = null;
            }
        }
        List<String> words = new ArrayList<>();
        List<String> initials = new ArrayList<>();
        for (String token : namePart.strip().split("\\s+")) {
            if (token.contains(".")) {
                for (String i : token.split("\\.")) {
                    if (!i.isBlank()) {
                        initials.add(i.strip().substring(0, 1).toUpperCase());
                    }
                }
            } else if (!token.isBlank()) {
                words.add(token);
            }
        }
        String last = words.isEmpty() ? namePart.strip() : words.get(0);
        String first = words.size() > 1 ? words.get(1) : null;
        String middle = words.size() > 2 ? words.get(2) : null;
        String initial = first != null ? first.substring(0, 1).toUpperCase() : initials.isEmpty() ? null : initials.get(0);
        return new PersonName(last, first, middle, initial, degree);
    }
}
