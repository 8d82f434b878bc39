package org.lantern.flags;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The benchmark's load driver: closed-loop clients in this JVM (HTTP/1.1, one virtual thread each),
 * each sending its next request as soon as the last is answered, for a given time. The same driver
 * sends every kind of request the benchmark times (the check, and the requests that measure what
 * the stack costs without it), so that their figures compare.
 */
final class LoadDriver {

  /** What one window sends: the next request, the status it should answer. */
  record Requests(String name, Function<ThreadLocalRandom, HttpRequest> next, int status) {}

  /** A window's result: every latency (ns, sorted), answers with a Flag, answers not expected. */
  record Result(long[] latencies, long flagged, long errors) {

    double ms(double q) {
      if (latencies.length == 0) {
        return 0;
      }
      int rank = (int) Math.ceil(q * latencies.length) - 1;
      return latencies[Math.max(0, Math.min(latencies.length - 1, rank))] / 1e6;
    }

    double maxMs() {
      return latencies.length == 0 ? 0 : latencies[latencies.length - 1] / 1e6;
    }
  }

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  /** Runs {@code clients} clients sending {@code requests} for {@code length}. */
  Result run(Requests requests, int clients, Duration length) throws InterruptedException {
    AtomicLong flagged = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    long[][] latencies = new long[clients][];
    long end = System.nanoTime() + length.toNanos();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      int me = i;
      threads.add(
          Thread.ofVirtual()
              .start(
                  () -> {
                    long[] mine = new long[1 << 16];
                    int k = 0;
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    while (System.nanoTime() < end) {
                      HttpRequest request = requests.next().apply(random);
                      long t = System.nanoTime();
                      try {
                        HttpResponse<String> answer =
                            http.send(request, HttpResponse.BodyHandlers.ofString());
                        long took = System.nanoTime() - t;
                        if (answer.statusCode() != requests.status()) {
                          errors.incrementAndGet();
                        } else if (answer.body().contains("\"Flag\"")) {
                          flagged.incrementAndGet();
                        }
                        if (k == mine.length) {
                          mine = Arrays.copyOf(mine, mine.length * 2);
                        }
                        mine[k++] = took;
                      } catch (IOException e) {
                        errors.incrementAndGet();
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                      }
                    }
                    latencies[me] = Arrays.copyOf(mine, k);
                  }));
    }
    for (Thread t : threads) {
      t.join();
    }
    long[] all =
        Arrays.stream(latencies)
            .filter(Objects::nonNull)
            .flatMapToLong(Arrays::stream)
            .sorted()
            .toArray();
    return new Result(all, flagged.get(), errors.get());
  }
}
