package io.gloss.webannotation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a client asked of a container's description with {@code Prefer} (RFC 7240, as the Web
 * Annotation Protocol uses it): only the container (ldp#PreferMinimalContainer), or its first page with
 * the annotations' IRIs (oa#PreferContainedIRIs) or whole (oa#PreferContainedDescriptions). With no
 * preference the description links its first and last pages and embeds neither.
 */
public record ContainerPreference(boolean minimal, Contained contained) {

    public static final String MINIMAL = "http://www.w3.org/ns/ldp#PreferMinimalContainer";
    public static final String IRIS = "http://www.w3.org/ns/oa#PreferContainedIRIs";
    public static final String DESCRIPTIONS = "http://www.w3.org/ns/oa#PreferContainedDescriptions";

    private static final Pattern INCLUDE = Pattern.compile("(?i)\\binclude\\s*=\\s*(\"([^\"]*)\"|([^;,\\s]+))");

    public enum Contained {
        IRIS, DESCRIPTIONS
    }

    public static final ContainerPreference NONE = new ContainerPreference(false, null);

    /** Every {@code Prefer} header the request carried; unknown preferences are ignored, as RFC 7240 says. */
    public static ContainerPreference of(List<String> preferHeaders) {
        List<String> included = new ArrayList<>();
        for (String header : preferHeaders == null ? List.<String>of() : preferHeaders) {
            Matcher include = INCLUDE.matcher(header);
            while (include.find()) {
                String iris = include.group(2) != null ? include.group(2) : include.group(3);
                included.addAll(List.of(iris.trim().split("\\s+")));
            }
        }
        Contained contained = included.contains(IRIS) ? Contained.IRIS
                : included.contains(DESCRIPTIONS) ? Contained.DESCRIPTIONS : null;
        return new ContainerPreference(included.contains(MINIMAL), contained);
    }

    /** Whether the description embeds its first page. */
    public boolean embedsFirstPage() {
        return contained != null && !minimal;
    }
}
