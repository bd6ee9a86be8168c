package nl.doorbraak.leertafel.web;

import jakarta.validation.constraints.Size;

/** What the table learnt at a session: no case text, no one's name. */
public class NotesForm {

    @Size(max = 8000, message = "{leertafel.record.refused.notesTooLong}")
    private String notes;

    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
}
