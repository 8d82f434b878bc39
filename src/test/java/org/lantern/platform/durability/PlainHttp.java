package org.lantern.platform.durability;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One HTTP/1.1 request on a socket of its own, read in the calling thread: the caller has the
 * answer the moment its last byte arrives, with no other thread in between (as {@code HttpClient}
 * has), so it can act on a 201 within microseconds.
 */
final class PlainHttp {

  record Answer(int status, String body) {}

  private PlainHttp() {}

  static Answer post(int port, String path, String authorization, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    String head =
        "POST "
            + path
            + " HTTP/1.1\r\nHost: localhost:"
            + port
            + "\r\nAuthorization: "
            + authorization
            + "\r\nContent-Type: application/json\r\nAccept: application/json"
            + "\r\nConnection: close\r\nContent-Length: "
            + body.length
            + "\r\n\r\n";
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(120_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      return read(new BufferedInputStream(socket.getInputStream()));
    }
  }

  private static Answer read(InputStream in) throws IOException {
    String statusLine = line(in);
    String[] parts = statusLine.split(" ", 3);
    if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
      throw new IOException("Not an HTTP answer: " + statusLine);
    }
    int status = Integer.parseInt(parts[1]);
    int length = -1;
    boolean chunked = false;
    for (String header = line(in); !header.isEmpty(); header = line(in)) {
      String h = header.toLowerCase(Locale.ROOT);
      if (h.startsWith("content-length:")) {
        length = Integer.parseInt(h.substring("content-length:".length()).strip());
      } else if (h.startsWith("transfer-encoding:") && h.contains("chunked")) {
        chunked = true;
      }
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    if (chunked) {
      for (int size = Integer.parseInt(line(in).strip(), 16); size > 0; ) {
        body.write(in.readNBytes(size));
        line(in);
        size = Integer.parseInt(line(in).strip(), 16);
      }
    } else if (length >= 0) {
      body.write(in.readNBytes(length));
    } else {
      in.transferTo(body);
    }
    return new Answer(status, body.toString(StandardCharsets.UTF_8));
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new IOException("The connection closed mid-answer");
      }
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.US_ASCII);
  }
}
