/**
 * The person index as people and partner systems use it: the review queue, a pair side by side with
 * its explanation, the CSV upload of person records, and the REST API partner systems send person
 * records to. Its engine is {@code people.linkage}; a child's search is {@code people.search}.
 */
@NullMarked
package org.lantern.people.personindex;

import org.jspecify.annotations.NullMarked;
