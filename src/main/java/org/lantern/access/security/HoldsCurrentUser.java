package org.lantern.access.security;

import java.io.Serializable;
import org.lantern.access.CurrentUser;

/** Any authenticated principal in Lantern: local account, OIDC account or partner system. */
public interface HoldsCurrentUser extends Serializable {

  CurrentUser currentUser();
}
