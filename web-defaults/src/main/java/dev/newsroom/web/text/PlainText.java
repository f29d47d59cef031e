package dev.newsroom.web.text;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Text meant to be shown as typed: a title, a caption, a name. Besides being
 * {@link WellFormedText well formed}, it holds no markup (nothing that looks like a tag
 * or a comment), since it is never HTML, and no line break unless {@link #multiline()}.
 * Entities such as {@code &amp;} are plain characters here; the page that shows the text
 * escapes it.
 */
@Documented
@Constraint(validatedBy = PlainTextValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

	boolean multiline() default false;

	String message() default "must be plain text: no markup, control characters or unpaired surrogates";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
