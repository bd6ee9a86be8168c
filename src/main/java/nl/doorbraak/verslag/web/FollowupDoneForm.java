package nl.doorbraak.verslag.web;

/** The owner's note on the result when marking an agreement done. */
public class FollowupDoneForm {

    private String resultNote;

    public String getResultNote() {
        return resultNote;
    }

    public void setResultNote(String resultNote) {
        this.resultNote = resultNote;
    }
}
