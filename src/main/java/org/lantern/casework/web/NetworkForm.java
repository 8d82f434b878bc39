package org.lantern.casework.web;

import org.jspecify.annotations.Nullable;
import org.lantern.casework.NetworkRole;
import org.lantern.casework.ProfessionalNetwork;
import org.lantern.platform.Texts;

/** A new member of the child's network: someone with an account, or an agency contact. */
public class NetworkForm {

  private @Nullable String role;
  private @Nullable String person;
  private @Nullable String name;
  private @Nullable String agency;
  private @Nullable String phone;
  private @Nullable String email;

  ProfessionalNetwork.NewMember member() {
    NetworkRole chosen = null;
    for (NetworkRole r : NetworkRole.values()) {
      if (r.name().equals(role)) {
        chosen = r;
      }
    }
    return new ProfessionalNetwork.NewMember(
        chosen,
        CaseForms.id(person),
        Texts.clean(name),
        Texts.clean(agency),
        Texts.clean(phone),
        Texts.clean(email));
  }

  /** Something was chosen as the person that is not an id: not one of the people offered. */
  boolean personNotAnId() {
    return person != null && !person.isBlank() && CaseForms.id(person) == null;
  }

  public @Nullable String getRole() {
    return role;
  }

  public void setRole(@Nullable String role) {
    this.role = role;
  }

  public @Nullable String getPerson() {
    return person;
  }

  public void setPerson(@Nullable String person) {
    this.person = person;
  }

  public @Nullable String getName() {
    return name;
  }

  public void setName(@Nullable String name) {
    this.name = name;
  }

  public @Nullable String getAgency() {
    return agency;
  }

  public void setAgency(@Nullable String agency) {
    this.agency = agency;
  }

  public @Nullable String getPhone() {
    return phone;
  }

  public void setPhone(@Nullable String phone) {
    this.phone = phone;
  }

  public @Nullable String getEmail() {
    return email;
  }

  public void setEmail(@Nullable String email) {
    this.email = email;
  }
}
