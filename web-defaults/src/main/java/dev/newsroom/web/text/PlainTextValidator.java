package dev.newsroom.web.text;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Public, as validators are made by reflection. */
public final class PlainTextValidator implements ConstraintValidator<PlainText, CharSequence> {

	private boolean multiline;

	@Override
	public void initialize(PlainText constraint) {
		this.multiline = constraint.multiline();
	}

	@Override
	public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
		return text == null || (TextChecks.isWellFormed(text, multiline) && !TextChecks.holdsMarkup(text));
	}

}
