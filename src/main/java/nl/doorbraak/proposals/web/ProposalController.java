package nl.doorbraak.proposals.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import nl.doorbraak.common.DutchTime;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.identity.CurrentUsers;
import nl.doorbraak.proposals.internal.FormCheck;
import nl.doorbraak.proposals.internal.NamedRef;
import nl.doorbraak.proposals.internal.ProposalKind;
import nl.doorbraak.proposals.internal.ProposalOptions;
import nl.doorbraak.proposals.internal.ProposalRefused;
import nl.doorbraak.proposals.internal.ProposalService;
import nl.doorbraak.proposals.internal.ProposalStatus;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The proposals of a leertafel: the list, a new proposal, one proposal with its history and the next decision. */
@Controller
@RequestMapping("/leertafels/{regio}/{tafel}/voorstellen")
class ProposalController {

    private final ProposalService proposals;
    private final MessageSource messages;
    private final Clock clock;

    ProposalController(ProposalService proposals, MessageSource messages, Clock clock) {
        this.proposals = proposals;
        this.messages = messages;
        this.clock = clock;
    }

    @InitBinder("proposalForm")
    void proposalFields(WebDataBinder binder) {
        binder.setAllowedFields(ProposalForm.FIELDS);
    }

    @InitBinder("decisionForm")
    void decisionFields(WebDataBinder binder) {
        binder.setAllowedFields(DecisionForm.FIELDS);
    }

    @GetMapping
    String list(@PathVariable String regio, @PathVariable String tafel,
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "soort", required = false) String kind, Model model) {
        ProposalKind kindFilter = List.of(ProposalKind.values()).stream().filter(k -> k.name().equals(kind))
                .findFirst().orElse(null);
        model.addAttribute("view", proposals.list(CurrentUsers.get(), regio, tafel, status, kindFilter));
        model.addAttribute("statuses", ProposalStatus.values());
        model.addAttribute("kinds", ProposalKind.values());
        return "proposals/list";
    }

    @GetMapping("/nieuw")
    String newForm(@PathVariable String regio, @PathVariable String tafel, Model model) {
        CurrentUser user = CurrentUsers.get();
        ProposalOptions options = proposals.options(user, regio, tafel);
        ProposalForm form = new ProposalForm();
        form.setSubmittedOn(today());
        if (options.owners().stream().map(NamedRef::id).anyMatch(id -> id == user.id())) {
            form.setOwnerUserId(user.id());
        }
        model.addAttribute("proposalForm", form);
        return showForm(options, model);
    }

    @PostMapping
    String submit(@PathVariable String regio, @PathVariable String tafel, @Valid ProposalForm proposalForm,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.get();
        FormCheck check = proposals.check(user, regio, tafel, proposalForm.toDraft());
        FormProblems.add(check, binding, model);
        if (binding.hasErrors()) {
            return showForm(proposals.options(user, regio, tafel), model);
        }
        long id = proposals.submit(user, regio, tafel, proposalForm.toDraft());
        redirect.addFlashAttribute("flashSuccess", text("proposals.submitted"));
        return "redirect:/leertafels/" + regio + "/" + tafel + "/voorstellen/" + id;
    }

    @GetMapping("/{id}")
    String page(@PathVariable String regio, @PathVariable String tafel, @PathVariable long id, Model model) {
        DecisionForm form = new DecisionForm();
        form.setDecidedOn(today());
        model.addAttribute("decisionForm", form);
        model.addAttribute("identifiers", Map.of());
        return show(CurrentUsers.get(), regio, tafel, id, model);
    }

    @PostMapping("/{id}/besluit")
    String decide(@PathVariable String regio, @PathVariable String tafel, @PathVariable long id,
            @Valid DecisionForm decisionForm, BindingResult binding, Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.get();
        FormProblems.add(proposals.check(user, regio, tafel, id, decisionForm.toDraft()), binding, model);
        if (!binding.hasErrors()) {
            try {
                proposals.decide(user, regio, tafel, id, decisionForm.toDraft());
                redirect.addFlashAttribute("flashSuccess",
                        text("proposals.decided", text("proposals.status." + decisionForm.getStatus().name())));
                return "redirect:/leertafels/" + regio + "/" + tafel + "/voorstellen/" + id;
            } catch (ProposalRefused refused) {
                binding.rejectValue(refused.field(), refused.messageKey());
            }
        }
        return show(user, regio, tafel, id, model);
    }

    private String showForm(ProposalOptions options, Model model) {
        model.addAttribute("options", options);
        model.addAttribute("kinds", ProposalKind.values());
        if (!model.containsAttribute("identifiers")) {
            model.addAttribute("identifiers", Map.of());
        }
        return "proposals/new";
    }

    private String show(CurrentUser user, String regio, String tafel, long id, Model model) {
        model.addAttribute("view", proposals.page(user, regio, tafel, id));
        return "proposals/proposal";
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DutchTime.ZONE));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
