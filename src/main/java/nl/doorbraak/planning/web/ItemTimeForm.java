package nl.doorbraak.planning.web;

import java.time.LocalTime;

import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

/** A new time for one case within its meeting. */
public class ItemTimeForm {

    @NotNull(message = "{planning.slotStart.required}")
    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime slotStart;

    @NotNull(message = "{planning.slotEnd.required}")
    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime slotEnd;

    public LocalTime getSlotStart() {
        return slotStart;
    }

    public void setSlotStart(LocalTime slotStart) {
        this.slotStart = slotStart;
    }

    public LocalTime getSlotEnd() {
        return slotEnd;
    }

    public void setSlotEnd(LocalTime slotEnd) {
        this.slotEnd = slotEnd;
    }
}
