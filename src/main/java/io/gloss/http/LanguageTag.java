package io.gloss.http;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A language tag (BCP 47, loosely: language plus optional subtags, such as en, ru or ru-RU), required:
 * the one rule for every language and locale a request names.
 */
@Documented
@Retention(RUNTIME)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Constraint(validatedBy = {})
@NotBlank
@Size(max = 35)
@Pattern(regexp = Formats.LOCALE)
@ReportAsSingleViolation
public @interface LanguageTag {

    String message() default "must be a language tag such as en, ru or ru-RU";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
