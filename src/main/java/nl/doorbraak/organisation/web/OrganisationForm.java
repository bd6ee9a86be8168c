package nl.doorbraak.organisation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.doorbraak.organisation.EscalationContacts;
import nl.doorbraak.organisation.OrganisationType;
import nl.doorbraak.organisation.SchoolType;
import nl.doorbraak.organisation.Sector;
import nl.doorbraak.organisation.internal.EditableOrganisation;
import nl.doorbraak.organisation.internal.OrganisationDraft;

/** The fields an administrator may set on an organisation (allow-listed binding). */
public class OrganisationForm {

    private String regionSlug;
    @NotBlank(message = "{organisation.name.required}")
    @Size(max = 200, message = "{organisation.name.tooLong}")
    private String name;
    @NotNull(message = "{organisation.type.required}")
    private OrganisationType type;
    private SchoolType schoolType;
    private Sector sector;
    @Size(max = 100, message = "{organisation.municipality.tooLong}")
    private String municipality;
    @Size(max = EscalationContacts.MAX_LENGTH, message = "{organisation.escalationContacts.tooLong}")
    private String escalationContacts;
    private int version;

    static OrganisationForm of(EditableOrganisation organisation) {
        OrganisationForm form = new OrganisationForm();
        form.regionSlug = organisation.regionSlug();
        form.name = organisation.name();
        form.type = organisation.type();
        form.schoolType = organisation.schoolType();
        form.sector = organisation.sector();
        form.municipality = organisation.municipality();
        form.escalationContacts = organisation.escalationContacts();
        form.version = organisation.version();
        return form;
    }

    boolean schoolWithoutSchoolType() {
        return type == OrganisationType.SCHOOL && schoolType == null;
    }

    boolean escalationContactsInvalid() {
        return !EscalationContacts.valid(escalationContacts);
    }

    OrganisationDraft toDraft() {
        // Only schools have a school type (the database checks this too).
        SchoolType effectiveSchoolType = type == OrganisationType.SCHOOL ? schoolType : null;
        return new OrganisationDraft(blankToNull(regionSlug), name, type, effectiveSchoolType, sector,
                blankToNull(municipality), EscalationContacts.normalise(escalationContacts));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getRegionSlug() { return regionSlug; }
    public void setRegionSlug(String regionSlug) { this.regionSlug = regionSlug; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public OrganisationType getType() { return type; }
    public void setType(OrganisationType type) { this.type = type; }
    public SchoolType getSchoolType() { return schoolType; }
    public void setSchoolType(SchoolType schoolType) { this.schoolType = schoolType; }
    public Sector getSector() { return sector; }
    public void setSector(Sector sector) { this.sector = sector; }
    public String getMunicipality() { return municipality; }
    public void setMunicipality(String municipality) { this.municipality = municipality; }
    public String getEscalationContacts() { return escalationContacts; }
    public void setEscalationContacts(String escalationContacts) { this.escalationContacts = escalationContacts; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
