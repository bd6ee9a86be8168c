package nl.doorbraak.identity.web;

import nl.doorbraak.identity.internal.AccountReads;
import nl.doorbraak.identity.internal.EditableUser;
import nl.doorbraak.identity.internal.TableContacts;
import nl.doorbraak.identity.internal.UserAdministration;
import nl.doorbraak.identity.internal.UserChangeRefused;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Account actions on one user: (de)activate, unlock, set a new password. */
@Controller
@RequestMapping("/beheer/gebruikers/{id}")
class UserAccountController {

    private final UserAdministration administration;
    private final AccountReads reads;
    private final Flash flash;
    private final TableContacts tableContacts;

    UserAccountController(UserAdministration administration, AccountReads reads, Flash flash,
            TableContacts tableContacts) {
        this.tableContacts = tableContacts;
        this.administration = administration;
        this.reads = reads;
        this.flash = flash;
    }

    static EditableUser load(UserAdministration administration, long id) {
        return administration.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The account for a page that shows it: the read is audited. */
    static EditableUser shown(AccountReads reads, long id, String page) {
        return reads.view(id, page).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @PostMapping("/actief")
    String setActive(@PathVariable long id, @RequestParam boolean actief, @RequestParam int version,
            RedirectAttributes redirect) {
        EditableUser user = load(administration, id);
        try {
            administration.setActive(id, version, actief);
            flash.success(redirect, actief ? "user.activated" : "user.deactivated", user.displayName());
        } catch (UserChangeRefused refused) {
            flash.error(redirect, refused.messageKey());
        }
        return "redirect:/beheer/gebruikers/" + id;
    }

    /** Makes the user their organisation's contact for the tables, or ends it. */
    @PostMapping("/tafelcontact")
    String tableContact(@PathVariable long id, @RequestParam boolean contact, RedirectAttributes redirect) {
        EditableUser user = load(administration, id);
        try {
            tableContacts.set(id, contact);
            flash.success(redirect, contact ? "user.tableContact.set" : "user.tableContact.ended", user.displayName());
        } catch (UserChangeRefused refused) {
            flash.error(redirect, refused.messageKey());
        }
        return "redirect:/beheer/gebruikers/" + id;
    }

    @PostMapping("/ontgrendelen")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        EditableUser user = load(administration, id);
        administration.unlock(id);
        flash.success(redirect, "user.unlocked", user.displayName());
        return "redirect:/beheer/gebruikers/" + id;
    }

    @GetMapping("/wachtwoord")
    String passwordForm(@PathVariable long id, Model model) {
        model.addAttribute("user", shown(reads, id, "wachtwoord"));
        model.addAttribute("passwordForm", new PasswordForm());
        return "identity/user-password";
    }

    @PostMapping("/wachtwoord")
    String changePassword(@PathVariable long id, PasswordForm passwordForm, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        EditableUser user = load(administration, id);
        try {
            administration.changePassword(id, passwordForm.getPassword());
            flash.success(redirect, "user.passwordChanged", user.displayName());
            return "redirect:/beheer/gebruikers/" + id;
        } catch (UserChangeRefused refused) {
            Refusals.addTo(binding, refused);
            passwordForm.setPassword(null);
            model.addAttribute("user", user);
            return "identity/user-password";
        }
    }
}
