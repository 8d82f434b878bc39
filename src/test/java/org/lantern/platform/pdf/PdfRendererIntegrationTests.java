package org.lantern.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.lantern.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A template becomes a PDF someone can read and a screen reader can follow: the text, messages and
 * formats as on the page, the marking and page numbers on every page, tags, embedded fonts, and
 * nothing fetched from outside.
 */
@IntegrationTest
class PdfRendererIntegrationTests {

  @Autowired PdfRenderer renderer;

  @Test
  void rendersTheTemplateWithMarkingPageNumbersTagsAndEmbeddedFonts() throws Exception {
    AtomicInteger fetched = new AtomicInteger();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          fetched.incrementAndGet();
          exchange.sendResponseHeaders(404, -1);
          exchange.close();
        });
    server.start();
    try {
      byte[] pdf =
          renderer.render(
              "pdftest/sample",
              Map.of(
                  "title",
                  "Report card: Eastmoor, March 2026",
                  "day",
                  LocalDate.of(2026, 3, 4),
                  "imageUrl",
                  "http://127.0.0.1:" + server.getAddress().getPort() + "/x.png",
                  "rows",
                  IntStream.rangeClosed(1, 120).boxed().toList()),
              Locale.UK);

      Path out = Path.of("target/pdf-samples/sample.pdf");
      Files.createDirectories(out.getParent());
      Files.write(out, pdf); // to look at: pdftoppm -png target/pdf-samples/sample.pdf
      assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
      try (PDDocument doc = Loader.loadPDF(pdf)) {
        assertThat(doc.getNumberOfPages()).as("120 rows run over pages").isGreaterThan(1);
        String text = new PDFTextStripper().getText(doc);
        assertThat(text)
            .contains("Report card: Eastmoor, March 2026")
            .contains("Lantern")
            .contains("4 March 2026")
            .contains("Row 120")
            .contains("Page 1 of " + doc.getNumberOfPages());
        assertThat(text.split("OFFICIAL-SENSITIVE", -1).length - 1)
            .as("marked at the top and bottom of every page")
            .isGreaterThanOrEqualTo(2 * doc.getNumberOfPages());
        assertThat(doc.getDocumentInformation().getTitle())
            .isEqualTo("Report card: Eastmoor, March 2026");
        assertThat(doc.getDocumentCatalog().getStructureTreeRoot())
            .as("tagged for screen readers")
            .isNotNull();
        assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en");
        for (COSName name : doc.getPage(0).getResources().getFontNames()) {
          PDFont font = doc.getPage(0).getResources().getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
        }
      }
      assertThat(fetched).as("nothing outside the document is fetched").hasValue(0);
    } finally {
      server.stop(0);
    }
  }

  @Test
  void textIsEscapedNotInterpretedAsMarkup() throws Exception {
    byte[] pdf =
        renderer.render(
            "pdftest/sample",
            Map.of(
                "title",
                "<b>Tom & \"Jerry\"</b> </html>",
                "day",
                LocalDate.of(2026, 3, 4),
                "imageUrl",
                "",
                "rows",
                List.of(1)),
            Locale.UK);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(doc)).contains("<b>Tom & \"Jerry\"</b> </html>");
    }
  }
}
