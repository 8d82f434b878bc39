package org.lantern.referral;

import org.lantern.people.ChildSummary;

/** A concern with the child it is about, for lists. */
public record ConcernRow(ConcernView concern, ChildSummary child) {}
