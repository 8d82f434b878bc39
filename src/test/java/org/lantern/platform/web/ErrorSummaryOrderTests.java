package org.lantern.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErrorSummaryOrderTests {

  private static String page(String items) {
    return """
        <!DOCTYPE html><html><body>
        <div class="govuk-error-summary"><ul class="govuk-list govuk-error-summary__list">
        %s
        </ul></div>
        <form><input id="name"><p>Café – “quotes”</p><input id="agencyId"><input id="details"></form>
        </body></html>
        """
        .formatted(items);
  }

  @Test
  void summaryItemsFollowTheirFieldsOnThePage() {
    String html =
        page(
            """
            <li><a href="#details">Enter the details</a></li>
                <li><a href="#name">Enter a name</a></li>
                <li><a href="#agencyId">Choose the agency</a></li>""");

    String ordered = ErrorSummaryOrder.inPageOrder(html);

    assertThat(ordered)
        .containsSubsequence("Enter a name", "Choose the agency", "Enter the details", "<form>");
    assertThat(ordered.length()).isEqualTo(html.length());
    assertThat(ordered).contains("Café – “quotes”").endsWith("</body></html>\n");
  }

  @Test
  void aMessageForNoFieldStaysFirstAndALinkToNothingGoesLast() {
    String html =
        page(
            """
            <li><a href="#gone">Linked to nothing</a></li><li><a href="#agencyId">Choose the agency</a></li><li>Someone changed this record</li><li><a href="#name">Enter a name</a></li>""");

    assertThat(ErrorSummaryOrder.inPageOrder(html))
        .containsSubsequence(
            "Someone changed this record",
            "Enter a name",
            "Choose the agency",
            "Linked to nothing");
  }

  @Test
  void aPageAlreadyInOrderOrWithoutASummaryIsReturnedAsItWas() {
    String inOrder =
        page("<li><a href=\"#name\">Enter a name</a></li><li><a href=\"#details\">D</a></li>");
    assertThat(ErrorSummaryOrder.inPageOrder(inOrder)).isSameAs(inOrder);
    String none = "<html><body><form><input id=\"name\"></form></body></html>";
    assertThat(ErrorSummaryOrder.inPageOrder(none)).isSameAs(none);
  }
}
