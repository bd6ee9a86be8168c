package nl.doorbraak.casefile.web;

import java.time.LocalDate;

import nl.doorbraak.casefile.internal.CaseDetails;
import nl.doorbraak.casefile.internal.CaseView;
import nl.doorbraak.casefile.internal.Consent;
import nl.doorbraak.casefile.internal.ConsentMethod;
import nl.doorbraak.casefile.internal.ConsentRecord;
import nl.doorbraak.casefile.internal.LegalBasis;
import nl.doorbraak.casefile.internal.ReferralInput;
import nl.doorbraak.casefile.internal.Trigger;
import nl.doorbraak.common.EmailOrPhone;
import nl.doorbraak.common.MaxLength;
import nl.doorbraak.organisation.SchoolType;
import nl.doorbraak.organisation.Sector;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** The referral form (allow-listed binding). Formats here; the rules live in ReferralChecks and ConsentRules. */
public class ReferralForm {

    private String regionSlug;
    @MaxLength(value = 200, name = "referral.name.youthName") private String youthName;
    @DateTimeFormat(iso = ISO.DATE) private LocalDate youthBirthDate;
    private String municipality;
    private Long schoolOrganisationId;
    private SchoolType schoolType;
    private boolean noSchool;
    private Boolean enrolled;
    private Boolean startkwalificatie;
    @MaxLength(value = 200, name = "referral.name.guardian1Name") private String guardian1Name;
    @MaxLength(value = 320, name = "referral.name.guardian1Contact") @EmailOrPhone(name = "referral.name.guardian1Contact")
    private String guardian1Contact;
    @MaxLength(value = 200, name = "referral.name.guardian2Name") private String guardian2Name;
    @MaxLength(value = 320, name = "referral.name.guardian2Contact") @EmailOrPhone(name = "referral.name.guardian2Contact")
    private String guardian2Contact;
    private Trigger trigger;
    @DateTimeFormat(iso = ISO.DATE) private LocalDate outOfSchoolSince;
    @MaxLength(value = 4000, name = "referral.name.description") private String description;
    @MaxLength(value = 2000, name = "referral.name.kernvraag") private String kernvraag;
    @MaxLength(value = 200, name = "referral.name.referrerName") private String referrerName;
    @MaxLength(value = 200, name = "referral.name.referrerOrganisation") private String referrerOrganisation;
    @MaxLength(value = 320, name = "referral.name.referrerContact") @EmailOrPhone(name = "referral.name.referrerContact")
    private String referrerContact;
    private Sector sector;
    private LegalBasis legalBasis = LegalBasis.REGION_DEFAULT;
    private boolean consentByGuardian;
    private boolean consentByYouth;
    @DateTimeFormat(iso = ISO.DATE) private LocalDate consentDate;
    private ConsentMethod consentMethod;
    private boolean consentForReferral;
    private boolean consentForSharing;
    private int version;
    private Long earlierCaseId;

    ReferralInput toInput() {
        return new ReferralInput(text(youthName), youthBirthDate, text(municipality), noSchool ? null : schoolOrganisationId,
                noSchool ? null : schoolType, noSchool, enrolled, startkwalificatie,
                new ReferralInput.Guardian(text(guardian1Name), text(guardian1Contact)),
                new ReferralInput.Guardian(text(guardian2Name), text(guardian2Contact)),
                trigger, outOfSchoolSince, text(description), text(kernvraag), text(referrerName),
                text(referrerOrganisation), text(referrerContact), sector, legalBasis,
                new Consent(consentByGuardian, consentByYouth, consentDate, consentMethod, consentForReferral,
                        consentForSharing));
    }

    static ReferralForm of(CaseDetails c, java.util.List<ReferralInput.Guardian> guardians, ConsentRecord consent) {
        ReferralForm f = new ReferralForm();
        f.regionSlug = c.regionSlug();
        f.youthName = c.youthName();
        f.youthBirthDate = c.youthBirthDate();
        f.municipality = c.municipality();
        f.schoolOrganisationId = c.schoolOrganisationId();
        f.schoolType = c.schoolType();
        f.noSchool = c.noSchool();
        f.enrolled = c.enrolled();
        f.startkwalificatie = c.startkwalificatie();
        if (!guardians.isEmpty()) {
            f.guardian1Name = guardians.get(0).name();
            f.guardian1Contact = guardians.get(0).contact();
        }
        if (guardians.size() > 1) {
            f.guardian2Name = guardians.get(1).name();
            f.guardian2Contact = guardians.get(1).contact();
        }
        f.trigger = c.trigger();
        f.outOfSchoolSince = c.outOfSchoolSince();
        f.description = c.description();
        f.kernvraag = c.kernvraag();
        f.referrerName = c.referrerName();
        f.referrerOrganisation = c.referrerOrganisation();
        f.referrerContact = c.referrerContact();
        f.sector = c.sector();
        f.legalBasis = c.legalBasis() == null ? LegalBasis.REGION_DEFAULT : c.legalBasis();
        if (consent != null) {
            f.consentByGuardian = consent.byGuardian();
            f.consentByYouth = consent.byYouth();
            f.consentDate = consent.givenOn();
            f.consentMethod = consent.method();
            f.consentForReferral = consent.forReferral();
            f.consentForSharing = consent.forSharing();
        }
        f.version = c.version();
        return f;
    }

    /**
     * A new referral that continues an earlier case: the youth, school, guardians and question as they were, to be
     * brought up to date; the referrer's own details and a fresh consent, since consent is given per referral.
     */
    static ReferralForm continuing(CaseView earlier, ReferralForm prefilled) {
        ReferralForm f = of(earlier.details(), earlier.guardians(), null);
        f.referrerName = prefilled.referrerName;
        f.referrerOrganisation = prefilled.referrerOrganisation;
        f.referrerContact = prefilled.referrerContact;
        f.sector = prefilled.sector == null ? f.sector : prefilled.sector;
        f.version = 0;
        f.earlierCaseId = earlier.details().id();
        return f;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getRegionSlug() { return regionSlug; }
    public void setRegionSlug(String regionSlug) { this.regionSlug = regionSlug; }
    public String getYouthName() { return youthName; }
    public void setYouthName(String youthName) { this.youthName = youthName; }
    public LocalDate getYouthBirthDate() { return youthBirthDate; }
    public void setYouthBirthDate(LocalDate youthBirthDate) { this.youthBirthDate = youthBirthDate; }
    public String getMunicipality() { return municipality; }
    public void setMunicipality(String municipality) { this.municipality = municipality; }
    public Long getSchoolOrganisationId() { return schoolOrganisationId; }
    public void setSchoolOrganisationId(Long schoolOrganisationId) { this.schoolOrganisationId = schoolOrganisationId; }
    public SchoolType getSchoolType() { return schoolType; }
    public void setSchoolType(SchoolType schoolType) { this.schoolType = schoolType; }
    public boolean isNoSchool() { return noSchool; }
    public void setNoSchool(boolean noSchool) { this.noSchool = noSchool; }
    public Boolean getEnrolled() { return enrolled; }
    public void setEnrolled(Boolean enrolled) { this.enrolled = enrolled; }
    public Boolean getStartkwalificatie() { return startkwalificatie; }
    public void setStartkwalificatie(Boolean startkwalificatie) { this.startkwalificatie = startkwalificatie; }
    public String getGuardian1Name() { return guardian1Name; }
    public void setGuardian1Name(String guardian1Name) { this.guardian1Name = guardian1Name; }
    public String getGuardian1Contact() { return guardian1Contact; }
    public void setGuardian1Contact(String guardian1Contact) { this.guardian1Contact = guardian1Contact; }
    public String getGuardian2Name() { return guardian2Name; }
    public void setGuardian2Name(String guardian2Name) { this.guardian2Name = guardian2Name; }
    public String getGuardian2Contact() { return guardian2Contact; }
    public void setGuardian2Contact(String guardian2Contact) { this.guardian2Contact = guardian2Contact; }
    public Trigger getTrigger() { return trigger; }
    public void setTrigger(Trigger trigger) { this.trigger = trigger; }
    public LocalDate getOutOfSchoolSince() { return outOfSchoolSince; }
    public void setOutOfSchoolSince(LocalDate outOfSchoolSince) { this.outOfSchoolSince = outOfSchoolSince; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getKernvraag() { return kernvraag; }
    public void setKernvraag(String kernvraag) { this.kernvraag = kernvraag; }
    public String getReferrerName() { return referrerName; }
    public void setReferrerName(String referrerName) { this.referrerName = referrerName; }
    public String getReferrerOrganisation() { return referrerOrganisation; }
    public void setReferrerOrganisation(String referrerOrganisation) { this.referrerOrganisation = referrerOrganisation; }
    public String getReferrerContact() { return referrerContact; }
    public void setReferrerContact(String referrerContact) { this.referrerContact = referrerContact; }
    public Sector getSector() { return sector; }
    public void setSector(Sector sector) { this.sector = sector; }
    public LegalBasis getLegalBasis() { return legalBasis; }
    public void setLegalBasis(LegalBasis legalBasis) { this.legalBasis = legalBasis; }
    public boolean isConsentByGuardian() { return consentByGuardian; }
    public void setConsentByGuardian(boolean consentByGuardian) { this.consentByGuardian = consentByGuardian; }
    public boolean isConsentByYouth() { return consentByYouth; }
    public void setConsentByYouth(boolean consentByYouth) { this.consentByYouth = consentByYouth; }
    public LocalDate getConsentDate() { return consentDate; }
    public void setConsentDate(LocalDate consentDate) { this.consentDate = consentDate; }
    public ConsentMethod getConsentMethod() { return consentMethod; }
    public void setConsentMethod(ConsentMethod consentMethod) { this.consentMethod = consentMethod; }
    public boolean isConsentForReferral() { return consentForReferral; }
    public void setConsentForReferral(boolean consentForReferral) { this.consentForReferral = consentForReferral; }
    public boolean isConsentForSharing() { return consentForSharing; }
    public void setConsentForSharing(boolean consentForSharing) { this.consentForSharing = consentForSharing; }
    public Long getEarlierCaseId() { return earlierCaseId; }
    public void setEarlierCaseId(Long earlierCaseId) { this.earlierCaseId = earlierCaseId; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
