package org.lantern.admin.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.ApiScope;
import org.lantern.admin.PartnerSystemAdministration.NewSystem;
import org.lantern.platform.DateInput;
import org.lantern.platform.LanternTime;
import org.lantern.platform.Texts;
import org.springframework.validation.Errors;

/** A partner system to register: its agency, client id, name, source system, scopes, expiry. */
public class PartnerSystemForm {

  private String agencyId = "";
  private String clientId = "";
  private String name = "";
  private String sourceSystem = "";
  private List<String> scopes = new ArrayList<>();
  private DateInput expiresOn = new DateInput();

  /** The system when every field is good, otherwise null with the errors by the field. */
  @Nullable NewSystem validate(Errors errors, LocalDate today) {
    UUID agency = Texts.uuid(agencyId);
    if (agency == null) {
      errors.rejectValue("agencyId", "admin.partnerSystems.agency.unknown");
    }
    if (!clientId.strip().matches("[A-Za-z0-9_-]{1,64}")) {
      errors.rejectValue("clientId", "admin.partnerSystems.clientId.invalid");
    }
    if (name.isBlank() || name.strip().length() > 200) {
      errors.rejectValue("name", "admin.partnerSystems.name.missing");
    }
    if (!sourceSystem.strip().matches("[A-Za-z0-9_.-]{1,100}")) {
      errors.rejectValue("sourceSystem", "admin.partnerSystems.sourceSystem.invalid");
    }
    Set<ApiScope> chosen = EnumSet.noneOf(ApiScope.class);
    for (String s : scopes) {
      try {
        chosen.add(ApiScope.named(s));
      } catch (IllegalArgumentException unknown) {
        errors.rejectValue("scopes", "admin.partnerSystems.scopes.unknown");
      }
    }
    if (chosen.isEmpty() && !errors.hasFieldErrors("scopes")) {
      errors.rejectValue("scopes", "admin.partnerSystems.scopes.missing");
    }
    Instant expires = null;
    switch (expiresOn.parse()) {
      case DateInput.Empty empty -> {}
      case DateInput.Invalid invalid ->
          errors.rejectValue("expiresOn", "admin.partnerSystems.expiresOn.invalid");
      case DateInput.Valid(LocalDate date) -> {
        if (!date.isAfter(today) || date.isAfter(today.plusYears(5))) {
          errors.rejectValue("expiresOn", "admin.partnerSystems.expiresOn.range");
        } else {
          expires = date.atStartOfDay(LanternTime.ZONE).toInstant();
        }
      }
    }
    if (errors.hasErrors() || agency == null) {
      return null;
    }
    return new NewSystem(
        agency, clientId.strip(), name.strip(), sourceSystem.strip(), chosen, expires);
  }

  public String getAgencyId() {
    return agencyId;
  }

  public void setAgencyId(@Nullable String agencyId) {
    this.agencyId = agencyId == null ? "" : agencyId;
  }

  public String getClientId() {
    return clientId;
  }

  public void setClientId(@Nullable String clientId) {
    this.clientId = clientId == null ? "" : clientId;
  }

  public String getName() {
    return name;
  }

  public void setName(@Nullable String name) {
    this.name = name == null ? "" : name;
  }

  public String getSourceSystem() {
    return sourceSystem;
  }

  public void setSourceSystem(@Nullable String sourceSystem) {
    this.sourceSystem = sourceSystem == null ? "" : sourceSystem;
  }

  public List<String> getScopes() {
    return scopes;
  }

  public void setScopes(@Nullable List<String> scopes) {
    this.scopes = scopes == null ? new ArrayList<>() : scopes;
  }

  public DateInput getExpiresOn() {
    return expiresOn;
  }

  public void setExpiresOn(DateInput expiresOn) {
    this.expiresOn = expiresOn;
  }
}
