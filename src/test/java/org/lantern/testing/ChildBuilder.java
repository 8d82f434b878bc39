package org.lantern.testing;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.lantern.people.ChildSummary;
import org.lantern.people.NewChild;
import org.lantern.people.NhsNumber;
import org.lantern.people.Postcode;
import org.lantern.people.Sex;
import org.lantern.people.UniquePupilNumber;

/**
 * A child for a test, named by what the test cares about and nothing else: {@code aChild("Ava",
 * "Moss").born(2011, 3, 27).build()} for a description, or {@code fixtures.aChild(p).named("Ava",
 * "Moss").persisted()} for a child the partnership knows.
 */
public final class ChildBuilder {

  private String given;
  private String family;
  private @Nullable String middleNames;
  private @Nullable String knownAs;
  private Sex sex = Sex.NOT_KNOWN;
  private @Nullable LocalDate born;
  private @Nullable NhsNumber nhs;
  private @Nullable UniquePupilNumber upn;
  private @Nullable Postcode postcode;
  private @Nullable UUID districtId;
  private final @Nullable Function<NewChild, ChildSummary> saver;

  ChildBuilder(String given, String family, @Nullable Function<NewChild, ChildSummary> saver) {
    this.given = given;
    this.family = family;
    this.saver = saver;
  }

  /** A description of a child, not saved anywhere. */
  public static ChildBuilder aChild(String given, String family) {
    return new ChildBuilder(given, family, null);
  }

  public ChildBuilder named(String given, String family) {
    this.given = given;
    this.family = family;
    return this;
  }

  public ChildBuilder middleNames(@Nullable String middleNames) {
    this.middleNames = middleNames;
    return this;
  }

  public ChildBuilder knownAs(@Nullable String knownAs) {
    this.knownAs = knownAs;
    return this;
  }

  public ChildBuilder sex(Sex sex) {
    this.sex = sex;
    return this;
  }

  public ChildBuilder born(@Nullable LocalDate born) {
    this.born = born;
    return this;
  }

  public ChildBuilder born(int year, int month, int day) {
    return born(LocalDate.of(year, month, day));
  }

  public ChildBuilder nhs(@Nullable NhsNumber nhs) {
    this.nhs = nhs;
    return this;
  }

  public ChildBuilder upn(@Nullable UniquePupilNumber upn) {
    this.upn = upn;
    return this;
  }

  public ChildBuilder postcode(@Nullable Postcode postcode) {
    this.postcode = postcode;
    return this;
  }

  public ChildBuilder postcode(String postcode) {
    return postcode(Postcode.parse(postcode));
  }

  public ChildBuilder district(@Nullable UUID districtId) {
    this.districtId = districtId;
    return this;
  }

  public NewChild build() {
    return new NewChild(
        given, middleNames, family, knownAs, sex, born, nhs, upn, postcode, districtId);
  }

  /** Registered by the partnership's front door; only for a builder from {@code Fixtures}. */
  public ChildSummary persisted() {
    if (saver == null) {
      throw new IllegalStateException("aChild(given, family) builds a description only");
    }
    return saver.apply(build());
  }
}
