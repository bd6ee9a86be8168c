package nl.doorbraak.casefile.web;

import java.util.List;

import nl.doorbraak.casefile.internal.FieldProblem;
import nl.doorbraak.common.FormErrors;
import nl.doorbraak.common.Role;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.identity.CurrentUsers;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the case controllers share: the current user, role gates, flash messages and refused fields. */
@Component
class WebSupport {

    private final MessageSource messages;

    WebSupport(MessageSource messages) {
        this.messages = messages;
    }

    static CurrentUser user() {
        return CurrentUsers.get();
    }

    /** Pages for some roles only: the case rules themselves are enforced below, per case. */
    static CurrentUser userWithAnyRole(Role... roles) {
        CurrentUser user = user();
        for (Role role : roles) {
            if (user.hasRole(role)) {
                return user;
            }
        }
        throw new AccessDeniedException("role required");
    }

    static void addProblems(BindingResult binding, List<FieldProblem> problems) {
        problems.forEach(p -> FormErrors.reject(binding, p.field(), p.messageKey()));
    }

    void success(RedirectAttributes redirect, String key) {
        redirect.addFlashAttribute("flashSuccess", messages.getMessage(key, null, LocaleContextHolder.getLocale()));
    }

    void error(RedirectAttributes redirect, String key) {
        redirect.addFlashAttribute("flashError", messages.getMessage(key, null, LocaleContextHolder.getLocale()));
    }
}
