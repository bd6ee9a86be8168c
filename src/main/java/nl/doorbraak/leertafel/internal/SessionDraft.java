package nl.doorbraak.leertafel.internal;

import java.time.LocalDate;
import java.time.LocalTime;

/** A session to create or move: day, time, place and (when creating) the chair. */
public record SessionDraft(LocalDate day, LocalTime from, LocalTime until, String location, Long chairUserId) {
}
