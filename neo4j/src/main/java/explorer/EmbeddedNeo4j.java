package explorer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Starts Neo4j Community in embedded mode with Bolt on loopback.
 * Configured by environment variables so the Node side owns all settings.
 */
public final class EmbeddedNeo4j {

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }

  public static void main(String[] args) throws Exception {
    Path home = Path.of(env("NEO4J_HOME_DIR", ".data/neo4j")).toAbsolutePath();
    String host = env("NEO4J_BOLT_HOST", "127.0.0.1");
    int port = Integer.parseInt(env("NEO4J_BOLT_PORT", "7687"));
    String user = env("NEO4J_USER", "neo4j");
    // No fallback: the Node side always passes the store's random password (or the user's own).
    String password = env("NEO4J_PASSWORD", "");
    if (password.isEmpty()) throw new IllegalStateException("NEO4J_PASSWORD is not set");
    String pageCache = env("NEO4J_PAGECACHE", "2g");
    // 0 means no per-transaction limit (only the global one, 70% of the heap by default).
    String txMemory = env("NEO4J_TX_MEMORY", "0");
    String importDir = env("NEO4J_CSV_IMPORT_DIR", "");

    Files.createDirectories(home);
    var builder = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
        .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
        .setConfig(HttpConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
        .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(30))
        .setConfig(GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.parse(txMemory));

    // File URLs stay off unless a sandboxed import folder is named (the benchmark's).
    if (importDir.isBlank()) {
      builder.setConfig(GraphDatabaseSettings.allow_file_urls, false);
    } else {
      Path dir = Path.of(importDir).toAbsolutePath();
      Files.createDirectories(dir);
      builder.setConfig(GraphDatabaseSettings.allow_file_urls, true);
      builder.setConfig(GraphDatabaseSettings.load_csv_file_url_root, dir);
    }

    DatabaseManagementService dbms = builder.build();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("[neo4j] shutting down");
      dbms.shutdown();
      System.out.println("[neo4j] stopped cleanly");
      stopped.countDown();
    }, "neo4j-shutdown"));

    // Embedded mode writes no initial password, so set it through the system database.
    GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    try {
      system.executeTransactionally(
          "ALTER USER " + quoteIdentifier(user) + " SET PASSWORD $pw CHANGE NOT REQUIRED",
          Map.of("pw", password));
    } catch (RuntimeException e) {
      // A restart on an existing store already has this password; anything else is fatal.
      String m = String.valueOf(e.getMessage());
      if (!m.contains("Old password and new password cannot be the same")) throw e;
    }

    exitWhenParentDies();
    waitForBolt(host, port);
    System.out.println("[neo4j] Bolt ready at bolt://" + host + ":" + port + " (store " + home + ")");
    System.out.flush();
    stopped.await();
  }

  /**
   * The launcher is started with a pipe on stdin and in its own process group, so a terminal's Ctrl-C
   * reaches only the Node parent, which stops it. When the parent dies (even by kill -9) the pipe
   * closes: stdin reads EOF and the JVM shuts down instead of holding the port and the store. The
   * parent-PID poll covers a parent that handed over its stdin.
   */
  private static void exitWhenParentDies() {
    ProcessHandle parent = ProcessHandle.current().parent().orElse(null);
    Thread stdin = new Thread(() -> {
      try {
        while (System.in.read() != -1) {
          // Nothing is ever sent; any bytes are ignored.
        }
      } catch (IOException e) {
        // A broken pipe means the same as EOF.
      }
      parentGone("stdin closed");
    }, "parent-stdin-watch");
    stdin.setDaemon(true);
    stdin.start();
    if (parent == null) return;
    Thread poll = new Thread(() -> {
      while (parent.isAlive()) {
        try {
          Thread.sleep(1000);
        } catch (InterruptedException e) {
          return;
        }
      }
      parentGone("parent process " + parent.pid() + " exited");
    }, "parent-pid-watch");
    poll.setDaemon(true);
    poll.start();
  }

  private static void parentGone(String why) {
    System.out.println("[neo4j] " + why + ": stopping");
    System.out.flush();
    System.exit(0);
  }

  // The user name comes from our own config, not from data; backticks keep it an identifier.
  private static String quoteIdentifier(String s) {
    return "`" + s.replace("`", "``") + "`";
  }

  private static void waitForBolt(String host, int port) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < deadline) {
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress(host, port), 500);
        return;
      } catch (IOException e) {
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException("Bolt did not open on " + host + ":" + port);
  }
}
