package io.github.cstokit.data.internal.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The fields every dataset file starts with: its format, the dataset version and the date of its newest
 * fact.
 *
 * @param format the file format version
 * @param version the dataset version, such as {@code 2026.11.0}
 * @param dataAsOf the ISO date of the newest fact in the dataset
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Envelope(int format, String version, String dataAsOf) {}
