package nl.doorbraak.planning.web;

import jakarta.validation.constraints.Size;

/** The meeting's independent chair and its location. */
public class ChairForm {

    private Long chairUserId;

    @Size(max = 160, message = "{planning.refused.location}")
    private String location;

    public Long getChairUserId() {
        return chairUserId;
    }

    public void setChairUserId(Long chairUserId) {
        this.chairUserId = chairUserId;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }
}
