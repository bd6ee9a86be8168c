package nl.doorbraak.identity.web;

/** The user's own password change; the checks are the service's (current password, policy, repetition). */
public class OwnPasswordForm {

    private String currentPassword;
    private String newPassword;
    private String repeatPassword;

    /** Typed passwords never go back to the browser. */
    void forget() {
        currentPassword = null;
        newPassword = null;
        repeatPassword = null;
    }

    public String getCurrentPassword() { return currentPassword; }
    public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
    public String getRepeatPassword() { return repeatPassword; }
    public void setRepeatPassword(String repeatPassword) { this.repeatPassword = repeatPassword; }
}
