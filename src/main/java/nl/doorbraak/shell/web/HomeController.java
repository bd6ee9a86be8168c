package nl.doorbraak.shell.web;

import java.util.List;

import nl.doorbraak.identity.CurrentUsers;
import nl.doorbraak.shell.StartTask;
import nl.doorbraak.shell.StartTasks;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page after login: the main tasks of the user's roles, with how much waits in each. */
@Controller
class HomeController {

    private final StartTasks tasks;

    HomeController(StartTasks tasks) {
        this.tasks = tasks;
    }

    @GetMapping("/")
    String home(Model model) {
        List<StartTask> mine = CurrentUsers.current().map(tasks::of).orElse(List.of());
        model.addAttribute("tasks", mine);
        model.addAttribute("onlyHelp", mine.stream().allMatch(t -> t.rank() >= StartTask.HELP));
        return "shell/home";
    }
}
