package nl.doorbraak.verslag.web;

/** One checklist question on the main form: the answer, or "niet aanwezig" where the question allows it. */
public class DraftChecklistField {

    private String answer;
    private boolean notPresent;

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public boolean isNotPresent() {
        return notPresent;
    }

    public void setNotPresent(boolean notPresent) {
        this.notPresent = notPresent;
    }
}
