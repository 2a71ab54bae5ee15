package vn.mttq.thidua.eligibility;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.web.Forms;

/** Counting a nominee's initiative for a nomination, or taking it back, from the nomination's page. */
@Controller
class InitiativeController {

    private final InitiativeRecords initiatives;

    InitiativeController(InitiativeRecords initiatives) {
        this.initiatives = initiatives;
    }

    @PostMapping("/nominations/{id}/initiatives/{initiativeId}/count")
    String count(@PathVariable Long id, @PathVariable Long initiativeId, RedirectAttributes redirect) {
        return step(id, redirect, "initiative.counted", () -> initiatives.countFor(id, initiativeId));
    }

    @PostMapping("/nominations/{id}/initiatives/{initiativeId}/release")
    String release(@PathVariable Long id, @PathVariable Long initiativeId, RedirectAttributes redirect) {
        return step(id, redirect, "initiative.released", () -> initiatives.release(id, initiativeId));
    }

    private static String step(Long id, RedirectAttributes redirect, String doneKey,
                               java.util.function.Supplier<RecognisedInitiative> step) {
        return Forms.stepNaming(() -> step.get().getTitle(), redirect, doneKey, "/nominations/" + id + "#eligibility");
    }
}
