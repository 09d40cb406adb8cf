package io.gloss.webannotation;

import java.util.List;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.gloss.http.Problem;
import io.gloss.http.ProblemException;

/**
 * The one representation the Web Annotation endpoints serve: JSON-LD with the annotation profile, for
 * any Accept that admits it (a profile other than the annotation one does not). Anything else is 406.
 */
public final class WebAnnotationMedia {

    public static final String PROFILE = "http://www.w3.org/ns/anno.jsonld";
    public static final String JSON_LD = "application/ld+json";
    /** As sent in Content-Type and Accept-Post. */
    public static final String ANNOTATION = JSON_LD + "; profile=\"" + PROFILE + "\"";

    private static final MediaType LD = MediaType.valueOf(JSON_LD);

    private WebAnnotationMedia() {
    }

    /** {@code acceptable}: the request's Accept, most preferred first (no header admits everything). */
    public static String negotiate(List<MediaType> acceptable) {
        for (MediaType type : acceptable) {
            if (type.isCompatible(LD) && admitsAnnotationProfile(type.getParameters().get("profile"))) {
                return ANNOTATION;
            }
        }
        throw new ProblemException(Problem.of(Response.Status.NOT_ACCEPTABLE,
                "Annotations are served as " + ANNOTATION + " only"));
    }

    private static boolean admitsAnnotationProfile(String profile) {
        return profile == null || List.of(profile.replace("\"", "").trim().split("\\s+")).contains(PROFILE);
    }
}
