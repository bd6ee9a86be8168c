package nl.doorbraak.organisation.web;

import jakarta.validation.Valid;
import nl.doorbraak.organisation.OrganisationDirectory;
import nl.doorbraak.organisation.OrganisationSearch;
import nl.doorbraak.organisation.OrganisationType;
import nl.doorbraak.organisation.SchoolType;
import nl.doorbraak.organisation.Sector;
import nl.doorbraak.organisation.internal.EditableOrganisation;
import nl.doorbraak.organisation.internal.OrganisationAdministration;
import nl.doorbraak.organisation.internal.OrganisationChangeRefused;
import nl.doorbraak.organisation.internal.RegionOptions;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.http.HttpStatus;

/** The administrator's organisation pages; the application service does the work and the auditing. */
@Controller
@RequestMapping("/beheer/organisaties")
class OrganisationAdminController {

    private static final int PAGE_SIZE = 25;

    private final OrganisationDirectory directory;
    private final OrganisationAdministration administration;
    private final RegionOptions regions;
    private final MessageSource messages;

    OrganisationAdminController(OrganisationDirectory directory, OrganisationAdministration administration,
            RegionOptions regions, MessageSource messages) {
        this.directory = directory;
        this.administration = administration;
        this.regions = regions;
        this.messages = messages;
    }

    @ModelAttribute
    void options(Model model) {
        model.addAttribute("regionOptions", regions.all());
        model.addAttribute("typeOptions", OrganisationType.values());
        model.addAttribute("schoolTypeOptions", SchoolType.values());
        model.addAttribute("sectorOptions", Sector.values());
    }

    @GetMapping
    String list(@RequestParam(name = "q", required = false) String text,
            @RequestParam(name = "regio", required = false) String region,
            @RequestParam(name = "type", required = false) OrganisationType type,
            @RequestParam(name = "pagina", defaultValue = "0") int page, Model model) {
        OrganisationSearch search = new OrganisationSearch(text, region, type);
        model.addAttribute("search", search);
        model.addAttribute("page", directory.search(search, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        return "organisation/list";
    }

    @GetMapping("/nieuw")
    String createForm(Model model) {
        model.addAttribute("organisationForm", new OrganisationForm());
        return "organisation/form";
    }

    @PostMapping
    String create(@Valid OrganisationForm organisationForm, BindingResult binding, RedirectAttributes redirect) {
        checkConsistency(organisationForm, binding);
        if (binding.hasErrors()) {
            return "organisation/form";
        }
        long id = administration.create(organisationForm.toDraft());
        redirect.addFlashAttribute("flashSuccess", message("organisation.created", organisationForm.getName()));
        return "redirect:/beheer/organisaties/" + id;
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable long id, Model model) {
        EditableOrganisation organisation = administration.view(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("organisation", organisation);
        model.addAttribute("organisationForm", OrganisationForm.of(organisation));
        return "organisation/form";
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid OrganisationForm organisationForm, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        model.addAttribute("organisation", load(id));
        checkConsistency(organisationForm, binding);
        if (binding.hasErrors()) {
            return "organisation/form";
        }
        try {
            administration.update(id, organisationForm.getVersion(), organisationForm.toDraft());
        } catch (OrganisationChangeRefused refused) {
            binding.reject(refused.messageKey());
            return "organisation/form";
        }
        redirect.addFlashAttribute("flashSuccess", message("organisation.updated", organisationForm.getName()));
        return "redirect:/beheer/organisaties/" + id;
    }

    @PostMapping("/{id}/actief")
    String setActive(@PathVariable long id, @RequestParam boolean actief, @RequestParam int version,
            RedirectAttributes redirect) {
        EditableOrganisation organisation = load(id);
        try {
            administration.setActive(id, version, actief);
            String key = actief ? "organisation.activated" : "organisation.deactivated";
            redirect.addFlashAttribute("flashSuccess", message(key, organisation.name()));
        } catch (OrganisationChangeRefused refused) {
            redirect.addFlashAttribute("flashError", message(refused.messageKey()));
        }
        return "redirect:/beheer/organisaties/" + id;
    }

    private void checkConsistency(OrganisationForm form, BindingResult binding) {
        if (form.schoolWithoutSchoolType()) {
            binding.rejectValue("schoolType", "organisation.schoolType.required");
        }
        if (!binding.hasFieldErrors("escalationContacts") && form.escalationContactsInvalid()) {
            binding.rejectValue("escalationContacts", "organisation.escalationContacts.invalid");
        }
        String region = form.getRegionSlug();
        if (region != null && !region.isBlank()
                && regions.all().stream().noneMatch(option -> option.slug().equals(region))) {
            binding.rejectValue("regionSlug", "organisation.region.unknown");
        }
    }

    private EditableOrganisation load(long id) {
        return administration.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
