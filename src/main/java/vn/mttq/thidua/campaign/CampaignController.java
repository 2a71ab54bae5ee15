package vn.mttq.thidua.campaign;

import java.io.IOException;

import org.springframework.http.ResponseEntity;
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
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.attachment.AttachmentRequests;
import vn.mttq.thidua.web.Forms;

/**
 * Campaigns: the list and a campaign's page for everyone; for staff and admins, creating one (possibly as a copy
 * of an earlier one), describing it, its content areas and legal basis, and the steps of its life.
 */
@Controller
@RequestMapping("/campaigns")
class CampaignController {

    private final CampaignService campaigns;
    private final LegalBasisFiles legalFiles;

    CampaignController(CampaignService campaigns, LegalBasisFiles legalFiles) {
        this.campaigns = campaigns;
        this.legalFiles = legalFiles;
    }

    @InitBinder("form")
    void allowFields(WebDataBinder binder, WebRequest request) {
        Forms.bindOnly(binder, request, "name", "nameEn", "shortName", "organiser", "coordinatingBody", "description",
                "startYear", "endYear", "?copyFrom", "version");
    }

    @InitBinder("areaForm")
    void allowAreaFields(WebDataBinder binder, WebRequest request) {
        Forms.bindOnly(binder, request, "name", "nameEn", "targetGroup", "targetGroupEn", "description");
    }

    @InitBinder("documentForm")
    void allowDocumentFields(WebDataBinder binder, WebRequest request) {
        Forms.bindOnly(binder, request, "number", "issuedOn", "issuer", "title");
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("campaigns", campaigns.list());
        return "campaign/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable Long id, Model model) {
        return page(model, campaigns.get(id));
    }

    /** A new campaign: blank, or following an earlier one (its texts, the next years, a copy of its structure). */
    @GetMapping("/new")
    String create(@RequestParam(required = false) Long from, Model model) {
        model.addAttribute("form", from == null ? new CampaignForm() : CampaignForm.following(campaigns.get(from)));
        return form(model, null);
    }

    @PostMapping
    String create(@Validated @ModelAttribute("form") CampaignForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                Campaign campaign = campaigns.create(form.details(), form.getCopyFrom());
                Forms.flash(redirect, "campaign.created");
                return "redirect:/campaigns/" + campaign.getId();
            } catch (BusinessRuleException e) {
                Forms.reject(result, e);
            }
        }
        return form(model, null);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        Campaign campaign = campaigns.get(id);
        model.addAttribute("form", CampaignForm.of(campaign));
        return form(model, campaign);
    }

    @PostMapping("/{id}")
    String update(@PathVariable Long id, @Validated @ModelAttribute("form") CampaignForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                campaigns.describe(id, form.details(), form.getVersion());
                Forms.flash(redirect, "campaign.saved");
                return "redirect:/campaigns/" + id;
            } catch (BusinessRuleException e) {
                Forms.reject(result, e);
            }
        }
        return form(model, campaigns.get(id));
    }

    /** What a step of the campaign's life will do, in numbers, before it is taken: its confirmation page. */
    @GetMapping("/{id}/step")
    String confirm(@PathVariable Long id, @RequestParam CampaignStatus to, Model model) {
        return confirmation(model, campaigns.preview(id, to));
    }

    /**
     * The step, as its confirmation page showed it; refused (a post that skipped the page, numbers that have moved,
     * a missing reason, a rule), the page comes again with what it says now, the reason typed and the message.
     */
    @PostMapping("/{id}/step")
    String step(@PathVariable Long id, @RequestParam CampaignStatus to,
                @RequestParam(required = false) Long version, @RequestParam(required = false) String confirmation,
                @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        try {
            boolean back = campaigns.get(id).getStatus().isBack(to);
            campaigns.step(id, to, version, confirmation, reason);
            Forms.flash(redirect, "campaign.stepped." + (back ? "back." : "") + to.name());
            return "redirect:/campaigns/" + id;
        } catch (BusinessRuleException e) {
            Forms.refusedOnConfirmation(model, e, reason);
            return confirmation(model, campaigns.preview(id, to));
        }
    }

    private String confirmation(Model model, CampaignStepPreview preview) {
        model.addAttribute("preview", preview);
        model.addAttribute("campaign", preview.campaign());
        return "campaign/step";
    }

    @PostMapping("/{id}/areas")
    String addArea(@PathVariable Long id, @Validated @ModelAttribute("areaForm") AreaForm areaForm, BindingResult result,
                   Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                campaigns.addArea(id, areaForm.details());
                Forms.flash(redirect, "campaign.areaAdded");
                return "redirect:/campaigns/" + id + "#areas";
            } catch (BusinessRuleException e) {
                Forms.reject(result, e);
            }
        }
        return page(model, campaigns.get(id));
    }

    @GetMapping("/{id}/areas/{areaId}/edit")
    String editArea(@PathVariable Long id, @PathVariable Long areaId, Model model) {
        ContentArea area = campaigns.area(id, areaId);
        model.addAttribute("areaForm", AreaForm.of(area));
        model.addAttribute("area", area);
        return "campaign/area";
    }

    @PostMapping("/{id}/areas/{areaId}")
    String updateArea(@PathVariable Long id, @PathVariable Long areaId,
                      @Validated @ModelAttribute("areaForm") AreaForm areaForm, BindingResult result, Model model,
                      RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                campaigns.describeArea(id, areaId, areaForm.details());
                Forms.flash(redirect, "campaign.areaSaved");
                return "redirect:/campaigns/" + id + "#areas";
            } catch (BusinessRuleException e) {
                Forms.reject(result, e);
            }
        }
        model.addAttribute("area", campaigns.area(id, areaId));
        return "campaign/area";
    }

    @PostMapping("/{id}/documents")
    String addDocument(@PathVariable Long id, @Validated @ModelAttribute("documentForm") DocumentForm documentForm,
                       BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                campaigns.addDocument(id, documentForm.getNumber(), documentForm.getIssuedOn(), documentForm.getIssuer(),
                        documentForm.getTitle());
                Forms.flash(redirect, "campaign.documentAdded");
                return "redirect:/campaigns/" + id + "#legal-basis";
            } catch (BusinessRuleException e) {
                Forms.reject(result, e);
            }
        }
        return page(model, campaigns.get(id));
    }

    @PostMapping("/{id}/documents/{documentId}/delete")
    String removeDocument(@PathVariable Long id, @PathVariable Long documentId, RedirectAttributes redirect) {
        try {
            campaigns.removeDocument(id, documentId);
            Forms.flash(redirect, "campaign.documentRemoved");
        } catch (BusinessRuleException e) {
            Forms.problem(redirect, e);
        }
        return "redirect:/campaigns/" + id + "#legal-basis";
    }

    /** Staff attach the PDF of a legal basis document (a new one replaces the old); a refusal comes back as a message. */
    @PostMapping("/{id}/documents/{documentId}/file")
    String attach(@PathVariable Long id, @PathVariable Long documentId,
                  @RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        return AttachmentRequests.upload(file, "legalDocument", "/campaigns/" + id + "#legal-basis", redirect,
                (name, size, content) -> legalFiles.attach(id, documentId, name, size, content));
    }

    @PostMapping("/{id}/documents/{documentId}/file/delete")
    String detach(@PathVariable Long id, @PathVariable Long documentId, RedirectAttributes redirect) {
        try {
            legalFiles.detach(id, documentId);
            Forms.flash(redirect, "legalDocument.detached");
        } catch (BusinessRuleException e) {
            Forms.problem(redirect, e);
        }
        return "redirect:/campaigns/" + id + "#legal-basis";
    }

    /** The PDF as an attachment, never rendered in the page. */
    @GetMapping("/{id}/documents/{documentId}/file")
    ResponseEntity<byte[]> download(@PathVariable Long id, @PathVariable Long documentId) {
        return AttachmentRequests.download(legalFiles.download(id, documentId));
    }

    private String page(Model model, Campaign campaign) {
        model.addAttribute("campaign", campaign);
        model.addAttribute("legalDocuments", campaigns.legalBasis(campaign.getId()));
        model.addAttribute("legalFiles", legalFiles.ofCampaign(campaign.getId()));
        if (!model.containsAttribute("areaForm")) {
            model.addAttribute("areaForm", new AreaForm());
        }
        if (!model.containsAttribute("documentForm")) {
            model.addAttribute("documentForm", new DocumentForm());
        }
        return "campaign/show";
    }

    private String form(Model model, Campaign campaign) {
        model.addAttribute("campaign", campaign);
        model.addAttribute("sources", campaigns.list());
        return "campaign/form";
    }
}
