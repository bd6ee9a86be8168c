package nl.doorbraak.casefile.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Size;
import nl.doorbraak.casefile.internal.TriageChoice;
import nl.doorbraak.casefile.internal.TriageInput;

/** One decider's vooroverleg form: checklist answers, decision and reason. */
public class TriageForm {

    private boolean conditionHolds;
    private List<Integer> circumstances = new ArrayList<>();
    private TriageChoice choice;
    @Size(max = 2000, message = "{referral.tooLong}") private String reason;
    private boolean admitDespiteCriteria;

    TriageInput toInput() {
        return new TriageInput(conditionHolds, circumstances, choice, reason == null ? null : reason.strip(),
                admitDespiteCriteria);
    }

    public boolean isConditionHolds() { return conditionHolds; }
    public void setConditionHolds(boolean conditionHolds) { this.conditionHolds = conditionHolds; }
    public List<Integer> getCircumstances() { return circumstances; }
    public void setCircumstances(List<Integer> circumstances) { this.circumstances = circumstances == null ? new ArrayList<>() : circumstances; }
    public TriageChoice getChoice() { return choice; }
    public void setChoice(TriageChoice choice) { this.choice = choice; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public boolean isAdmitDespiteCriteria() { return admitDespiteCriteria; }
    public void setAdmitDespiteCriteria(boolean admitDespiteCriteria) { this.admitDespiteCriteria = admitDespiteCriteria; }
}
