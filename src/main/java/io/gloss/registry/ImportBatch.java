package io.gloss.registry;

import java.util.List;

/**
 * What an import file holds once read: the organisations it describes (with the lines that
 * described them) and the lines that could not be read. Organisations with a bad line are not
 * here; they are reported instead, so none is ever half-written.
 */
public record ImportBatch(List<Parsed> organizations, List<LineError> errors) {

    /** {@code externalKey} identifies the organisation in its source (an OpenSanctions id), or null. */
    public record Parsed(String slug, String externalKey, OrganizationEntry entry, int firstLine) {
    }

    public record LineError(int line, String message) {
    }
}
