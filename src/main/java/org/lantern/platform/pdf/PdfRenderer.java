package org.lantern.platform.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.w3c.dom.Document;

/**
 * Renders a Thymeleaf template (under {@code templates/}) to a PDF.
 *
 * <p>Templates are ordinary HTML: messages ({@code #{...}}) and beans ({@code @fmt}) work, links
 * ({@code @{...}}) do not (there is no request). Use the {@code pdf/document} layout: it carries
 * the OFFICIAL-SENSITIVE marking and page numbers on every page. The PDF is tagged for screen
 * readers (PDF/UA) with Liberation fonts embedded, so the template must have a {@code <title>} and
 * {@code lang}. A {@code <bookmarks>} element in the head becomes the PDF's outline. Nothing
 * outside the document is fetched: an image or stylesheet by URL is left out.
 */
@Service
public class PdfRenderer {

  static final String FONT_FAMILY = "Liberation Sans";

  /** The font files, read once. */
  private static final Map<String, byte[]> FONTS = new ConcurrentHashMap<>();

  private final ITemplateEngine templates;
  private final ApplicationContext applicationContext;

  PdfRenderer(ITemplateEngine templates, ApplicationContext applicationContext) {
    this.templates = templates;
    this.applicationContext = applicationContext;
  }

  /** The PDF of {@code template} with these variables, in this locale. */
  public byte[] render(String template, Map<String, ?> variables, Locale locale) {
    return toPdf(html(template, variables, locale));
  }

  /** The HTML the PDF is made from (for tests and for a web page showing the same thing). */
  public String html(String template, Map<String, ?> variables, Locale locale) {
    Map<String, Object> all = new HashMap<>(variables);
    all.put(
        ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
        new ThymeleafEvaluationContext(applicationContext, null));
    return templates.process(template, new Context(locale, all));
  }

  byte[] toPdf(String html) {
    org.jsoup.nodes.Document parsed = Jsoup.parse(html);
    // The HTML parser moves <bookmarks> (the PDF's outline) out of <head>; the renderer reads
    // them only there.
    parsed.body().select("bookmarks").forEach(b -> parsed.head().appendChild(b));
    Document document = new W3CDom().fromJsoup(parsed);
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    List<TrueTypeFont> opened = new ArrayList<>();
    // the renderer closes the document once it has written it
    PDDocument pdf = new PDDocument();
    PdfRendererBuilder builder =
        new PdfRendererBuilder()
            .usePDDocument(pdf)
            .withW3cDocument(document, "about:blank")
            .usePdfUaAccessibility(true)
            .useUriResolver((base, uri) -> null)
            .withProducer("Lantern")
            .toStream(out);
    font(builder, pdf, opened, "LiberationSans-Regular.ttf", 400, FontStyle.NORMAL);
    font(builder, pdf, opened, "LiberationSans-Bold.ttf", 700, FontStyle.NORMAL);
    font(builder, pdf, opened, "LiberationSans-Italic.ttf", 400, FontStyle.ITALIC);
    font(builder, pdf, opened, "LiberationSans-BoldItalic.ttf", 700, FontStyle.ITALIC);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      for (TrueTypeFont font : opened) {
        try {
          font.close();
        } catch (IOException e) {
          // only memory to let go of
        }
      }
    }
    return out.toByteArray();
  }

  /**
   * A font for this document, loaded only if the document uses it, with the font's glyph
   * substitutions (GSUB) off. PDFBox otherwise runs every string it writes in a Latin font through
   * the font's substitution rules (for the Liberation fonts, ligatures such as "fi"), compiling
   * regular expressions each time: that was over a third of the time a report's PDF took to make.
   * The letters are drawn as they are; a ligature would also be lost from the PDF's text when the
   * font's character map gives it no character.
   */
  private static void font(
      PdfRendererBuilder builder,
      PDDocument pdf,
      List<TrueTypeFont> opened,
      String file,
      int weight,
      FontStyle style) {
    byte[] bytes = FONTS.computeIfAbsent(file, PdfRenderer::readFont);
    builder.useFont(
        new PDFontSupplier(null) {
          private @Nullable PDFont font;

          @Override
          public PDFont supply() {
            if (font == null) {
              try {
                TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
                opened.add(ttf);
                ttf.setEnableGsub(false);
                font = PDType0Font.load(pdf, ttf, true);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            }
            return font;
          }
        },
        FONT_FAMILY,
        weight,
        style,
        true);
  }

  private static byte[] readFont(String file) {
    try (InputStream in = PdfRenderer.class.getResourceAsStream("/liberation/" + file)) {
      if (in == null) {
        throw new IllegalStateException("Font missing from the class path: " + file);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
