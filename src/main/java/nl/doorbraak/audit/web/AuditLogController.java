package nl.doorbraak.audit.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.doorbraak.audit.AuditOutcome;
import nl.doorbraak.audit.internal.AuditCursor;
import nl.doorbraak.audit.internal.AuditFilter;
import nl.doorbraak.audit.internal.AuditLogViewer;
import nl.doorbraak.audit.internal.AuditPage;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log for the privacy officer (access is limited to role PRIVACY in the security configuration). */
@Controller
@RequestMapping("/audit")
class AuditLogController {

    private final AuditLogViewer viewer;
    private final AuditActionOptions actions;

    AuditLogController(AuditLogViewer viewer, AuditActionOptions actions) {
        this.viewer = viewer;
        this.actions = actions;
    }

    @GetMapping
    String view(@ModelAttribute("filter") AuditFilterForm form, BindingResult errors,
            @RequestParam(required = false) Long before, @RequestParam(required = false) Long after, Model model) {
        model.addAttribute("outcomes", AuditOutcome.values());
        model.addAttribute("actions", actions.options(LocaleContextHolder.getLocale(), form.getAction()));
        model.addAttribute("exportLimit", AuditLogViewer.EXPORT_LIMIT);
        AuditFilter filter = form.toFilter(errors);
        if (errors.hasErrors()) {
            return "audit/log";
        }
        AuditPage page = viewer.view(filter, new AuditCursor(before, after));
        model.addAttribute("rows", page.entries().stream().map(AuditRow::of).toList());
        model.addAttribute("olderUrl", page.hasOlder() ? form.link("/audit").queryParam("before", page.olderThan()).encode().toUriString() : null);
        model.addAttribute("newerUrl", page.hasNewer() ? form.link("/audit").queryParam("after", page.newerThan()).encode().toUriString() : null);
        model.addAttribute("exportUrl", form.link("/audit/export.csv").encode().toUriString());
        return "audit/log";
    }

    /** Bad filter input goes back to the page, which explains what is wrong. */
    @GetMapping("/export.csv")
    void export(@ModelAttribute("filter") AuditFilterForm form, BindingResult errors, HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        AuditFilter filter = form.toFilter(errors);
        if (errors.hasErrors()) {
            response.sendRedirect(request.getContextPath() + form.link("/audit").encode().toUriString());
            return;
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("logboek-" + LocalDate.now(ZoneId.of("Europe/Amsterdam")) + ".csv").build().toString());
        viewer.export(filter, response.getWriter());
    }
}
