package nl.doorbraak.dossier.web;

import jakarta.validation.constraints.Size;
import nl.doorbraak.dossier.DossierContent;

/** The dossier form: the eleven texts and the version the copy was opened at. */
public class DossierForm {

    @Size(max = 4000, message = "{dossier.tooLong}") private String homeSituation;
    @Size(max = 4000, message = "{dossier.tooLong}") private String socialNetwork;
    @Size(max = 4000, message = "{dossier.tooLong}") private String practicalAbility;
    @Size(max = 4000, message = "{dossier.tooLong}") private String health;
    @Size(max = 4000, message = "{dossier.tooLong}") private String policeJustice;
    @Size(max = 4000, message = "{dossier.tooLong}") private String legalFramework;
    @Size(max = 4000, message = "{dossier.tooLong}") private String history;
    @Size(max = 4000, message = "{dossier.tooLong}") private String hinderingFactors;
    @Size(max = 4000, message = "{dossier.tooLong}") private String positiveForces;
    @Size(max = 4000, message = "{dossier.tooLong}") private String expectationsOfParticipants;
    @Size(max = 4000, message = "{dossier.tooLong}") private String expectationsOfYouthAndParents;
    private int version;

    static DossierForm of(DossierContent c, int version) {
        DossierForm form = new DossierForm();
        form.homeSituation = c.homeSituation();
        form.socialNetwork = c.socialNetwork();
        form.practicalAbility = c.practicalAbility();
        form.health = c.health();
        form.policeJustice = c.policeJustice();
        form.legalFramework = c.legalFramework();
        form.history = c.history();
        form.hinderingFactors = c.hinderingFactors();
        form.positiveForces = c.positiveForces();
        form.expectationsOfParticipants = c.expectationsOfParticipants();
        form.expectationsOfYouthAndParents = c.expectationsOfYouthAndParents();
        form.version = version;
        return form;
    }

    DossierContent toContent() {
        return new DossierContent(clean(homeSituation), clean(socialNetwork), clean(practicalAbility), clean(health),
                clean(policeJustice), clean(legalFramework), clean(history), clean(hinderingFactors),
                clean(positiveForces), clean(expectationsOfParticipants), clean(expectationsOfYouthAndParents), null);
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getHomeSituation() { return homeSituation; }
    public void setHomeSituation(String value) { homeSituation = value; }
    public String getSocialNetwork() { return socialNetwork; }
    public void setSocialNetwork(String value) { socialNetwork = value; }
    public String getPracticalAbility() { return practicalAbility; }
    public void setPracticalAbility(String value) { practicalAbility = value; }
    public String getHealth() { return health; }
    public void setHealth(String value) { health = value; }
    public String getPoliceJustice() { return policeJustice; }
    public void setPoliceJustice(String value) { policeJustice = value; }
    public String getLegalFramework() { return legalFramework; }
    public void setLegalFramework(String value) { legalFramework = value; }
    public String getHistory() { return history; }
    public void setHistory(String value) { history = value; }
    public String getHinderingFactors() { return hinderingFactors; }
    public void setHinderingFactors(String value) { hinderingFactors = value; }
    public String getPositiveForces() { return positiveForces; }
    public void setPositiveForces(String value) { positiveForces = value; }
    public String getExpectationsOfParticipants() { return expectationsOfParticipants; }
    public void setExpectationsOfParticipants(String value) { expectationsOfParticipants = value; }
    public String getExpectationsOfYouthAndParents() { return expectationsOfYouthAndParents; }
    public void setExpectationsOfYouthAndParents(String value) { expectationsOfYouthAndParents = value; }
    public int getVersion() { return version; }
    public void setVersion(int value) { version = value; }
}
