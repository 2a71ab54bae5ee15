package vn.mttq.thidua.criterion;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.context.request.WebRequest;

import vn.mttq.thidua.campaign.CampaignService;
import vn.mttq.thidua.campaign.ContentArea;
import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.web.Forms;

/** The criteria of the content areas, for staff. */
@Controller
@RequestMapping("/criteria")
class CriterionController {

    private final CriterionService criteria;
    private final CampaignService campaigns;

    CriterionController(CriterionService criteria, CampaignService campaigns) {
        this.criteria = criteria;
        this.campaigns = campaigns;
    }

    @InitBinder("form")
    void allowFields(WebDataBinder binder, WebRequest request) {
        Forms.bindOnly(binder, request, "contentAreaId", "parentId", "code", "name", "maxPoints", "bonusPoints", "sortOrder",
                "version");
    }

    @GetMapping
    String list(@RequestParam(required = false) Long area, Model model) {
        List<ContentArea> areas = campaigns.allContentAreas();
        ContentArea selected = areas.stream().filter(a -> a.getId().equals(area)).findFirst()
                .orElse(areas.isEmpty() ? null : areas.get(0));
        model.addAttribute("areas", areas);
        model.addAttribute("area", selected);
        model.addAttribute("rows", selected == null ? List.of() : criteria.tree(selected.getId()));
        return "criterion/list";
    }

    @GetMapping("/new")
    String create(@RequestParam Long area, Model model) {
        CriterionForm form = new CriterionForm();
        form.setContentAreaId(area);
        model.addAttribute("form", form);
        return form(model, null, area);
    }

    @PostMapping
    String create(@Validated @ModelAttribute("form") CriterionForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (campaigns.findContentArea(form.getContentAreaId()).isEmpty()) {
            Forms.problem(redirect, new BusinessRuleException("criterion.error.contentAreaMissing"));
            return "redirect:/criteria";
        }
        if (!result.hasErrors()) {
            try {
                criteria.create(form.details());
                Forms.flash(redirect, "criterion.saved", form.getCode());
                return "redirect:/criteria?area=" + form.getContentAreaId();
            } catch (BusinessRuleException e) {
                Forms.reject(result, e);
            }
        }
        return form(model, null, form.getContentAreaId());
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        Criterion criterion = criteria.get(id);
        model.addAttribute("form", CriterionForm.of(criterion));
        return form(model, criterion, criterion.getContentArea().getId());
    }

    @PostMapping("/{id}")
    String update(@PathVariable Long id, @Validated @ModelAttribute("form") CriterionForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        Criterion criterion = criteria.get(id);
        form.setContentAreaId(criterion.getContentArea().getId());
        if (!result.hasErrors()) {
            try {
                criteria.update(id, form.details(), form.getVersion());
                Forms.flash(redirect, "criterion.saved", form.getCode());
                return "redirect:/criteria?area=" + form.getContentAreaId();
            } catch (BusinessRuleException e) {
                Forms.reject(result, e);
            }
        }
        return form(model, criterion, form.getContentAreaId());
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable Long id, RedirectAttributes redirect) {
        Long area = criteria.get(id).getContentArea().getId();
        criteria.delete(id);
        Forms.flash(redirect, "criterion.deleted");
        return "redirect:/criteria?area=" + area;
    }

    private String form(Model model, Criterion criterion, Long areaId) {
        model.addAttribute("criterion", criterion);
        model.addAttribute("area", campaigns.findContentArea(areaId).orElseThrow(
                () -> new vn.mttq.thidua.shared.NotFoundException("ContentArea", areaId)));
        model.addAttribute("parents", criteria.tree(areaId).stream()
                .map(CriterionRow::criterion)
                .filter(c -> criterion == null || !c.getId().equals(criterion.getId()))
                .toList());
        return "criterion/form";
    }
}
