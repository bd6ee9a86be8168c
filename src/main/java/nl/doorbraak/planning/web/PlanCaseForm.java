package nl.doorbraak.planning.web;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import nl.doorbraak.planning.internal.PlanRequest;
import nl.doorbraak.region.TimeSlot;
import org.springframework.format.annotation.DateTimeFormat;

/** The form that puts one admitted case on a table's meeting. */
public class PlanCaseForm {

    @NotBlank(message = "{planning.tableCode.required}")
    private String tableCode;

    @NotNull(message = "{planning.date.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    @NotNull(message = "{planning.slotStart.required}")
    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime slotStart;

    @NotNull(message = "{planning.slotEnd.required}")
    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime slotEnd;

    /** A fresh form in the table's time slot. */
    static PlanCaseForm inSlot(TimeSlot slot) {
        PlanCaseForm form = new PlanCaseForm();
        form.setSlotStart(slot.start());
        form.setSlotEnd(slot.end());
        return form;
    }

    PlanRequest toRequest(long caseId) {
        return new PlanRequest(caseId, tableCode, date, slotStart, slotEnd);
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
