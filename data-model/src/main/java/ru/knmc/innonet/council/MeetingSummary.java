package ru.knmc.innonet.council;

import java.time.LocalDate;
import java.time.LocalTime;

public record MeetingSummary(long id, int number, LocalDate date, LocalTime time, String place, MeetingStatus status,
                             int items) {
}
