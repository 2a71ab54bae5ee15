package vn.mttq.thidua.person;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.mttq.thidua.security.CurrentUser;
import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.shared.Paging;
import vn.mttq.thidua.web.Forms;

/** Persons: the list, registering and describing one, and on their page their placements, moves and holds. */
@Controller
@RequestMapping("/persons")
class PersonController {

    private final PersonService persons;

    PersonController(PersonService persons) {
        this.persons = persons;
    }

    @InitBinder("form")
    void allowPersonFields(WebDataBinder binder, WebRequest request) {
        Forms.bindOnly(binder, request, "?unitId", "fullName", "birthDate", "gender", "position", "version");
    }

    @InitBinder("moveForm")
    void allowMoveFields(WebDataBinder binder, WebRequest request) {
        Forms.bindOnly(binder, request, "unitId", "fromDate", "position", "note", "version");
    }

    @InitBinder("holdForm")
    void allowHoldFields(WebDataBinder binder, WebRequest request) {
        Forms.bindOnly(binder, request, "kind", "fromDate", "untilDate", "reason");
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("persons", persons.search(q, null, Paging.request(page, 20)));
        model.addAttribute("q", q);
        return "person/list";
    }

    @GetMapping("/new")
    String create(@RequestParam(required = false) Long unit, Model model) {
        PersonForm form = new PersonForm();
        form.setUnitId(unit);
        model.addAttribute("form", form);
        return form(model, null);
    }

    @PostMapping
    String register(@Validated @ModelAttribute("form") PersonForm form, BindingResult result, Model model,
                    RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                Person person = persons.create(form);
                Forms.flash(redirect, "person.saved", person.getFullName());
                return "redirect:/persons/" + person.getId();
            } catch (BusinessRuleException e) {
                Forms.reject(result, e);
            }
        }
        return form(model, null);
    }

    @GetMapping("/{id}")
    String show(@PathVariable Long id, Model model) {
        return page(persons.get(id), model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        Person person = persons.get(id);
        model.addAttribute("form", PersonForm.of(person));
        return form(model, person);
    }

    @PostMapping("/{id}")
    String update(@PathVariable Long id, @Validated @ModelAttribute("form") PersonForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        Person person = persons.get(id);
        if (!result.hasErrors()) {
            try {
                persons.update(id, form);
                Forms.flash(redirect, "person.saved", form.getFullName().strip());
                return "redirect:/persons/" + id;
            } catch (BusinessRuleException e) {
                Forms.reject(result, e);
            }
        }
        return form(model, person);
    }

    @PostMapping("/{id}/moves")
    String move(@PathVariable Long id, @Validated @ModelAttribute("moveForm") MoveForm moveForm, BindingResult result,
                Model model, RedirectAttributes redirect) {
        Person person = persons.getToManage(id);
        if (!result.hasErrors()) {
            try {
                Person moved = persons.move(id, moveForm);
                Forms.flash(redirect, "person.moved", moved.getFullName(), moved.getUnit().getName());
                return "redirect:/persons/" + id;
            } catch (BusinessRuleException e) {
                Forms.reject(result, e);
            }
        }
        return page(person, model);
    }

    @PostMapping("/{id}/holds")
    String hold(@PathVariable Long id, @Validated @ModelAttribute("holdForm") HoldForm holdForm, BindingResult result,
                Model model, RedirectAttributes redirect) {
        Person person = persons.getToManage(id);
        if (!result.hasErrors()) {
            try {
                persons.hold(id, holdForm);
                Forms.flash(redirect, "hold.recorded");
                return "redirect:/persons/" + id;
            } catch (BusinessRuleException e) {
                Forms.reject(result, e);
            }
        }
        return page(person, model);
    }

    @PostMapping("/{id}/holds/{holdId}/end")
    String endHold(@PathVariable Long id, @PathVariable Long holdId, RedirectAttributes redirect) {
        return Forms.step(() -> persons.endHold(id, holdId, null), redirect, "hold.ended", "/persons/" + id);
    }

    private String page(Person person, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("placements", persons.placements(person));
        model.addAttribute("holds", persons.holds(person));
        model.addAttribute("holdKinds", HoldKind.values());
        model.addAttribute("today", persons.today());
        if (!model.containsAttribute("moveForm")) {
            MoveForm move = new MoveForm();
            move.setVersion(person.getVersion());
            move.setPosition(person.getPosition());
            model.addAttribute("moveForm", move);
        }
        if (!model.containsAttribute("holdForm")) {
            model.addAttribute("holdForm", new HoldForm());
        }
        if (CurrentUser.require().isStaffOrAdmin()) {
            model.addAttribute("units", persons.unitChoices());
        }
        return "person/show";
    }

    private String form(Model model, Person person) {
        model.addAttribute("person", person);
        model.addAttribute("units", persons.unitChoices());
        model.addAttribute("genders", Gender.values());
        return "person/form";
    }
}
