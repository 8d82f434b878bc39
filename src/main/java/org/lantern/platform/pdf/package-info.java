/**
 * Documents as PDF: a Thymeleaf template rendered to HTML, then to a tagged (PDF/UA) PDF with
 * embedded fonts, the protective marking on every page, and no fetching of anything outside the
 * document.
 */
@NullMarked
@NamedInterface("pdf")
package org.lantern.platform.pdf;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
