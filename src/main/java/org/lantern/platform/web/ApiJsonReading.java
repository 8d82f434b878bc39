package org.lantern.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ResolvableType;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads partner API request bodies strictly, so that what a partner system meant is never guessed:
 *
 * <ul>
 *   <li>a boolean is a JSON {@code true} or {@code false}: not {@code "true"}, {@code 1} or {@code
 *       ""};
 *   <li>text is a JSON string: not a number or a boolean;
 *   <li>a number is a JSON number: not a string;
 *   <li>an empty string is not taken for a missing object, list or value;
 *   <li>a property the API does not have is refused by name, so that a misspelt field is never
 *       dropped silently.
 * </ul>
 *
 * Each of these answers 400 naming the field. Only the API's requests are read this way (the
 * request path starts with /api/); everything else, and every response, uses the application's own
 * mapper.
 */
class ApiJsonReading extends JacksonJsonHttpMessageConverter {

  ApiJsonReading(JsonMapper application) {
    super(strict(application));
  }

  static JsonMapper strict(JsonMapper application) {
    return application
        .rebuild()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .disable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .withCoercionConfigDefaults(
            c ->
                c.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                    .setAcceptBlankAsEmpty(false))
        .withCoercionConfig(
            LogicalType.Boolean,
            c ->
                c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
        .withCoercionConfig(
            LogicalType.Textual,
            c ->
                c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .build();
  }

  @Override
  public boolean canRead(ResolvableType type, @Nullable MediaType mediaType) {
    return isApiRequest() && super.canRead(type, mediaType);
  }

  @Override
  public boolean canWrite(ResolvableType type, Class<?> valueClass, @Nullable MediaType mediaType) {
    return false;
  }

  private static boolean isApiRequest() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a) {
      HttpServletRequest request = a.getRequest();
      return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
    return false;
  }
}
