package vn.mttq.thidua.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import java.util.function.Supplier;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.mttq.thidua.shared.BusinessRuleException;

/** The few things every form controller does the same way. */
public final class Forms {

    private Forms() {
    }

    /**
     * Binds only these fields of a form and, when it is posted to change a saved record (it carries the record's
     * version), refuses it as a whole if one of the plain
     * fields (those without {@code *}) did not arrive at all — a truncated or hand-made post — so that a missing
     * field never blanks out what was saved. A field that arrives empty was cleared by the user and is bound as
     * such; a checkbox or multiple choice counts as sent when its {@code _name} marker or an indexed
     * {@code name[i]} arrives. A field written {@code ?name} is bound but may be left out (it is not on every
     * page that posts the form).
     */
    public static void bindOnly(WebDataBinder binder, WebRequest request, String... fields) {
        binder.setAllowedFields(Arrays.stream(fields).map(f -> f.startsWith("?") ? f.substring(1) : f)
                .toArray(String[]::new));
        if (request instanceof NativeWebRequest nativeRequest
                && nativeRequest.getNativeRequest() instanceof jakarta.servlet.http.HttpServletRequest http
                && "POST".equals(http.getMethod()) && http.getParameter("version") != null
                && !http.getParameter("version").isBlank()) {
            List<String> missing = missing(http.getParameterMap(), fields);
            if (!missing.isEmpty()) {
                binder.addValidators(new Incomplete(missing));
            }
        }
    }

    static List<String> missing(Map<String, String[]> parameters, String... fields) {
        return Arrays.stream(fields).filter(f -> !f.contains("*") && !f.startsWith("?"))
                .filter(f -> !parameters.containsKey(f) && !parameters.containsKey("_" + f)
                        && parameters.keySet().stream().noneMatch(p -> p.startsWith(f + "[")))
                .toList();
    }

    /**
     * A form with rows (targets, initiatives) says how many it showed; when fewer or more arrive, the post was
     * cut short or made by hand, and the form is refused rather than saved with rows lost.
     */
    public static void requireRows(BindingResult result, Integer shown, int arrived) {
        if (shown != null && shown != arrived) {
            result.reject("post.error.incomplete", new Object[] {"rows"}, null);
        }
    }

    /** The form as a whole is refused: nothing of it is saved, and the page says why. */
    private record Incomplete(List<String> missing) implements Validator {
        @Override
        public boolean supports(Class<?> type) {
            return true;
        }

        @Override
        public void validate(Object target, Errors errors) {
            errors.reject("post.error.incomplete", new Object[] {String.join(", ", missing)}, null);
        }
    }

    /** Puts a broken rule on the form: beside its field when it names one the form has, else above the form. */
    public static void reject(BindingResult result, BusinessRuleException e) {
        if (e.getField() != null && result.getTarget() != null
                && org.springframework.beans.BeanUtils.getPropertyDescriptor(result.getTarget().getClass(), e.getField()) != null) {
            result.rejectValue(e.getField(), e.getMessageKey(), e.getArguments(), null);
        } else {
            result.reject(e.getMessageKey(), e.getArguments(), null);
        }
    }

    /** A one-line confirmation shown on the page the user is redirected to. */
    public static void flash(RedirectAttributes redirect, String messageKey) {
        flash(redirect, messageKey, null);
    }

    public static void flash(RedirectAttributes redirect, String messageKey, Object argument) {
        flash(redirect, messageKey, argument, null);
    }

    public static void flash(RedirectAttributes redirect, String messageKey, Object argument, Object argument2) {
        redirect.addFlashAttribute("flash", new Flash(messageKey, argument, argument2));
    }

    /**
     * A step posted from a record's page (a button, no form to give back): done, the user goes to {@code target}
     * with the confirmation {@code doneKey}; refused, to the same place with the problem.
     */
    public static String step(Runnable step, RedirectAttributes redirect, String doneKey, String target) {
        return stepNaming(() -> {
            step.run();
            return null;
        }, redirect, doneKey, target);
    }

    /** The same, the confirmation naming what the step returns (the initiative counted, …). */
    public static String stepNaming(Supplier<Object> step, RedirectAttributes redirect, String doneKey, String target) {
        try {
            flash(redirect, doneKey, step.get());
        } catch (BusinessRuleException e) {
            problem(redirect, e);
        }
        return "redirect:" + target;
    }

    /** A broken rule shown as an error on the page the user is redirected to. */
    public static void problem(RedirectAttributes redirect, BusinessRuleException e) {
        Object[] args = e.getArguments();
        redirect.addFlashAttribute("problem", new Flash(e.getMessageKey(), args.length > 0 ? args[0] : null,
                args.length > 1 ? args[1] : null));
    }

    /**
     * A step that needs a written reason (return for changes, reject, revoke). Done: the user goes to {@code target}
     * with the confirmation {@code doneKey}. Refused for the reason itself: the page comes again from {@code page}
     * with what was typed and the error (in the model as {@code errorAttribute}) beside the box. Refused by another
     * rule: the user goes to {@code target} with the problem.
     */
    public static String withReason(Runnable step, String reason, String errorAttribute, Model model,
                                    Supplier<String> page, RedirectAttributes redirect, String doneKey, String target) {
        try {
            step.run();
        } catch (BusinessRuleException e) {
            if (e.getField() == null) {
                problem(redirect, e);
                return "redirect:" + target;
            }
            model.addAttribute(errorAttribute, e.getMessageKey());
            model.addAttribute("reason", reason);
            return page.get();
        }
        flash(redirect, doneKey);
        return "redirect:" + target;
    }

    /**
     * A confirmation page shown again after its step was refused: the reason typed is given back, and the refusal
     * stands beside the reason box when it is about the reason ({@code reasonError}, {@code reasonArgument}), above
     * the page otherwise ({@code problem}).
     */
    public static void refusedOnConfirmation(Model model, BusinessRuleException refused, String reason) {
        model.addAttribute("reason", reason);
        Object[] args = refused.getArguments();
        Object argument = args.length > 0 ? args[0] : null;
        if ("reason".equals(refused.getField())) {
            model.addAttribute("reasonError", refused.getMessageKey());
            model.addAttribute("reasonArgument", argument);
        } else {
            model.addAttribute("problem", new Flash(refused.getMessageKey(), argument, null));
        }
    }

    /** A message key with up to two arguments; kept in the session (in PostgreSQL) until shown. */
    public record Flash(String key, Object argument, Object argument2) implements java.io.Serializable {
    }
}
