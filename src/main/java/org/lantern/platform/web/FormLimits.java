package org.lantern.platform.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The most a page's form can send, for the page that says a form was too large: Tomcat's limit on a
 * form's fields and Spring's on an uploaded file.
 */
@Component("formLimits")
public class FormLimits {

  private final DataSize form;
  private final DataSize file;

  FormLimits(
      @Value("${server.tomcat.max-http-form-post-size:2MB}") DataSize form,
      @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize file) {
    this.form = form;
    this.file = file;
  }

  public long formMegabytes() {
    return Math.max(1, form.toMegabytes());
  }

  public long fileMegabytes() {
    return Math.max(1, file.toMegabytes());
  }
}
