package org.lantern.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** An SMTP server stand-in: keeps what Lantern sends so tests can read it. */
public class RecordingMailSender extends JavaMailSenderImpl {

  private final List<SimpleMailMessage> sent = new CopyOnWriteArrayList<>();

  @Override
  public void send(SimpleMailMessage... messages) {
    sent.addAll(List.of(messages));
  }

  public List<SimpleMailMessage> sentTo(String address) {
    return sent.stream()
        .filter(m -> m.getTo() != null && List.of(m.getTo()).contains(address))
        .toList();
  }
}
