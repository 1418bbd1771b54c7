package com.opensylo.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A marketplace's webhook receiver for a test: a JDK HTTP server on 127.0.0.1 that answers each
 * request with the next scripted answer (200 once the script is used up), records what it got, and
 * can hang until released. Close it at the end of the test.
 */
final class Receiver implements AutoCloseable {

  /** One request as received. */
  record Received(Map<String, List<String>> headers, String body, Instant at) {
    String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }
  }

  /**
   * A scripted answer; {@code hang} holds the request until {@link #release()}, {@code delayMillis}
   * answers after that long.
   */
  record Answer(int status, Map<String, String> headers, boolean hang, long delayMillis) {
    static Answer status(int status) {
      return new Answer(status, Map.of(), false, 0);
    }

    static Answer withHeader(int status, String name, String value) {
      return new Answer(status, Map.of(name, value), false, 0);
    }

    static Answer hanging() {
      return new Answer(200, Map.of(), true, 0);
    }

    /** 200, after {@code millis}: a receiver that is slow but works. */
    static Answer delayed(long millis) {
      return new Answer(200, Map.of(), false, millis);
    }
  }

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final ConcurrentLinkedQueue<Answer> script = new ConcurrentLinkedQueue<>();
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final CountDownLatch released = new CountDownLatch(1);
  private volatile Answer always;

  private Receiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    server.createContext("/", this::handle);
    server.setExecutor(threads);
    server.start();
  }

  static Receiver start(Answer... answers) {
    try {
      Receiver receiver = new Receiver();
      receiver.script.addAll(List.of(answers));
      return receiver;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Answers every request with {@code answer} once the script is used up. */
  Receiver always(Answer answer) {
    this.always = answer;
    return this;
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/opensylo";
  }

  List<Received> received() {
    return List.copyOf(received);
  }

  /** The requests carrying event id {@code eventId}. */
  List<Received> of(String eventId) {
    return received.stream().filter(r -> eventId.equals(r.header("X-OpenSylo-Event-Id"))).toList();
  }

  void release() {
    released.countDown();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      received.add(
          new Received(
              Map.copyOf(exchange.getRequestHeaders()),
              new String(in.readAllBytes(), StandardCharsets.UTF_8),
              Instant.now()));
    }
    Answer answer = script.poll();
    if (answer == null) {
      answer = always != null ? always : Answer.status(200);
    }
    if (answer.hang()) {
      try {
        released.await(Duration.ofMinutes(1).toSeconds(), TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (answer.delayMillis() > 0) {
      try {
        Thread.sleep(answer.delayMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    try {
      exchange.sendResponseHeaders(answer.status(), -1);
    } catch (IOException gone) {
      // the sender gave up (timeout) before the answer
    }
    exchange.close();
  }

  @Override
  public void close() {
    release();
    server.stop(0);
    threads.shutdownNow();
  }
}
