package nl.doorbraak.shell.web;

import jakarta.servlet.http.HttpServletRequest;
import nl.doorbraak.common.DemoMode;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts what every page's shell needs (demo banner, current path for the navigation) on the model. */
@ControllerAdvice
class ShellModelAdvice {

    private final DemoMode demoMode;

    ShellModelAdvice(DemoMode demoMode) {
        this.demoMode = demoMode;
    }

    @ModelAttribute("demoEnvironment")
    boolean demoEnvironment() {
        return demoMode.enabled();
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
