package nl.doorbraak;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

/**
 * Visits pages breadth-first from a start page, following same-origin links, and checks each one with axe-core,
 * the Nu HTML checker and a few structural rules every page of ours must meet. Problems are collected, not thrown, so one run
 * reports them all.
 */
final class AccessibilityCrawler {

    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> NEVER_VISIT = Set.of("/logout", "/audit/export.csv");
    /** A message shown with its placeholder unfilled ({0}) or a key Thymeleaf did not find (??key_nl??). */
    private static final Pattern UNFINISHED_TEXT = Pattern.compile("\\{\\d+}|\\?\\?[^\\s?]+\\?\\?");
    private static final Pattern FILE = Pattern.compile(".*\\.[A-Za-z0-9]{2,5}$");
    private static final String PAGE_FACTS = """
            () => {
              const firstLink = document.querySelector('body a');
              const target = firstLink && firstLink.getAttribute('href');
              return {
                lang: document.documentElement.getAttribute('lang') || '',
                h1: document.querySelectorAll('h1').length,
                main: document.querySelectorAll('main').length,
                skipLink: !!target && target.startsWith('#') && !!document.getElementById(target.substring(1)),
                links: Array.from(document.querySelectorAll('a[href]'), a => a.href)
              };
            }""";

    private final Page page;
    private final String origin;
    private final List<String> problems = new ArrayList<>();
    private final List<String> visited = new ArrayList<>();
    private final List<String> consoleErrors = new ArrayList<>();
    private final NuHtmlChecker markup = new NuHtmlChecker();
    private int crawledPages;

    AccessibilityCrawler(Page page, String origin) {
        this.page = page;
        this.origin = origin;
        // a blocked inline style or script, or a missing resource, shows up as a console error
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                consoleErrors.add(message.text());
            }
        });
    }

    /** Crawls from {@code start}; returns the URLs it checked. */
    List<String> crawl(String start, int maxDepth, int maxPages) {
        Deque<Map.Entry<String, Integer>> queue = new ArrayDeque<>();
        Set<String> seenPaths = new HashSet<>();
        queue.add(Map.entry(origin + start, 0));
        seenPaths.add(URI.create(origin + start).getPath());
        while (!queue.isEmpty() && visited.size() < maxPages) {
            Map.Entry<String, Integer> next = queue.poll();
            List<String> links = check(next.getKey(), null);
            if (next.getValue() < maxDepth) {
                links.stream().filter(this::worthVisiting).filter(link -> seenPaths.add(URI.create(link).getPath()))
                        .forEach(link -> queue.add(Map.entry(link, next.getValue() + 1)));
            }
        }
        crawledPages = visited.size();
        return List.copyOf(visited);
    }

    /** How many pages the last crawl reached by following links (extra checks not counted). */
    int crawledPages() {
        return crawledPages;
    }

    /** Checks one page; {@code expectedStatus} null means any status below 500. Returns the links on it. */
    @SuppressWarnings("unchecked")
    List<String> check(String url, Integer expectedStatus) {
        consoleErrors.clear();
        Response response = page.navigate(url);
        visited.add(url);
        int status = response == null ? 0 : response.status();
        if (expectedStatus != null ? status != expectedStatus : status >= 500) {
            problems.add(url + ": HTTP status " + status);
        }
        Map<String, Object> facts = (Map<String, Object>) page.evaluate(PAGE_FACTS);
        checkStructure(url, facts);
        checkAxe(url);
        if (status < 400) {
            consoleErrors.forEach(error -> problems.add(url + ": console error " + error));
            checkMarkup(url, response);
        }
        return ((List<Object>) facts.get("links")).stream().map(String::valueOf).toList();
    }

    private void checkStructure(String url, Map<String, Object> facts) {
        expect(url, "nl".equals(facts.get("lang")), "<html lang=\"nl\"> missing, was '" + facts.get("lang") + "'");
        expect(url, ((Number) facts.get("h1")).intValue() == 1, "expected exactly one <h1>, found " + facts.get("h1"));
        expect(url, ((Number) facts.get("main")).intValue() == 1, "expected exactly one <main>, found " + facts.get("main"));
        expect(url, Boolean.TRUE.equals(facts.get("skipLink")), "the first link is not a working skip link");
        expect(url, page.locator(".demo-banner").first().isVisible(), "no visible demo banner");
        Matcher unfinished = UNFINISHED_TEXT.matcher(page.locator("body").innerText());
        if (unfinished.find()) {
            problems.add(url + ": text with an unfilled placeholder or a missing message key: " + unfinished.group());
        }
    }

    /** The HTML as served (not the DOM after scripts ran), through the Nu HTML checker. */
    private void checkMarkup(String url, Response response) {
        String type = response.headerValue("content-type");
        if (type != null && type.startsWith("text/html")) {
            markup.errorsIn(response.text()).forEach(error -> problems.add(url + ": HTML " + error));
        }
    }

    private void checkAxe(String url) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_TAGS).analyze();
        expect(url, !results.isErrored() && !results.getPasses().isEmpty(), "axe-core did not run: " + results.getErrorMessage());
        for (Rule violation : results.getViolations()) {
            problems.add(url + ": axe " + violation.getId() + " (" + violation.getImpact() + ") " + violation.getHelp()
                    + " at " + firstTargets(violation));
        }
    }

    private static String firstTargets(Rule violation) {
        return violation.getNodes().stream().limit(3).map(CheckedNode::getTarget).map(String::valueOf)
                .collect(Collectors.joining(", "));
    }

    private boolean worthVisiting(String link) {
        if (!link.startsWith(origin + "/")) {
            return false;
        }
        String path = URI.create(link).getPath();
        // downloads are files, not pages: named like uitnodiging.ics, a verslag's or dossier's /pdf, or a document in
        // a dossier (/casussen/{id}/dossier/documenten/{documentId}, by id: its file name is personal data)
        return !NEVER_VISIT.contains(path) && !FILE.matcher(path).matches() && !path.endsWith("/pdf")
                && !path.contains("/dossier/documenten/");
    }

    private void expect(String url, boolean condition, String problem) {
        if (!condition) {
            problems.add(url + ": " + problem);
        }
    }

    List<String> problems() {
        return List.copyOf(problems);
    }
}
