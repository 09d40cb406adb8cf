package io.gloss.http;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.net.URI;
import java.net.URISyntaxException;

import io.gloss.InvisibleCharacters;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * An absolute IRI of any scheme ({@code urn:uuid:…} as well as {@code https://…}): an identifier kept
 * from another system, never a link Gloss shows a reader (those are {@link HttpUrl}). Invisible
 * characters are refused here too, so two identifiers that look alike are alike.
 */
@Documented
@Retention(RUNTIME)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Constraint(validatedBy = AbsoluteIri.Validator.class)
public @interface AbsoluteIri {

    String message() default "must be an absolute IRI, such as urn:uuid:… or https://…";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<AbsoluteIri, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isAbsoluteIri(value);
        }

        public static boolean isAbsoluteIri(String value) {
            if (InvisibleCharacters.anyFormatCharacter(value)) {
                return false;
            }
            try {
                return new URI(value).isAbsolute();
            } catch (URISyntaxException e) {
                return false;
            }
        }
    }
}
