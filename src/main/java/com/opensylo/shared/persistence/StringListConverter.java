package com.opensylo.shared.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;

/**
 * Stores a short list of strings (URIs, scopes, origins) in one TEXT column, one value per line.
 * Values are validated never to contain a line break before they reach an entity.
 */
@Converter
public class StringListConverter implements AttributeConverter<List<String>, String> {

  @Override
  public String convertToDatabaseColumn(List<String> values) {
    return values == null ? "" : String.join("\n", values);
  }

  @Override
  public List<String> convertToEntityAttribute(String column) {
    if (column == null || column.isEmpty()) {
      return List.of();
    }
    return List.copyOf(Arrays.asList(column.split("\n")));
  }
}
