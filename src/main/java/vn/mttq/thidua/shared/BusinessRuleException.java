package vn.mttq.thidua.shared;

import java.util.Arrays;

/**
 * A rule of the domain that the request breaks. It carries a message key of the bundles so that the user is
 * told, in their language, what is wrong, and, where one field is at fault, that field's name so that the
 * message stands beside it. It never becomes a 500.
 */
public class BusinessRuleException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public BusinessRuleException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    private BusinessRuleException(String field, String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    /** A rule broken by the value of one form field. */
    public static BusinessRuleException onField(String field, String messageKey, Object... arguments) {
        return new BusinessRuleException(field, messageKey, arguments);
    }

    public String getField() {
        return field;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
