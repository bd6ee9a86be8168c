package nl.doorbraak.leertafel.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import nl.doorbraak.common.MaxLength;
import nl.doorbraak.leertafel.internal.CaseTextField;
import nl.doorbraak.leertafel.internal.LeertafelCaseDraft;
import nl.doorbraak.leertafel.internal.LeertafelCaseHit;
import nl.doorbraak.leertafel.internal.LeertafelCaseMarking;
import nl.doorbraak.leertafel.internal.LeertafelCaseRow;

/**
 * The leertafelcasus form: the pattern in bands, what was tried (one line each), the knelpunten, the free text, and
 * the author's markings of hits as "geen persoonsgegeven" with their reasons.
 */
public class LeertafelCaseForm {

    static final int MAX_INTERVENTIONS = 20;
    static final String[] FIELDS = {"version", "title", "ageBand", "schoolType", "sector", "outOfSchoolBand",
        "processBand", "interventions*", "themeIds", "situation", "question", "markings*"};

    private int version;
    @MaxLength(value = 120, name = "leertafelcasus.name.title")
    private String title;
    private String ageBand;
    private String schoolType;
    private String sector;
    private String outOfSchoolBand;
    private String processBand;
    private String outcomeType;
    private List<String> interventions = new ArrayList<>(List.of(""));
    private Set<Long> themeIds = new LinkedHashSet<>();
    @MaxLength(value = 4000, name = "leertafelcasus.name.situation")
    private String situation;
    @MaxLength(value = 2000, name = "leertafelcasus.name.question")
    private String question;
    @Valid
    private List<MarkingForm> markings = new ArrayList<>();
    private CaseHitsView hits = CaseHitsView.NONE;

    static LeertafelCaseForm of(LeertafelCaseRow row, Set<Long> themeIds) {
        LeertafelCaseForm form = new LeertafelCaseForm();
        form.version = row.version();
        form.title = row.title();
        form.ageBand = row.ageBand();
        form.schoolType = row.schoolType();
        form.sector = row.sector();
        form.outOfSchoolBand = row.outOfSchoolBand();
        form.processBand = row.processBand();
        form.outcomeType = row.outcomeType();
        form.interventions = new ArrayList<>(row.interventions());
        form.interventions.add("");
        form.themeIds = new LinkedHashSet<>(themeIds);
        form.situation = row.situation();
        form.question = row.question();
        return form;
    }

    LeertafelCaseDraft toDraft() {
        return new LeertafelCaseDraft(title, ageBand, schoolType, sector, outOfSchoolBand, processBand, outcomeType,
                interventions, themeIds, situation, question);
    }


    /**
     * One marking per hit, in the hits' order, keeping what the author already said about each: the form shows a
     * choice under every hit and a second round accepts the marked ones.
     */
    void alignMarkings(List<LeertafelCaseHit> hits, List<LeertafelCaseMarking> said) {
        markings = new ArrayList<>(hits.stream().map(hit -> said.stream().filter(hit::matches).findFirst()
                .map(MarkingForm::of)
                .orElseGet(() -> MarkingForm.of(new LeertafelCaseMarking(hit.field(), hit.line(), hit.kind(),
                        hit.phrase(), null)).unaccepted()))
                .toList());
    }

    /** What the author said about the hits, also the hits ticked without a reason. */
    List<LeertafelCaseMarking> said() {
        return markings.stream().filter(m -> m != null && m.field() != null && (m.isAccepted()))
                .map(m -> new LeertafelCaseMarking(m.field(), m.getLine(), m.getKind(), m.getPhrase(), m.getReason()))
                .toList();
    }

    /** Drops blank lines and leaves one empty line to type the next intervention in. */
    void tidyInterventions(boolean oneMore) {
        List<String> lines = new ArrayList<>(interventions.stream().filter(l -> l != null && !l.isBlank()).toList());
        if (oneMore || lines.isEmpty()) {
            lines.add("");
        }
        interventions = lines.size() > MAX_INTERVENTIONS ? new ArrayList<>(lines.subList(0, MAX_INTERVENTIONS)) : lines;
    }

    void removeIntervention(int line) {
        if (line >= 0 && line < interventions.size()) {
            interventions.remove(line);
        }
        tidyInterventions(false);
    }

    /** The hits to show in place (not bound: the check runs again on every submit). */
    public CaseHitsView hits() {
        return hits;
    }

    void showHits(CaseHitsView shown) {
        hits = shown;
    }

    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getAgeBand() { return ageBand; }
    public void setAgeBand(String ageBand) { this.ageBand = ageBand; }
    public String getSchoolType() { return schoolType; }
    public void setSchoolType(String schoolType) { this.schoolType = schoolType; }
    public String getSector() { return sector; }
    public void setSector(String sector) { this.sector = sector; }
    public String getOutOfSchoolBand() { return outOfSchoolBand; }
    public void setOutOfSchoolBand(String outOfSchoolBand) { this.outOfSchoolBand = outOfSchoolBand; }
    public String getProcessBand() { return processBand; }
    public void setProcessBand(String processBand) { this.processBand = processBand; }
    public String getOutcomeType() { return outcomeType; }
    public void setOutcomeType(String outcomeType) { this.outcomeType = outcomeType; }
    public List<String> getInterventions() { return interventions; }
    public void setInterventions(List<String> interventions) { this.interventions = interventions; }
    public Set<Long> getThemeIds() { return themeIds; }
    public void setThemeIds(Set<Long> themeIds) { this.themeIds = themeIds; }
    public String getSituation() { return situation; }
    public void setSituation(String situation) { this.situation = situation; }
    public String getQuestion() { return question; }
    public void setQuestion(String question) { this.question = question; }
    public List<MarkingForm> getMarkings() { return markings; }
    public void setMarkings(List<MarkingForm> markings) { this.markings = markings; }

    /** One hit as the form carries it: which, and whether the author says it is no personal data, and why. */
    public static class MarkingForm {

        private String field;
        private int line;
        private String kind;
        private String phrase;
        private boolean accepted;
        @MaxLength(value = 500, name = "leertafelcasus.name.markReason")
        private String reason;

        static MarkingForm of(LeertafelCaseMarking marking) {
            MarkingForm form = new MarkingForm();
            form.field = marking.field().name();
            form.line = marking.line();
            form.kind = marking.kind();
            form.phrase = marking.phrase();
            form.accepted = true;
            form.reason = marking.reason();
            return form;
        }

        MarkingForm unaccepted() {
            accepted = false;
            return this;
        }

        CaseTextField field() {
            try {
                return field == null ? null : CaseTextField.valueOf(field);
            } catch (IllegalArgumentException unknown) {
                return null;
            }
        }

        public String getField() { return field; }
        public void setField(String field) { this.field = field; }
        public int getLine() { return line; }
        public void setLine(int line) { this.line = line; }
        public String getKind() { return kind; }
        public void setKind(String kind) { this.kind = kind; }
        public String getPhrase() { return phrase; }
        public void setPhrase(String phrase) { this.phrase = phrase; }
        public boolean isAccepted() { return accepted; }
        public void setAccepted(boolean accepted) { this.accepted = accepted; }
        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
    }
}
