package vn.mttq.thidua.audit;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.mttq.thidua.shared.Paging;

/** The audit trail, for admins: who changed what, when, with the state before and after. */
@Controller
@RequestMapping("/audit")
class AuditController {

    private final AuditLog auditLog;

    AuditController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String type, @RequestParam(defaultValue = "") String actor,
                @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("records", auditLog.search(type, actor, PageRequest.of(Paging.page(page), 50)));
        model.addAttribute("types", auditLog.entityTypes());
        model.addAttribute("type", type);
        model.addAttribute("actor", actor);
        return "audit/list";
    }
}
