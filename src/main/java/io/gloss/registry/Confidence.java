package io.gloss.registry;

/**
 * How well a registry fact is established: HIGH when a source states it, otherwise still to be
 * checked by the operator before it is relied on.
 */
public enum Confidence {
    HIGH, MEDIUM, LOW
}
