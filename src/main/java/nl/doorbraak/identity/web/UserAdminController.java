package nl.doorbraak.identity.web;

import java.time.Clock;
import java.util.List;

import jakarta.validation.Valid;
import nl.doorbraak.common.Role;
import nl.doorbraak.identity.internal.AccountReads;
import nl.doorbraak.identity.internal.EditableUser;
import nl.doorbraak.identity.internal.PasswordPolicy;
import nl.doorbraak.identity.internal.TableContacts;
import nl.doorbraak.identity.internal.UserAdministration;
import nl.doorbraak.identity.internal.UserChangeRefused;
import nl.doorbraak.identity.internal.UserSearch;
import nl.doorbraak.organisation.OrganisationDirectory;
import nl.doorbraak.region.RegionCatalog;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** List, create and edit users; account actions (activate, unlock, password) are in {@link UserAccountController}. */
@Controller
@RequestMapping("/beheer/gebruikers")
class UserAdminController {

    private static final int PAGE_SIZE = 25;

    private final AccountReads reads;
    private final UserAdministration administration;
    private final PasswordPolicy passwordPolicy;
    private final RegionCatalog regions;
    private final OrganisationDirectory organisations;
    private final Flash flash;
    private final Clock clock;
    private final TableContacts tableContacts;

    UserAdminController(AccountReads reads, UserAdministration administration, PasswordPolicy passwordPolicy,
            RegionCatalog regions, OrganisationDirectory organisations, Flash flash, Clock clock,
            TableContacts tableContacts) {
        this.tableContacts = tableContacts;
        this.clock = clock;
        this.reads = reads;
        this.administration = administration;
        this.passwordPolicy = passwordPolicy;
        this.regions = regions;
        this.organisations = organisations;
        this.flash = flash;
    }

    @ModelAttribute
    void options(Model model) {
        model.addAttribute("regionOptions", regions.all());
        model.addAttribute("roleOptions", Role.values());
    }

    @GetMapping
    String list(@RequestParam(name = "q", required = false) String text,
            @RequestParam(name = "regio", required = false) String region,
            @RequestParam(name = "rol", required = false) Role role,
            @RequestParam(name = "pagina", defaultValue = "0") int page, Model model) {
        UserSearch search = new UserSearch(text, region, role);
        model.addAttribute("search", search);
        model.addAttribute("page", reads.list(search, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        return "identity/users";
    }

    @GetMapping("/nieuw")
    String createForm(Model model) {
        return showForm(new UserForm(), null, model);
    }

    @PostMapping
    String create(@Valid UserForm userForm, BindingResult binding, Model model, RedirectAttributes redirect) {
        passwordPolicy.violations(userForm.normalisedUsername(), userForm.getPassword())
                .forEach(key -> binding.rejectValue("password", key));
        if (!binding.hasErrors()) {
            try {
                long id = administration.create(userForm.toDraft(), userForm.getPassword());
                flash.success(redirect, "user.created", userForm.getDisplayName());
                return "redirect:/beheer/gebruikers/" + id;
            } catch (UserChangeRefused refused) {
                Refusals.addTo(binding, refused);
            }
        }
        userForm.setPassword(null); // never send a typed password back to the browser
        return showForm(userForm, null, model);
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable long id, Model model) {
        EditableUser user = UserAccountController.shown(reads, id, "gebruiker");
        return showForm(UserForm.of(user), user, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid UserForm userForm, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        EditableUser user = UserAccountController.load(administration, id);
        if (!binding.hasErrors()) {
            try {
                administration.update(id, userForm.getVersion(), userForm.toDraft());
                flash.success(redirect, "user.updated", userForm.getDisplayName());
                return "redirect:/beheer/gebruikers/" + id;
            } catch (UserChangeRefused refused) {
                Refusals.addTo(binding, refused);
            }
        }
        return showForm(userForm, user, model);
    }

    private String showForm(UserForm form, EditableUser user, Model model) {
        model.addAttribute("userForm", form);
        model.addAttribute("user", user);
        model.addAttribute("locked", user != null && user.lockedAt(clock.instant()));
        model.addAttribute("tableContact", user != null && tableContacts.isContact(user.id()));
        model.addAttribute("organisationOptions", organisations.activeOfRegions(List.of()));
        return "identity/user-form";
    }
}
