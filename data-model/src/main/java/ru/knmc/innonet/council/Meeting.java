package ru.knmc.innonet.council;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A council meeting with its agenda in order and its attendance, saved and read as one. */
public record Meeting(Long id, int number, LocalDate date, LocalTime time, String place, MeetingStatus status,
                      List<AgendaItem> items, List<Attendee> attendance, int version) {

    public Meeting {
        items = List.copyOf(items);
        attendance = List.copyOf(attendance);
    }

    public Meeting withItems(List<AgendaItem> value) {
        return new Meeting(id, number, date, time, place, status, value, attendance, version);
    }

    public Meeting withAttendance(List<Attendee> value) {
        return new Meeting(id, number, date, time, place, status, items, value, version);
    }

    public Meeting withHeader(int newNumber, LocalDate newDate, LocalTime newTime, String newPlace, MeetingStatus newStatus) {
        return new Meeting(id, newNumber, newDate, newTime, newPlace, newStatus, items, attendance, version);
    }
}
