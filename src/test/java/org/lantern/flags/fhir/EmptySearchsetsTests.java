package org.lantern.flags.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.model.primitive.InstantDt;
import java.io.StringWriter;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.InstantType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The empty searchset written from the template is, byte for byte, what HAPI's parser writes for
 * the same Bundle, whatever its id, time and self link hold.
 */
class EmptySearchsetsTests {

  static final FhirContext FHIR = FhirServer.context();
  static final EmptySearchsets EMPTY = new EmptySearchsets(FHIR);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://localhost:8080/fhir/Flag?patient%3Aidentifier=https%3A%2F%2Ffhir.nhs.uk%2FId%2Fnhs-number%7C9434765919",
        "http://example.test/fhir/Flag?patient.identifier=a\"b\\c&x=</script>",
        "https://lantern.example/fhir/Flag?patient:identifier=Zoë|é€𝄞\u0001\t\n"
      })
  void writesWhatHapiWrites(String self) throws Exception {
    Bundle bundle = searchset(UUID.randomUUID().toString(), self);

    assertThat(written(bundle)).isEqualTo(FHIR.newJsonParser().encodeResourceToString(bundle));
  }

  @Test
  void writesAnotherTimeZoneAndPrecisionAsHapiDoes() throws Exception {
    Bundle bundle = searchset("abc-123", "http://localhost/fhir/Flag");
    bundle.getMeta().setLastUpdatedElement(new InstantType("2026-12-06T09:10:11.5+05:30"));

    assertThat(written(bundle)).isEqualTo(FHIR.newJsonParser().encodeResourceToString(bundle));
  }

  /** A searchset as HAPI's server makes one for a search that found nothing. */
  static Bundle searchset(String id, String self) {
    Bundle bundle = new Bundle();
    bundle.setId(id);
    bundle.getMeta().setLastUpdatedElement(new InstantType(InstantDt.withCurrentTime().getValue()));
    bundle.setType(Bundle.BundleType.SEARCHSET);
    bundle.setTotal(0);
    bundle.addLink().setRelation(Bundle.LINK_SELF).setUrl(self);
    return bundle;
  }

  private static String written(Bundle bundle) throws Exception {
    StringWriter out = new StringWriter();
    EMPTY.write(bundle, out);
    return out.toString();
  }
}
