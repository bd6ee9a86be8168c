package nl.doorbraak.planning.web;

import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.identity.CurrentUsers;
import nl.doorbraak.planning.internal.AgendaFeed;
import nl.doorbraak.planning.internal.MyMeetings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Mijn overleggen": the next meetings the user chairs or takes part in, and their personal agenda feed. A new feed
 * address travels to the next page as a flash attribute: it is shown once, only its hash is kept.
 */
@Controller
@RequestMapping("/mijn-overleggen")
class MyMeetingsController {

    private final MyMeetings mine;
    private final AgendaFeed feed;
    private final PlanningWeb web;
    private final String baseUrl;

    MyMeetingsController(MyMeetings mine, AgendaFeed feed, PlanningWeb web,
            @Value("${doorbraak.base-url:http://localhost:8080}") String baseUrl) {
        this.mine = mine;
        this.feed = feed;
        this.web = web;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @GetMapping
    String mine(Model model) {
        CurrentUser user = CurrentUsers.get();
        model.addAttribute("items", mine.upcoming(user));
        model.addAttribute("feedSince", feed.since(user).orElse(null));
        return "planning/mine";
    }

    @PostMapping("/agenda-abonnement")
    String renewFeed(RedirectAttributes redirect) {
        String token = feed.renew(CurrentUsers.get());
        redirect.addFlashAttribute("feedUrl", baseUrl + AgendaFeedController.PATH + token + ".ics");
        web.success(redirect, "planning.mine.feed.renewed");
        return "redirect:/mijn-overleggen";
    }

    @PostMapping("/agenda-abonnement/intrekken")
    String revokeFeed(RedirectAttributes redirect) {
        if (feed.revoke(CurrentUsers.get())) {
            web.success(redirect, "planning.mine.feed.revoked");
        }
        return "redirect:/mijn-overleggen";
    }
}
