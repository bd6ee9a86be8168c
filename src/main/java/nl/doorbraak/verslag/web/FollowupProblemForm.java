package nl.doorbraak.verslag.web;

/** What stands in the owner's way. */
public class FollowupProblemForm {

    private String problem;

    public String getProblem() {
        return problem;
    }

    public void setProblem(String problem) {
        this.problem = problem;
    }
}
