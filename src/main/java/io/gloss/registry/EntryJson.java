package io.gloss.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores an organisation's entry as one JSON column. The registry is read whole into memory to
 * build the detector, so nothing queries inside an entry; one column keeps each change one audited
 * row, and the If-Match version covers names and designations alike. Stored entries are read leniently:
 * a field an older Gloss wrote and this one dropped (the single {@code parent}, now {@code relations})
 * must not make a stored registry unreadable.
 */
@Converter
public class EntryJson implements AttributeConverter<OrganizationEntry, String> {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Override
    public String convertToDatabaseColumn(OrganizationEntry entry) {
        try {
            return JSON.writeValueAsString(entry);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A registry entry always serialises", e);
        }
    }

    @Override
    public OrganizationEntry convertToEntityAttribute(String column) {
        try {
            return JSON.readValue(column, OrganizationEntry.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored registry entry is not readable", e);
        }
    }
}
