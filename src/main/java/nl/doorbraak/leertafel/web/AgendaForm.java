package nl.doorbraak.leertafel.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A point to add to the agenda: a submitted case, a theme, an open proposal or another point; and its minutes. */
public class AgendaForm {

    /** CASUS, THEMA, VOORSTEL or OVERIG: which of the fields counts. */
    private String kind = "CASUS";
    private Long caseId;
    private Long themeId;
    private Long proposalId;
    @Size(max = 200, message = "{leertafel.agenda.refused.title}")
    private String title;
    @NotNull(message = "{leertafel.agenda.minutes.required}")
    @Min(value = 5, message = "{leertafel.agenda.minutes.range}")
    @Max(value = 180, message = "{leertafel.agenda.minutes.range}")
    private Integer minutes = 30;

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public Long getCaseId() { return caseId; }
    public void setCaseId(Long caseId) { this.caseId = caseId; }
    public Long getThemeId() { return themeId; }
    public void setThemeId(Long themeId) { this.themeId = themeId; }
    public Long getProposalId() { return proposalId; }
    public void setProposalId(Long proposalId) { this.proposalId = proposalId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public Integer getMinutes() { return minutes; }
    public void setMinutes(Integer minutes) { this.minutes = minutes; }
}
