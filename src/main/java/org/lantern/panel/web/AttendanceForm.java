package org.lantern.panel.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Which member agencies attended (their ids) and who came from each (by agency id). */
public class AttendanceForm {

  private List<String> attended = new ArrayList<>();
  private Map<String, String> names = new HashMap<>();

  public List<String> getAttended() {
    return attended;
  }

  public void setAttended(List<String> attended) {
    this.attended = attended;
  }

  public Map<String, String> getNames() {
    return names;
  }

  public void setNames(Map<String, String> names) {
    this.names = names;
  }
}
