package org.lantern.risk.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.lantern.people.PlacementType;
import org.lantern.people.Sex;
import org.lantern.platform.QueryParams;
import org.lantern.platform.Texts;
import org.lantern.risk.AgeBand;
import org.lantern.risk.RiskLevel;
import org.lantern.risk.TrackerFilter;
import org.lantern.risk.TrackerSort;

/** The tracker's filters and sort, as query parameters; anything unrecognised is ignored. */
public class TrackerForm {

  private @Nullable String district;
  private @Nullable String team;
  private @Nullable String level;
  private @Nullable String sex;
  private @Nullable String age;
  private @Nullable String placement;
  private boolean overdue;
  private @Nullable String sort;
  private @Nullable String dir;
  private @Nullable String search;
  private @Nullable String page;

  TrackerFilter filter() {
    TrackerSort s = parse(sort, TrackerSort::valueOf);
    return TrackerFilter.sortedBy(
            s == null ? TrackerSort.LEVEL : s, s == null ? !"asc".equals(dir) : "desc".equals(dir))
        .inDistrict(Texts.uuid(district))
        .inTeam(Texts.uuid(team))
        .atLevel(parse(level, RiskLevel::valueOf))
        .ofSex(parse(sex, Sex::valueOf))
        .agedIn(parse(age, AgeBand::valueOf))
        .placedIn(parse(placement, PlacementType::valueOf))
        .overdue(overdue)
        .named(search());
  }

  /** The query parameters that keep the filters, for sort links and the CSV link. */
  Map<String, String> filters() {
    Map<String, String> params = new LinkedHashMap<>();
    put(params, "district", district);
    put(params, "team", team);
    put(params, "level", level);
    put(params, "sex", sex);
    put(params, "age", age);
    put(params, "placement", placement);
    put(params, "search", search());
    if (overdue) {
      params.put("overdue", "true");
    }
    return params;
  }

  /** Part of a child's name to look for, cleaned and at most 100 characters; null for all. */
  @Nullable String search() {
    String text = Texts.clean(search);
    return text == null || text.isBlank() ? null : text.substring(0, Math.min(100, text.length()));
  }

  int page() {
    return QueryParams.page(page);
  }

  public @Nullable String getSearch() {
    return search;
  }

  public void setSearch(@Nullable String search) {
    this.search = search;
  }

  public @Nullable String getPage() {
    return page;
  }

  public void setPage(@Nullable String page) {
    this.page = page;
  }

  private static void put(Map<String, String> params, String key, @Nullable String value) {
    if (value != null && !value.isBlank()) {
      params.put(key, value);
    }
  }

  private static <T> @Nullable T parse(@Nullable String value, Function<String, T> of) {
    try {
      return value == null || value.isBlank() ? null : of.apply(value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  public @Nullable String getDistrict() {
    return district;
  }

  public void setDistrict(@Nullable String district) {
    this.district = district;
  }

  public @Nullable String getTeam() {
    return team;
  }

  public void setTeam(@Nullable String team) {
    this.team = team;
  }

  public @Nullable String getLevel() {
    return level;
  }

  public void setLevel(@Nullable String level) {
    this.level = level;
  }

  public @Nullable String getSex() {
    return sex;
  }

  public void setSex(@Nullable String sex) {
    this.sex = sex;
  }

  public @Nullable String getAge() {
    return age;
  }

  public void setAge(@Nullable String age) {
    this.age = age;
  }

  public @Nullable String getPlacement() {
    return placement;
  }

  public void setPlacement(@Nullable String placement) {
    this.placement = placement;
  }

  public boolean isOverdue() {
    return overdue;
  }

  public void setOverdue(boolean overdue) {
    this.overdue = overdue;
  }

  public @Nullable String getSort() {
    return sort;
  }

  public void setSort(@Nullable String sort) {
    this.sort = sort;
  }

  public @Nullable String getDir() {
    return dir;
  }

  public void setDir(@Nullable String dir) {
    this.dir = dir;
  }
}
