package nl.doorbraak.leertafel.web;

import jakarta.validation.Valid;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.identity.CurrentUsers;
import nl.doorbraak.leertafel.internal.LeertafelRefused;
import nl.doorbraak.leertafel.internal.MemberSector;
import nl.doorbraak.leertafel.internal.Members;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The members page: members, the chair and the region's coordinators read who sits at the table; the coordinators
 * add a member and end a membership. Another region's table does not exist here (404, audited).
 */
@Controller
@RequestMapping("/leertafels/{regio}/{tafel}/leden")
class MembersController {

    private final Members members;
    private final LeertafelWeb web;

    MembersController(Members members, LeertafelWeb web) {
        this.members = members;
        this.web = web;
    }

    @InitBinder("memberForm")
    void allowed(WebDataBinder binder) {
        binder.setAllowedFields("userId", "discipline", "sector");
    }

    @GetMapping
    String page(@PathVariable String regio, @PathVariable String tafel, Model model) {
        return show(CurrentUsers.get(), regio, tafel, new MemberForm(), model);
    }

    @PostMapping
    String add(@PathVariable String regio, @PathVariable String tafel, @Valid MemberForm memberForm,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.get();
        members.managed(user, regio, tafel, Members.ADDED);
        if (!binding.hasErrors()) {
            try {
                members.add(user, regio, tafel, memberForm.toDraft());
                web.success(redirect, "leertafel.members.added");
                return "redirect:/leertafels/" + regio + "/" + tafel + "/leden";
            } catch (LeertafelRefused refused) {
                LeertafelWeb.reject(binding, refused);
            }
        }
        return show(user, regio, tafel, memberForm, model);
    }

    @PostMapping("/{memberId}/beeindigen")
    String end(@PathVariable String regio, @PathVariable String tafel, @PathVariable long memberId,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.get();
        members.managed(user, regio, tafel, Members.ENDED);
        try {
            members.end(user, regio, tafel, memberId, null);
            web.success(redirect, "leertafel.members.ended");
        } catch (LeertafelRefused refused) {
            web.error(redirect, refused);
        }
        return "redirect:/leertafels/" + regio + "/" + tafel + "/leden";
    }

    private String show(CurrentUser user, String regio, String tafel, MemberForm form, Model model) {
        model.addAttribute("page", members.page(user, regio, tafel));
        model.addAttribute("memberForm", form);
        model.addAttribute("sectors", MemberSector.values());
        return "leertafel/members";
    }
}
