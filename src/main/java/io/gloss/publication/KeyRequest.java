package io.gloss.publication;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Asks for a new publication key; the label says where it is used ("wordpress-prod"). */
public record KeyRequest(@NotBlank String role, @Size(max = 100) String label) {
}
