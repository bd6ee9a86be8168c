package nl.doorbraak.planning.web;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.doorbraak.planning.internal.TableDate;
import nl.doorbraak.planning.internal.TableDateChange;
import nl.doorbraak.region.MeetingTable;
import nl.doorbraak.region.TimeSlot;
import org.springframework.format.annotation.DateTimeFormat;

/** A table date to add or move: the table (only when adding), day, time slot and place. */
public class TableDateForm {

    private String tableCode;

    @NotNull(message = "{planning.date.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    @NotNull(message = "{planning.slotStart.required}")
    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime timeFrom;

    @NotNull(message = "{planning.slotEnd.required}")
    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime timeUntil;

    @Size(max = 160, message = "{planning.refused.location}")
    private String location;

    /** A new date of the table, in its own time slot and place. */
    static TableDateForm forTable(MeetingTable table, TimeSlot slot) {
        TableDateForm form = new TableDateForm();
        form.setTableCode(table.code());
        form.setTimeFrom(slot.start());
        form.setTimeUntil(slot.end());
        form.setLocation(table.location());
        return form;
    }

    static TableDateForm of(TableDate date) {
        TableDateForm form = new TableDateForm();
        form.setTableCode(date.tableCode());
        form.setDate(date.day());
        form.setTimeFrom(date.from());
        form.setTimeUntil(date.until());
        form.setLocation(date.location());
        return form;
    }

    TableDateChange toChange() {
        return new TableDateChange(tableCode, date, timeFrom, timeUntil, location);
    }

    public String getTableCode() {
        return tableCode;
    }

    public void setTableCode(String tableCode) {
        this.tableCode = tableCode;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getTimeFrom() {
        return timeFrom;
    }

    public void setTimeFrom(LocalTime timeFrom) {
        this.timeFrom = timeFrom;
    }

    public LocalTime getTimeUntil() {
        return timeUntil;
    }

    public void setTimeUntil(LocalTime timeUntil) {
        this.timeUntil = timeUntil;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }
}
