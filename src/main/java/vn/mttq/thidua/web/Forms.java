package vn.mttq.thidua.web;

import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.mttq.thidua.shared.BusinessRuleException;

/** The few things every form controller does the same way. */
public final class Forms {

    private Forms() {
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
        redirect.addFlashAttribute("flash", new Flash(messageKey, argument, null));
    }

    /** A broken rule shown as an error on the page the user is redirected to. */
    public static void problem(RedirectAttributes redirect, BusinessRuleException e) {
        Object[] args = e.getArguments();
        redirect.addFlashAttribute("problem", new Flash(e.getMessageKey(), args.length > 0 ? args[0] : null,
                args.length > 1 ? args[1] : null));
    }

    /** A message key with up to two arguments. */
    public record Flash(String key, Object argument, Object argument2) {
    }
}
