package nl.doorbraak.leertafel.web;

/** The independent chair of a session (none is allowed: chosen later). */
public class ChairForm {

    private Long chairUserId;

    public Long getChairUserId() { return chairUserId; }
    public void setChairUserId(Long chairUserId) { this.chairUserId = chairUserId; }
}
