package nl.doorbraak.leertafel.internal;

/** The free-text fields of a leertafelcasus that the identifier check reads (codes of leertafel_case_override.field). */
public enum CaseTextField {
    TITEL("title"), SITUATIE("situation"), VRAAG("question"), INTERVENTIE("interventions");

    private final String formField;

    CaseTextField(String formField) {
        this.formField = formField;
    }

    /** The name of the form field it is typed in. */
    public String formField() {
        return formField;
    }
}
