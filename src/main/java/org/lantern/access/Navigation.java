package org.lantern.access;

import java.util.List;

/** Each module offers the pages a person's role can use; the header shows them in order. */
public interface Navigation {

  List<NavItem> itemsFor(CurrentUser user);
}
