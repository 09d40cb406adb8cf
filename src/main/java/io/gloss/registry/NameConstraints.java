package io.gloss.registry;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.validator.BaseHibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.hibernate.validator.cfg.defs.NotBlankDef;
import org.hibernate.validator.cfg.defs.NotNullDef;
import org.hibernate.validator.cfg.defs.SizeDef;

import io.gloss.detect.LookAlike;
import io.gloss.detect.OrganizationName;
import io.gloss.http.LanguageTag;
import io.quarkus.hibernate.validator.ValidatorFactoryCustomizer;

/**
 * The limits on names and look-alikes the registry stores. Detection takes these values as plain
 * Java and knows nothing of validation, so the registry, which accepts them from operators, states
 * the limits here; a violation still names its field (names[0].value).
 */
@ApplicationScoped
public class NameConstraints implements ValidatorFactoryCustomizer {

    /** The longest name or look-alike, in characters. */
    public static final int MAX_NAME = 300;

    @Override
    public void customize(BaseHibernateValidatorConfiguration<?> configuration) {
        ConstraintMapping mapping = configuration.createConstraintMapping();
        mapping.type(OrganizationName.class)
                .field("language").constraint(new GenericConstraintDef<>(LanguageTag.class))
                .field("kind").constraint(new NotNullDef())
                .field("value").constraint(new NotBlankDef()).constraint(new SizeDef().max(MAX_NAME));
        mapping.type(LookAlike.class)
                .field("language").constraint(new GenericConstraintDef<>(LanguageTag.class))
                .field("value").constraint(new NotBlankDef()).constraint(new SizeDef().max(MAX_NAME));
        configuration.addMapping(mapping);
    }
}
