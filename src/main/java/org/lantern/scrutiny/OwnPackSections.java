package org.lantern.scrutiny;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lantern.platform.pdf.PdfRenderer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Scrutiny's own pack sections: the outcomes framework, the KPIs and the work programme (exempt
 * items only in a part B pack). Each renders a template fragment under {@code scrutiny/sections}.
 */
@Configuration
class OwnPackSections {

  @Bean
  PackSection outcomesSection(OutcomeViews outcomes, PdfRenderer renderer) {
    return section(
        "OUTCOMES",
        "scrutiny.section.OUTCOMES",
        10,
        r ->
            renderer.html(
                "scrutiny/sections/framework",
                Map.of("framework", outcomes.forPack(r.partnershipId(), r.meetingOn(), false)),
                Locale.UK));
  }

  @Bean
  PackSection kpiSection(OutcomeViews outcomes, PdfRenderer renderer) {
    return section(
        "KPIS",
        "scrutiny.section.KPIS",
        20,
        r ->
            renderer.html(
                "scrutiny/sections/kpis",
                Map.of("framework", outcomes.forPack(r.partnershipId(), r.meetingOn(), true)),
                Locale.UK));
  }

  @Bean
  PackSection workProgrammeSection(
      WorkProgrammeViews views, JdbcClient jdbc, PdfRenderer renderer) {
    return section(
        "WORK_PROGRAMME",
        "scrutiny.section.WORK_PROGRAMME",
        30,
        r -> {
          boolean exempt = r.audience() == Audience.PART_B;
          List<WorkProgramme.StoredItem> items =
              jdbc
                  .sql(
                      "select * from scrutiny_item where committee_id = ?"
                          + " order by due_on nulls last, created_at")
                  .param(r.committeeId())
                  .query(WorkProgramme::stored)
                  .list()
                  .stream()
                  .filter(i -> exempt || !i.details().exempt())
                  .toList();
          List<Map.Entry<WorkProgrammeViews.Meeting, List<WorkProgramme.StoredItem>>> meetings =
              views.meetings(r.committeeId()).stream()
                  .map(
                      m ->
                          Map.entry(
                              m,
                              items.stream()
                                  .filter(i -> m.id().equals(i.details().meetingId()))
                                  .toList()))
                  .toList();
          return renderer.html(
              "scrutiny/sections/work-programme",
              Map.of(
                  "meetings",
                  meetings,
                  "suggested",
                  items.stream().filter(i -> i.details().meetingId() == null).toList()),
              Locale.UK);
        });
  }

  interface Body {
    String html(PackSection.Request request);
  }

  private static PackSection section(String key, String titleKey, int order, Body body) {
    return new PackSection() {
      @Override
      public String key() {
        return key;
      }

      @Override
      public String titleKey() {
        return titleKey;
      }

      @Override
      public int order() {
        return order;
      }

      @Override
      public String html(Request request) {
        return body.html(request);
      }
    };
  }
}
