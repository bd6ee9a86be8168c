package nl.doorbraak.escalation.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.doorbraak.escalation.internal.EscalationDraft;
import nl.doorbraak.escalation.internal.SaveConsent;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** Escalating a case: the reason, and whether SAVE is involved with the consent for it. */
public class RaiseForm {

    @NotBlank(message = "{escalation.reason.required}")
    @Size(max = 2000, message = "{escalation.reason.tooLong}")
    private String reason;
    private boolean saveInvolved;
    @Size(max = 200, message = "{escalation.save.consentBy.tooLong}")
    private String saveConsentBy;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate saveConsentOn;
    @Size(max = 500, message = "{escalation.save.consentHow.tooLong}")
    private String saveConsentHow;

    /** SAVE may only be recorded with its consent: who gave it, when (not in the future) and how. */
    void checkConsent(Errors errors, LocalDate today) {
        if (!saveInvolved) {
            return;
        }
        if (saveConsentBy == null || saveConsentBy.isBlank()) {
            errors.rejectValue("saveConsentBy", "escalation.save.consentBy.required");
        }
        if (saveConsentOn == null && !errors.hasFieldErrors("saveConsentOn")) {
            errors.rejectValue("saveConsentOn", "escalation.save.consentOn.required");
        } else if (saveConsentOn != null && saveConsentOn.isAfter(today)) {
            errors.rejectValue("saveConsentOn", "escalation.save.consentOn.future");
        }
        if (saveConsentHow == null || saveConsentHow.isBlank()) {
            errors.rejectValue("saveConsentHow", "escalation.save.consentHow.required");
        }
    }

    EscalationDraft toDraft() {
        return new EscalationDraft(reason, saveInvolved ? new SaveConsent(saveConsentBy, saveConsentOn, saveConsentHow) : null);
    }

    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public boolean isSaveInvolved() { return saveInvolved; }
    public void setSaveInvolved(boolean saveInvolved) { this.saveInvolved = saveInvolved; }
    public String getSaveConsentBy() { return saveConsentBy; }
    public void setSaveConsentBy(String saveConsentBy) { this.saveConsentBy = saveConsentBy; }
    public LocalDate getSaveConsentOn() { return saveConsentOn; }
    public void setSaveConsentOn(LocalDate saveConsentOn) { this.saveConsentOn = saveConsentOn; }
    public String getSaveConsentHow() { return saveConsentHow; }
    public void setSaveConsentHow(String saveConsentHow) { this.saveConsentHow = saveConsentHow; }
}
