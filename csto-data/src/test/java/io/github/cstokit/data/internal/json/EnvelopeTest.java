package io.github.cstokit.data.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class EnvelopeTest {

  @Test
  void jacksonBindsTheEnvelopeOnTheModulePath() throws Exception {
    Envelope envelope = new ObjectMapper()
        .readValue("{\"format\":1,\"version\":\"2026.11.0\",\"dataAsOf\":\"2026-01-18\"}", Envelope.class);
    assertEquals(new Envelope(1, "2026.11.0", "2026-01-18"), envelope);
  }
}
