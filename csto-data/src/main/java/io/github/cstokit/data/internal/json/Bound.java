package io.github.cstokit.data.internal.json;

/**
 * A record bound from JSON, with the JSON pointer of its object.
 *
 * @param dto the bound record, not null
 * @param pointer the pointer of the object it was bound from, not null
 * @param <T> the record type
 */
public record Bound<T>(T dto, String pointer) {}
