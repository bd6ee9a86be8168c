package nl.doorbraak.verslag.web;

import nl.doorbraak.verslag.internal.ScenarioProposal;

/** A new "als ... dan ..." with its owner; the owner field has its own name, as it shares the page with others. */
public class ScenarioForm {

    private String ifThis;
    private String thenThat;
    private Long scenarioOwnerId;

    ScenarioProposal toProposal() {
        return new ScenarioProposal(ifThis, thenThat, scenarioOwnerId);
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
