package io.gloss.http;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import io.gloss.InvisibleCharacters;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * An absolute http or https URL with a host. Anything else (javascript:, data:, relative paths)
 * would become a link a reader clicks, so it is refused where it enters; so is one with invisible
 * characters (a right-to-left override shows {@code …/gpj.exe} as {@code …/exe.jpg}).
 */
@Documented
@Retention(RUNTIME)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Constraint(validatedBy = HttpUrl.Validator.class)
public @interface HttpUrl {

    String message() default "must be an absolute http or https URL";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<HttpUrl, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isHttpUrl(value);
        }

        public static boolean isHttpUrl(String value) {
            if (InvisibleCharacters.anyFormatCharacter(value)) {
                return false;
            }
            try {
                URI uri = new URI(value);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                return (scheme.equals("http") || scheme.equals("https")) && hasHost(uri);
            } catch (URISyntaxException e) {
                return false;
            }
        }

        /**
         * java.net.URI reports no host for internationalised domain names (пример.рф), which Russian
         * outlets link to every day; such a host counts when it converts to ASCII (punycode).
         */
        private static boolean hasHost(URI uri) {
            if (uri.getHost() != null) {
                return true;
            }
            String authority = uri.getAuthority();
            if (authority == null) {
                return false;
            }
            String host = authority.substring(authority.lastIndexOf('@') + 1).replaceFirst(":[0-9]*$", "");
            try {
                return !host.isEmpty() && new URI("http://" + IDN.toASCII(host, IDN.ALLOW_UNASSIGNED)).getHost() != null;
            } catch (IllegalArgumentException | URISyntaxException e) {
                return false;
            }
        }
    }
}
