package dev.newsroom.web.text;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Public, as validators are made by reflection. */
public final class WellFormedTextValidator implements ConstraintValidator<WellFormedText, CharSequence> {

	@Override
	public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
		return text == null || TextChecks.isWellFormed(text, true);
	}

}
