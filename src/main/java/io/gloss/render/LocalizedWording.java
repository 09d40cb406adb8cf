package io.gloss.render;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.gloss.annotation.AnnotationBody;
import io.gloss.registry.DesignationCategory;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The {@link Wording} of a publication's language (English where Gloss has no bundle for it). */
@ApplicationScoped
public class LocalizedWording {

    private final Map<String, Wording> byLanguage = new ConcurrentHashMap<>();

    /** The language whose bundle a locale such as "ru-RU" or "en" uses; templates render with it. */
    public static Locale language(String locale) {
        return Locale.forLanguageTag(Locale.forLanguageTag(locale).getLanguage());
    }

    public Wording of(String locale) {
        return byLanguage.computeIfAbsent(language(locale).toLanguageTag(), language -> {
            InstanceHandle<Wording> localized = Arc.container().instance(Wording.class, new Localized.Literal(language));
            return localized.isAvailable() ? localized.get() : MessageBundles.get(Wording.class);
        });
    }

    public EmbedComposer.Words words(String locale) {
        Wording wording = of(locale);
        return new EmbedComposer.Words() {
            @Override
            public String designation(DesignationCategory category, List<String> names, String jurisdiction,
                    boolean alsoElsewhere) {
                String joined = String.join(", ", names);
                String where = wording.where(jurisdiction);
                return switch (category) {
                    case TERRORIST -> wording.terrorist(joined, names.size(), where, alsoElsewhere);
                    case EXTREMIST -> wording.extremist(joined, names.size(), where, alsoElsewhere);
                    case UNDESIRABLE -> wording.undesirable(joined, names.size(), where, alsoElsewhere);
                    case FOREIGN_AGENT -> wording.foreignAgent(joined, names.size(), where, alsoElsewhere);
                };
            }

            @Override
            public String brands(DesignationCategory category, List<String> names, String owner, String jurisdiction) {
                return wording.brands(String.join(", ", names), names.size(), owner, category.name(), wording.where(jurisdiction));
            }

            @Override
            public String relation(AnnotationBody.Relation relation) {
                return wording.relation(relation.name());
            }
        };
    }
}
