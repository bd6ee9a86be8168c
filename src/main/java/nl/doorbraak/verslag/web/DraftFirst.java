package nl.doorbraak.verslag.web;

import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.identity.CurrentUsers;
import nl.doorbraak.verslag.internal.DraftRefused;
import nl.doorbraak.verslag.internal.DraftSave;
import nl.doorbraak.verslag.internal.DraftSaving;
import nl.doorbraak.verslag.internal.DraftStale;
import nl.doorbraak.verslag.internal.MeetingModeService;
import nl.doorbraak.verslag.internal.MeetingModeView;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What every button of the meeting mode does first: save the main form as sent, so that adding or removing an
 * agreement or scenario never throws away text or attendance (with or without script). Then the button's own
 * change; a refusal shows the page again with everything as typed.
 */
@Component
class DraftFirst {

    /** The button's own change, done after the main form is saved. */
    interface Change {
        void apply(CurrentUser user);
    }

    private final MeetingModeService service;
    private final DraftSaving saving;
    private final MeetingModeWeb web;

    DraftFirst(MeetingModeService service, DraftSaving saving, MeetingModeWeb web) {
        this.service = service;
        this.saving = saving;
        this.web = web;
    }

    String then(PostedPage page, PostedPage.Part part, Change change, String successKey, String anchor, Model model,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.get();
        String stopped = saveDraft(user, page, model, redirect);
        if (stopped != null) {
            return stopped;
        }
        BindingResult binding = page.binding(part);
        if (binding == null || !binding.hasErrors()) {
            try {
                change.apply(user);
                web.success(redirect, successKey);
                keepTyped(page, part, redirect);
                return "redirect:/verslagen/" + page.itemId() + anchor;
            } catch (DraftRefused refused) {
                if (web.onlyGlobal(refused, redirect)) {
                    return "redirect:/verslagen/" + page.itemId();
                }
                MeetingModeWeb.reject(binding, refused);
            }
        }
        return render(user, page, model);
    }

    /** Saves only the main form as sent: null when saved (or not sent), otherwise the page to show instead. */
    String saveFirst(PostedPage page, Model model, RedirectAttributes redirect) {
        return saveDraft(CurrentUsers.get(), page, model, redirect);
    }

    /** Null when the main form is saved (or was not sent); otherwise the page to show instead. */
    private String saveDraft(CurrentUser user, PostedPage page, Model model, RedirectAttributes redirect) {
        if (!page.draft().posted()) {
            return null;
        }
        MeetingModeView view = service.openForChange(user, page.itemId());
        if (page.draftBinding().hasErrors()) {
            return render(user, page, model);
        }
        try {
            DraftSave saved = saving.save(user, page.itemId(), page.draft().toChanges(view));
            page.draft().setVersion(saved.version());
            return null;
        } catch (DraftRefused refused) {
            if (web.onlyGlobal(refused, redirect)) {
                return "redirect:/verslagen/" + page.itemId();
            }
            MeetingModeWeb.reject(page.draftBinding(), refused);
        } catch (DraftStale stale) {
            page.draftBinding().reject("verslag.stale");
            model.addAttribute("stale", true);
        }
        return render(user, page, model);
    }

    private String render(CurrentUser user, PostedPage page, Model model) {
        MeetingModeView current = service.openForChange(user, page.itemId());
        if (current.finalised()) {
            return MeetingModeWeb.versionPage(page.itemId(), current);
        }
        DraftForm draft = page.draft().posted() ? page.draft() : DraftForm.of(current);
        draft.setVersion(current.draft().version());
        return web.render(current, draft, page.agreement(), page.scenario(), model);
    }

    /** After the redirect the page is built anew: half-typed sub-forms that were not acted on come back. */
    private static void keepTyped(PostedPage page, PostedPage.Part part, RedirectAttributes redirect) {
        if (part != PostedPage.Part.AGREEMENT && page.agreement().typed()) {
            redirect.addFlashAttribute("agreementForm", page.agreement());
        }
        if (part != PostedPage.Part.SCENARIO && page.scenario().typed()) {
            redirect.addFlashAttribute("scenarioForm", page.scenario());
        }
    }
}
