package org.lantern.notify;

import java.util.Locale;
import org.lantern.people.PlacementNoticeDue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * E-mails another authority's contact that a placement involving them started or ended, when SMTP
 * is configured and an address was given (the notice is on the child's chronology either way). As
 * with every e-mail from Lantern, it names nobody: it gives the notice's reference and asks them to
 * make contact. Sent after the change commits; a failure is retried from the event registry.
 */
@Component
class PlacementMailer {

  private static final Logger log = LoggerFactory.getLogger(PlacementMailer.class);

  private final ObjectProvider<JavaMailSender> mail;
  private final MessageSource messages;
  private final String from;

  PlacementMailer(
      ObjectProvider<JavaMailSender> mail,
      MessageSource messages,
      @Value("${lantern.mail.from:lantern@localhost}") String from) {
    this.mail = mail;
    this.messages = messages;
    this.from = from;
  }

  @ApplicationModuleListener
  void on(PlacementNoticeDue notice) {
    JavaMailSender sender = mail.getIfAvailable();
    if (sender == null || notice.email() == null) {
      return;
    }
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(notice.email());
    message.setSubject(text("placement.mail.subject"));
    message.setText(
        text(
            "placement.mail.body",
            text(
                notice.event() == PlacementNoticeDue.Event.STARTED
                    ? "placement.mail.event.STARTED"
                    : "placement.mail.event.ENDED"),
            notice.noticeId().toString().substring(0, 8).toUpperCase(Locale.UK)));
    sender.send(message);
    log.info("Placement notice {} e-mailed", notice.noticeId());
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, Locale.UK);
  }
}
