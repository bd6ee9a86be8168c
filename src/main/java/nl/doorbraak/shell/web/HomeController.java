package nl.doorbraak.shell.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page after login. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "shell/home";
    }
}
