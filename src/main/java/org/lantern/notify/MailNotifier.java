package org.lantern.notify;

import java.util.Locale;
import org.lantern.access.Directory;
import org.lantern.access.UserView;
import org.lantern.notify.data.Notifications;
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
 * E-mails a notice when SMTP is configured ({@code spring.mail.host}). The e-mail says only that
 * there is something to see in Lantern, never about whom: e-mail is not a safe place for a child's
 * details. Sent after the change commits; a failure is retried from the event registry.
 */
@Component
class MailNotifier {

  private static final Logger log = LoggerFactory.getLogger(MailNotifier.class);

  private final ObjectProvider<JavaMailSender> mail;
  private final Notifications rows;
  private final Directory directory;
  private final MessageSource messages;
  private final String baseUrl;
  private final String from;

  MailNotifier(
      ObjectProvider<JavaMailSender> mail,
      Notifications rows,
      Directory directory,
      MessageSource messages,
      @Value("${lantern.base-url:http://localhost:8080}") String baseUrl,
      @Value("${lantern.mail.from:lantern@localhost}") String from) {
    this.mail = mail;
    this.rows = rows;
    this.directory = directory;
    this.messages = messages;
    this.baseUrl = baseUrl;
    this.from = from;
  }

  @ApplicationModuleListener
  void on(NotificationRaised event) {
    JavaMailSender sender = mail.getIfAvailable();
    if (sender == null) {
      return;
    }
    rows.findById(event.notificationId())
        .ifPresent(
            n ->
                directory
                    .user(n.recipientUserId())
                    .map(UserView::email)
                    .ifPresent(
                        address -> {
                          SimpleMailMessage message = new SimpleMailMessage();
                          message.setFrom(from);
                          message.setTo(address);
                          message.setSubject(text(n.kind().messageKey() + ".mail.subject"));
                          message.setText(text("notification.mail.body", baseUrl + "/inbox"));
                          sender.send(message);
                          log.info("Notification {} e-mailed", n.id());
                        }));
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, Locale.UK);
  }
}
