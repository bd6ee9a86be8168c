package nl.doorbraak.leertafel.web;

import nl.doorbraak.common.FormErrors;
import nl.doorbraak.leertafel.internal.LeertafelRefused;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the leertafel controllers share: flash messages and a refused rule put on its field. */
@Component
class LeertafelWeb {

    private final MessageSource messages;

    LeertafelWeb(MessageSource messages) {
        this.messages = messages;
    }

    static void reject(BindingResult binding, LeertafelRefused refused) {
        FormErrors.reject(binding, refused.field(), refused.messageKey(), refused.arguments());
    }

    void success(RedirectAttributes redirect, String key, Object... arguments) {
        redirect.addFlashAttribute("flashSuccess", text(key, arguments));
    }

    void error(RedirectAttributes redirect, LeertafelRefused refused) {
        redirect.addFlashAttribute("flashError", text(refused.messageKey(), refused.arguments()));
    }

    String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments.length == 0 ? null : arguments, LocaleContextHolder.getLocale());
    }
}
