package org.lantern.access.security;

import org.jspecify.annotations.Nullable;
import org.lantern.access.CurrentUser;
import org.lantern.access.PartnerSystem;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Lets controllers take a {@link CurrentUser} or {@link PartnerSystem} parameter. */
class CurrentUserArgumentResolver implements HandlerMethodArgumentResolver {

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    Class<?> type = parameter.getParameterType();
    return type == CurrentUser.class || type == PartnerSystem.class;
  }

  @Override
  public Object resolveArgument(
      MethodParameter parameter,
      @Nullable ModelAndViewContainer mavContainer,
      NativeWebRequest webRequest,
      @Nullable WebDataBinderFactory binderFactory) {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    if (parameter.getParameterType() == PartnerSystem.class) {
      if (authentication != null && authentication.getPrincipal() instanceof PartnerSystem p) {
        return p;
      }
      throw new AuthenticationCredentialsNotFoundException("Not a partner system");
    }
    return CurrentUsers.from(authentication)
        .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not signed in"));
  }
}
