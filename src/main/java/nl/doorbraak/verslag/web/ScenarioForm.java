package nl.doorbraak.verslag.web;

import java.io.Serializable;
import nl.doorbraak.verslag.internal.ScenarioProposal;

/** A new "als ... dan ..." with its owner; the owner field has its own name, as it shares the page with others. */
public class ScenarioForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String ifThis;
    private String thenThat;
    private Long scenarioOwnerId;

    ScenarioProposal toProposal() {
        return new ScenarioProposal(ifThis, thenThat, scenarioOwnerId);
    }

    /** Whether anything was typed or chosen: it then comes back after another button's redirect (a flash). */
    boolean typed() {
        return filled(ifThis) || filled(thenThat) || scenarioOwnerId != null;
    }

    private static boolean filled(String text) {
        return text != null && !text.isBlank();
    }

    public String getIfThis() {
        return ifThis;
    }

    public void setIfThis(String ifThis) {
        this.ifThis = ifThis;
    }

    public String getThenThat() {
        return thenThat;
    }

    public void setThenThat(String thenThat) {
        this.thenThat = thenThat;
    }

    public Long getScenarioOwnerId() {
        return scenarioOwnerId;
    }

    public void setScenarioOwnerId(Long scenarioOwnerId) {
        this.scenarioOwnerId = scenarioOwnerId;
    }
}
