package nl.doorbraak.leertafel.web;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.doorbraak.leertafel.internal.LeertafelSession;
import nl.doorbraak.leertafel.internal.SessionDates;
import nl.doorbraak.leertafel.internal.SessionDraft;
import org.springframework.format.annotation.DateTimeFormat;

/** A session to create (with its chair) or move: day, time and place. */
public class SessionForm {

    @NotNull(message = "{leertafel.sessions.date.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;
    @NotNull(message = "{leertafel.sessions.timeFrom.required}")
    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime timeFrom;
    @NotNull(message = "{leertafel.sessions.timeUntil.required}")
    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime timeUntil;
    @NotBlank(message = "{leertafel.sessions.refused.location}")
    @Size(max = 160, message = "{leertafel.sessions.location.tooLong}")
    @Pattern(regexp = "[^\\r\\n]*", message = "{leertafel.sessions.location.oneLine}")
    private String location;
    private Long chairUserId;

    static SessionForm offered(SessionDates.Offered offered, Long chair) {
        SessionForm form = new SessionForm();
        if (offered != null) {
            form.date = offered.day();
            form.timeFrom = offered.from();
            form.timeUntil = offered.until();
        }
        form.chairUserId = chair;
        return form;
    }

    static SessionForm of(LeertafelSession session) {
        SessionForm form = new SessionForm();
        form.date = session.day();
        form.timeFrom = session.startsAt().toLocalTime();
        form.timeUntil = session.endsAt().toLocalTime();
        form.location = session.location();
        form.chairUserId = session.chairUserId();
        return form;
    }

    SessionDraft toDraft() {
        return new SessionDraft(date, timeFrom, timeUntil, location, chairUserId);
    }

    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public LocalTime getTimeFrom() { return timeFrom; }
    public void setTimeFrom(LocalTime timeFrom) { this.timeFrom = timeFrom; }
    public LocalTime getTimeUntil() { return timeUntil; }
    public void setTimeUntil(LocalTime timeUntil) { this.timeUntil = timeUntil; }
    public String getLocation() { return location; }
    public void setLocation(String location) { this.location = location; }
    public Long getChairUserId() { return chairUserId; }
    public void setChairUserId(Long chairUserId) { this.chairUserId = chairUserId; }
}
