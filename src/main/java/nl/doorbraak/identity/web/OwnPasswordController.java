package nl.doorbraak.identity.web;

import nl.doorbraak.identity.internal.AccountPrincipal;
import nl.doorbraak.identity.internal.OwnPassword;
import nl.doorbraak.identity.internal.UserChangeRefused;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The logged-in user's own password. After the administrator set one, this is the only page the user can reach
 * (the session check sends every other request here) until they chose their own.
 */
@Controller
@RequestMapping("/account/wachtwoord")
class OwnPasswordController {

    private final OwnPassword ownPassword;
    private final Flash flash;

    OwnPasswordController(OwnPassword ownPassword, Flash flash) {
        this.ownPassword = ownPassword;
        this.flash = flash;
    }

    @GetMapping
    String form(@AuthenticationPrincipal AccountPrincipal principal, Model model) {
        model.addAttribute("ownPasswordForm", new OwnPasswordForm());
        return show(principal, model);
    }

    @PostMapping
    String change(@AuthenticationPrincipal AccountPrincipal principal, OwnPasswordForm ownPasswordForm,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        try {
            ownPassword.change(ownPasswordForm.getCurrentPassword(), ownPasswordForm.getNewPassword(),
                    ownPasswordForm.getRepeatPassword());
            flash.success(redirect, "password.own.changed");
            return "redirect:/";
        } catch (UserChangeRefused refused) {
            Refusals.addTo(binding, refused);
            ownPasswordForm.forget();
            return show(principal, model);
        }
    }

    private static String show(AccountPrincipal principal, Model model) {
        model.addAttribute("mustChange", principal != null && principal.mustChangePassword());
        return "identity/own-password";
    }
}
