package io.gloss.detect;

/**
 * Something else that shares an organisation's name, e.g. "Al-Shabab FC" or "ISIS Neutron and Muon Source".
 * Wherever it occurs, hits of the organisation it overlaps are not mentions.
 */
public record LookAlike(String language, String value) {
}
