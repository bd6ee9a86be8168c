package nl.doorbraak.casefile.web;

/** The coordinator a case is assigned to. */
public class AssignmentForm {

    private Long coordinatorId;

    public Long getCoordinatorId() { return coordinatorId; }
    public void setCoordinatorId(Long coordinatorId) { this.coordinatorId = coordinatorId; }
}
