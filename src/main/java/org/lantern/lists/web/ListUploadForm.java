package org.lantern.lists.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.lantern.lists.ListKind;
import org.lantern.platform.DateInput;
import org.lantern.platform.DateRules;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/** Which list, and its date; the file travels beside it. */
public class ListUploadForm {

  private @Nullable String kind;
  private DateInput listDate = new DateInput();
  private @Nullable MultipartFile file;

  /** The kind and date when both are good; errors against the fields otherwise. */
  record Checked(ListKind kind, LocalDate listDate) {}

  @Nullable Checked validate(Errors errors, DateRules dates) {
    ListKind k = null;
    if (kind == null || kind.isBlank()) {
      errors.rejectValue("kind", "lists.kind.missing");
    } else {
      try {
        k = ListKind.valueOf(kind);
      } catch (IllegalArgumentException e) {
        errors.rejectValue("kind", "lists.kind.missing");
      }
    }
    LocalDate date =
        dates.check(
            listDate.parse(), DateRules.Kind.EVENT, true, errors, "listDate", "lists.listDate");
    if (file == null || file.isEmpty()) {
      errors.rejectValue("file", "lists.upload.choose");
    }
    return k == null || date == null || errors.hasErrors() ? null : new Checked(k, date);
  }

  public @Nullable String getKind() {
    return kind;
  }

  public void setKind(@Nullable String kind) {
    this.kind = kind;
  }

  public @Nullable MultipartFile getFile() {
    return file;
  }

  public void setFile(@Nullable MultipartFile file) {
    this.file = file;
  }

  public DateInput getListDate() {
    return listDate;
  }

  public void setListDate(DateInput listDate) {
    this.listDate = listDate;
  }
}
