package nl.doorbraak.identity.web;

/** A new password set by the administrator; the policy is checked by the service, not by annotations. */
public class PasswordForm {

    private String password;

    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
