package nl.doorbraak.notification.web;

import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.identity.CurrentUsers;
import nl.doorbraak.notification.internal.Notifications;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Meldingen": the user's own notifications, newest first. Opening one is a POST (it changes the read mark, so it
 * is CSRF-protected) that redirects to the notification's link, where that page checks access as always.
 */
@Controller
@RequestMapping("/meldingen")
class NotificationController {

    private final Notifications notifications;
    private final MessageSource messages;

    NotificationController(Notifications notifications, MessageSource messages) {
        this.notifications = notifications;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(name = "pagina", defaultValue = "1") int page, Model model) {
        model.addAttribute("page", notifications.page(CurrentUsers.get(), page));
        return "notification/list";
    }

    @PostMapping("/{id}/openen")
    String open(@PathVariable long id) {
        CurrentUser user = CurrentUsers.get();
        String link = notifications.open(user, id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return "redirect:" + link;
    }

    @PostMapping("/gelezen")
    String markAllRead(RedirectAttributes redirect) {
        int marked = notifications.markAllRead(CurrentUsers.get());
        redirect.addFlashAttribute("flashSuccess",
                messages.getMessage("notification.allRead", new Object[] {marked}, LocaleContextHolder.getLocale()));
        return "redirect:/meldingen";
    }
}
