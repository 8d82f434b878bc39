package org.lantern.platform.web;

import java.beans.PropertyEditorSupport;
import org.lantern.platform.DateInput;
import org.lantern.platform.Texts;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every string that comes in — a form field or request parameter, a string in an API's JSON body —
 * is made plain text on arrival ({@link Texts#plain}): direction controls and other invisible
 * format characters, which would turn a table cell round or hide text, never reach a record. (The
 * CSV uploads do the same through {@link org.lantern.platform.CsvTable}.) Nothing else is changed:
 * each form and API still trims and checks what it is given.
 */
@ControllerAdvice
class PlainTextInput {

  @InitBinder
  void plainText(WebDataBinder binder) {
    binder.registerCustomEditor(String.class, new PlainTextEditor());
    binder.registerCustomEditor(DateInput.class, new IsoDateEditor());
  }

  /**
   * A date field given whole in the address ({@code ?from=2026-06-01}, from a bookmark or a link
   * someone shared) instead of as day, month and year: read as an ISO date, and anything else as an
   * empty date, so the form says "enter the date" by the field rather than a conversion error.
   */
  static final class IsoDateEditor extends PropertyEditorSupport {

    @Override
    public void setAsText(String text) {
      setValue(
          DateInput.parseIso(text) instanceof DateInput.Valid(var date)
              ? new DateInput(date)
              : new DateInput());
    }
  }

  /** Strings in JSON request bodies (lists and maps of them too). */
  @Bean
  JacksonModule plainTextStrings() {
    return new SimpleModule("plain-text").addDeserializer(String.class, new PlainStrings());
  }

  /** Form fields and request parameters. */
  static final class PlainTextEditor extends PropertyEditorSupport {

    @Override
    public void setAsText(String text) {
      setValue(Texts.plain(text));
    }

    @Override
    public String getAsText() {
      Object value = getValue();
      return value == null ? "" : value.toString();
    }
  }

  static final class PlainStrings extends StringDeserializer {

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
      return Texts.plain(super.deserialize(p, ctxt));
    }
  }
}
