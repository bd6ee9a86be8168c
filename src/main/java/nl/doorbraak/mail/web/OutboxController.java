package nl.doorbraak.mail.web;

import java.util.Arrays;

import nl.doorbraak.mail.AccountAddresses;
import nl.doorbraak.mail.internal.MailSettings;
import nl.doorbraak.mail.internal.OutboxAdministration;
import nl.doorbraak.mail.internal.OutboxPage;
import nl.doorbraak.mail.internal.OutboxStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** Outgoing mail for the administrator (access limited to BEHEERDER by the security configuration for /beheer). */
@Controller
@RequestMapping(OutboxController.PATH)
class OutboxController {

    static final String PATH = "/beheer/uitgaande-mail";

    private final OutboxAdministration administration;
    private final MailSettings settings;
    private final MessageSource messages;
    private final ObjectProvider<AccountAddresses> accounts;

    OutboxController(OutboxAdministration administration, MailSettings settings, MessageSource messages,
            ObjectProvider<AccountAddresses> accounts) {
        this.administration = administration;
        this.settings = settings;
        this.messages = messages;
        this.accounts = accounts;
    }

    /** An unknown status shows all mail rather than an error: it can only come from a hand-edited address. */
    @GetMapping
    String view(@RequestParam(required = false) String status, @RequestParam(required = false) Long voor,
            @RequestParam(required = false) Long na, Model model) {
        OutboxStatus filter = OutboxStatus.fromParam(status).orElse(null);
        OutboxPage page = administration.page(filter, voor, na);
        model.addAttribute("smtpConfigured", settings.smtpConfigured());
        model.addAttribute("statuses", Arrays.asList(OutboxStatus.values()));
        model.addAttribute("selectedStatus", filter == null ? "" : filter.param());
        // without a directory of accounts every recipient counts as outside the app, and is masked
        model.addAttribute("rows", OutboxRow.forAdministrator(page.entries(), accounts.getIfAvailable(() -> AccountAddresses.NONE)));
        model.addAttribute("olderUrl", page.olderThan() == null ? null : link(filter).queryParam("voor", page.olderThan()).toUriString());
        model.addAttribute("newerUrl", page.newerThan() == null ? null : link(filter).queryParam("na", page.newerThan()).toUriString());
        return "mail/outbox";
    }

    @PostMapping("/{id}/opnieuw")
    String retry(@PathVariable long id, @RequestParam(required = false) String status, RedirectAttributes redirect) {
        if (administration.retry(id)) {
            redirect.addFlashAttribute("flashSuccess", text("mail.retry.done", String.valueOf(id)));
        } else {
            redirect.addFlashAttribute("flashError", text("mail.retry.notFailed", String.valueOf(id)));
        }
        return "redirect:" + link(OutboxStatus.fromParam(status).orElse(null)).toUriString();
    }

    private static UriComponentsBuilder link(OutboxStatus filter) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(PATH);
        if (filter != null) {
            link.queryParam("status", filter.param());
        }
        return link;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
