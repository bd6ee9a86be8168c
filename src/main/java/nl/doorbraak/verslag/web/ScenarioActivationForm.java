package nl.doorbraak.verslag.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** Why a scenario starts now, and the deadline and result that make its "dan" a SMART agreement. */
public class ScenarioActivationForm {

    private String reason;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueOn;
    private String result;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public String getResult() {
        return result;
    }

    public void setResult(String result) {
        this.result = result;
    }
}
