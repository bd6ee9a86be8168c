package nl.doorbraak.identity.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import nl.doorbraak.identity.internal.ApiTokens;
import nl.doorbraak.identity.internal.CreatedApiToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The logged-in user's own API tokens. A new token travels to the next page as a flash attribute, so it is shown
 * exactly once; after that only its prefix is known.
 */
@Controller
@RequestMapping("/account/api-tokens")
class ApiTokenController {

    static final List<Integer> VALIDITY_OPTIONS = List.of(7, 30, 90, 180, 365);

    private final ApiTokens tokens;
    private final Flash flash;
    private final Clock clock;

    ApiTokenController(ApiTokens tokens, Flash flash, Clock clock) {
        this.tokens = tokens;
        this.flash = flash;
        this.clock = clock;
    }

    @ModelAttribute
    void pageData(Model model) {
        Instant now = clock.instant();
        model.addAttribute("tokens", tokens.mine().stream().map(item -> ApiTokenRow.of(item, now)).toList());
        model.addAttribute("validityOptions", VALIDITY_OPTIONS);
    }

    @GetMapping
    String list(Model model) {
        if (!model.containsAttribute("apiTokenForm")) {
            model.addAttribute("apiTokenForm", new ApiTokenForm());
        }
        return "identity/tokens";
    }

    @PostMapping
    String create(@Valid ApiTokenForm apiTokenForm, BindingResult binding, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return "identity/tokens";
        }
        CreatedApiToken created = tokens.create(apiTokenForm.getName(), apiTokenForm.getValidDays());
        redirect.addFlashAttribute("createdToken", created);
        redirect.addFlashAttribute("createdTokenExpires", ApiTokenRow.format(created.expiresAt()));
        return "redirect:/account/api-tokens";
    }

    @PostMapping("/{id}/intrekken")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(id).ifPresentOrElse(
                name -> flash.success(redirect, "token.revoked", name),
                () -> flash.error(redirect, "token.notRevocable"));
        return "redirect:/account/api-tokens";
    }
}
