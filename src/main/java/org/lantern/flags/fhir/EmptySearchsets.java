package org.lantern.flags.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.IRestfulResponse;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.ResponseDetails;
import ca.uhn.fhir.rest.server.RestfulServerUtils;
import ca.uhn.fhir.util.DateUtils;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.InstantType;
import org.jspecify.annotations.Nullable;

/**
 * The answer "nothing recorded" (a searchset Bundle with no entry: an unknown child, or a child
 * with no flags, most checks) written from HAPI's own encoding of such a Bundle, made once, with
 * the three values that differ from answer to answer — the Bundle's id, its time and its self link
 * — put in their places. HAPI's parser walks every element of every resource it writes through its
 * model, about a tenth of a check's CPU for these five elements.
 *
 * <p>Only a Bundle equal to the one encoded once but for those three values is written this way,
 * and only when HAPI would write it plainly: as JSON, not pretty-printed, no {@code _}-parameter
 * (summary, elements, format) asked for. Anything else, and every Bundle with an entry, is left to
 * HAPI. The headers are HAPI's (its response adds them: Last-Modified from the Bundle's time as
 * HAPI formats it, the content type it chose, its own), so an empty answer is the same bytes and
 * headers as HAPI's, for a known child with no flags and an unknown child alike.
 */
@Interceptor
final class EmptySearchsets {

  private static final String ID = "lantern-template-id";
  private static final String SELF = "urn:lantern:template:self";
  private static final InstantType UPDATED = new InstantType("1999-09-09T09:09:09.999+09:00");

  private final Bundle template;

  /** The template's text around the three values, in order, and which value goes after each. */
  private final List<String> parts = new ArrayList<>();

  private final List<Value> values = new ArrayList<>();

  private enum Value {
    ID,
    UPDATED,
    SELF
  }

  EmptySearchsets(FhirContext context) {
    this.template = new Bundle();
    template.setId(ID);
    template.getMeta().setLastUpdatedElement(UPDATED.copy());
    template.setType(Bundle.BundleType.SEARCHSET);
    template.setTotal(0);
    template.addLink().setRelation(Bundle.LINK_SELF).setUrl(SELF);
    String text = context.newJsonParser().encodeResourceToString(template);
    Map<Value, String> marks =
        Map.of(Value.ID, ID, Value.UPDATED, UPDATED.getValueAsString(), Value.SELF, SELF);
    int from = 0;
    while (true) {
      Value next = null;
      int at = Integer.MAX_VALUE;
      for (Map.Entry<Value, String> mark : marks.entrySet()) {
        int i = text.indexOf(mark.getValue(), from);
        if (i >= 0 && i < at) {
          at = i;
          next = mark.getKey();
        }
      }
      if (next == null) {
        parts.add(text.substring(from));
        break;
      }
      parts.add(text.substring(from, at));
      values.add(next);
      from = at + marks.get(next).length();
    }
    if (values.size() != Value.values().length) {
      throw new IllegalStateException("the empty searchset's template lost a value: " + text);
    }
  }

  /**
   * Writes an empty searchset as HAPI would, and then tells HAPI it is written ({@code false}); any
   * other answer is left to HAPI ({@code true}).
   */
  @Hook(Pointcut.SERVER_OUTGOING_RESPONSE)
  public boolean outgoing(RequestDetails request, ResponseDetails details) throws IOException {
    Bundle bundle = emptySearchset(request, details);
    if (bundle == null) {
      return true;
    }
    RestfulServerUtils.ResponseEncoding encoding =
        RestfulServerUtils.determineResponseEncodingWithDefault(request);
    if (encoding.getEncoding() != EncodingEnum.JSON
        || RestfulServerUtils.prettyPrintResponse(request.getServer(), request)) {
      return true;
    }
    IRestfulResponse response = request.getResponse();
    Date updated = bundle.getMeta().getLastUpdated();
    if (updated != null) {
      response.addHeader("Last-Modified", DateUtils.formatDate(updated));
    }
    Writer writer =
        response.getResponseWriter(
            details.getResponseCode(),
            encoding.getResourceContentType(),
            "UTF-8",
            request.isRespondGzip());
    write(bundle, writer);
    response.commitResponse(writer);
    return false;
  }

  /** The answer's Bundle when it is an empty searchset like the template, else null. */
  private @Nullable Bundle emptySearchset(RequestDetails request, ResponseDetails details) {
    IBaseResource answer = details.getResponseResource();
    if (!(answer instanceof Bundle bundle)
        || details.getResponseCode() != 200
        || request.getRestOperationType() != RestOperationTypeEnum.SEARCH_TYPE
        || !bundle.getEntry().isEmpty()
        || bundle.getLink().size() != 1
        || !bundle.getLinkFirstRep().hasUrl()
        || !bundle.getIdElement().hasIdPart()
        || !bundle.getIdElement().getIdPart().equals(bundle.getIdElement().getValue())
        || !bundle.getMeta().hasLastUpdated()
        || request.getParameters().keySet().stream().anyMatch(p -> p.startsWith("_"))) {
      return null;
    }
    Bundle probe = bundle.copy();
    probe.setId(ID);
    probe.getMeta().setLastUpdatedElement(UPDATED.copy());
    probe.getLinkFirstRep().setUrl(SELF);
    return probe.equalsDeep(template) ? bundle : null;
  }

  /** The template with this Bundle's id, time and self link in their places. */
  void write(Bundle bundle, Writer writer) throws IOException {
    JsonStringEncoder json = JsonStringEncoder.getInstance();
    for (int i = 0; i < values.size(); i++) {
      writer.write(parts.get(i));
      String value =
          switch (values.get(i)) {
            case ID -> bundle.getIdElement().getIdPart();
            case UPDATED -> bundle.getMeta().getLastUpdatedElement().getValueAsString();
            case SELF -> bundle.getLinkFirstRep().getUrl();
          };
      writer.write(json.quoteAsString(value));
    }
    writer.write(parts.getLast());
  }
}
