package dev.newsroom.web.text;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Text that can be stored and shown as it is: no control characters but tab and line
 * breaks, no unpaired surrogates (JSON can carry {@code "\ud800"}, which no encoding can
 * store, and a database would turn into U+FFFD) and no noncharacters.
 */
@Documented
@Constraint(validatedBy = WellFormedTextValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface WellFormedText {

	String message() default "must not hold control characters, unpaired surrogates or noncharacters";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
