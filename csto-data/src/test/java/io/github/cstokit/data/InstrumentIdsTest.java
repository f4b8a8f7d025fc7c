package io.github.cstokit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cstokit.model.InstrumentIds;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every id of {@link InstrumentIds} names an instrument of the bundled {@code instruments.json}, once. */
class InstrumentIdsTest {

  @Test
  void everyNamedIdIsABundledInstrument() throws IllegalAccessException {
    CstoDataset bundled = CstoData.bundled();
    List<String> ids = new ArrayList<>();
    for (Field field : InstrumentIds.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        String id = (String) field.get(null);
        assertTrue(bundled.instrument(id).isPresent(),
            () -> "InstrumentIds." + field.getName() + " = '" + id + "' is not in instruments.json");
        ids.add(id);
      }
    }
    assertFalse(ids.isEmpty(), "InstrumentIds names no id");
    assertEquals(ids.size(), new HashSet<>(ids).size(), () -> "an id is named twice: " + ids);
  }
}
