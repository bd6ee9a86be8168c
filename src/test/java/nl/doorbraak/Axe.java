package nl.doorbraak;

import java.util.ArrayList;
import java.util.List;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Page;

/** axe-core (WCAG 2.1 A and AA) on a page as it is now, for the browser tests: one line per violation. */
final class Axe {

    private Axe() {
    }

    /** The violations on the page, each named after {@code state}; a run of axe that did not happen is one too. */
    static List<String> problems(Page page, String state) {
        AxeResults results = new AxeBuilder(page).withTags(AccessibilityCrawler.WCAG_TAGS).analyze();
        List<String> problems = new ArrayList<>();
        if (results.isErrored() || results.getPasses().isEmpty()) {
            problems.add(state + ": axe-core did not run: " + results.getErrorMessage());
        }
        results.getViolations().forEach(v -> problems.add(state + ": axe " + v.getId() + " " + v.getHelp() + " at "
                + v.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).toList()));
        return problems;
    }
}
