package nl.doorbraak.verslag.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;

/** The main form's fields and accessors (kept apart from its conversions in {@link DraftForm}). */
public class DraftFormFields {

    /** Null when the request did not come from the meeting mode's form (then only its own fields count). */
    private Integer version;
    private Map<String, String> sections = new LinkedHashMap<>();
    private Map<Long, String> attendance = new LinkedHashMap<>();
    private Long regiehouderId;
    private Long fixedContactId;
    private String monitoringFrequency;
    private String monitoringChannel;
    private Long monitoringById;
    private List<DraftChecklistField> checklist = new ArrayList<>();
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate nextMeetingOn;
    private String nextMeetingNote;
    private List<Long> nextParticipantIds = new ArrayList<>();

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public Map<String, String> getSections() {
        return sections;
    }

    public void setSections(Map<String, String> sections) {
        this.sections = sections;
    }

    public Map<Long, String> getAttendance() {
        return attendance;
    }

    public void setAttendance(Map<Long, String> attendance) {
        this.attendance = attendance;
    }

    public Long getRegiehouderId() {
        return regiehouderId;
    }

    public void setRegiehouderId(Long regiehouderId) {
        this.regiehouderId = regiehouderId;
    }

    public Long getFixedContactId() {
        return fixedContactId;
    }

    public void setFixedContactId(Long fixedContactId) {
        this.fixedContactId = fixedContactId;
    }

    public String getMonitoringFrequency() {
        return monitoringFrequency;
    }

    public void setMonitoringFrequency(String monitoringFrequency) {
        this.monitoringFrequency = monitoringFrequency;
    }

    public String getMonitoringChannel() {
        return monitoringChannel;
    }

    public void setMonitoringChannel(String monitoringChannel) {
        this.monitoringChannel = monitoringChannel;
    }

    public Long getMonitoringById() {
        return monitoringById;
    }

    public void setMonitoringById(Long monitoringById) {
        this.monitoringById = monitoringById;
    }

    public List<DraftChecklistField> getChecklist() {
        return checklist;
    }

    public void setChecklist(List<DraftChecklistField> checklist) {
        this.checklist = checklist;
    }

    public LocalDate getNextMeetingOn() {
        return nextMeetingOn;
    }

    public void setNextMeetingOn(LocalDate nextMeetingOn) {
        this.nextMeetingOn = nextMeetingOn;
    }

    public String getNextMeetingNote() {
        return nextMeetingNote;
    }

    public void setNextMeetingNote(String nextMeetingNote) {
        this.nextMeetingNote = nextMeetingNote;
    }

    public List<Long> getNextParticipantIds() {
        return nextParticipantIds;
    }

    public void setNextParticipantIds(List<Long> nextParticipantIds) {
        this.nextParticipantIds = nextParticipantIds;
    }
}
