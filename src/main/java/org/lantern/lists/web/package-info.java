/** The coordinator's pages for uploading lists and confirming or rejecting their matches. */
@NullMarked
package org.lantern.lists.web;

import org.jspecify.annotations.NullMarked;
