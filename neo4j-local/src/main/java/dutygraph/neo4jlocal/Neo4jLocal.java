package dutygraph.neo4jlocal;

import java.net.BindException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community embedded, with only the Bolt connector, on 127.0.0.1.
 *
 * Settings come from the environment (see README): NEO4J_LOCAL_PORT, NEO4J_LOCAL_DATA,
 * NEO4J_LOCAL_PASSWORD, NEO4J_LOCAL_PAGECACHE_MB, NEO4J_LOCAL_TX_MEMORY_MB, and
 * NEO4J_LOCAL_EXIT_WITH_PARENT=1 (stop when stdin closes, i.e. when the process that started us dies).
 * It prints exactly one "READY ..." line on stdout once Bolt accepts connections, and one
 * "ERROR ..." line (exit code 2) when it cannot start, so a supervising process can parse both.
 */
public final class Neo4jLocal {
  private Neo4jLocal() {}

  public static void main(String[] args) {
    Map<String, String> env = System.getenv();
    int port = intSetting(env, "NEO4J_LOCAL_PORT", 7687);
    Path data = Path.of(env.getOrDefault("NEO4J_LOCAL_DATA", ".data/neo4j")).toAbsolutePath();
    String password = env.getOrDefault("NEO4J_LOCAL_PASSWORD", "");
    long pageCacheMb = intSetting(env, "NEO4J_LOCAL_PAGECACHE_MB", 256);
    // Transaction state lives on the heap: by default three quarters of it may hold open
    // transactions, half of that one transaction (a 100-town import fits at the default heap).
    long heapMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
    long txMemoryMb = intSetting(env, "NEO4J_LOCAL_TX_MEMORY_MB", (int) Math.max(256, heapMb * 3 / 4));

    DatabaseManagementService dbms;
    try {
      dbms = new DatabaseManagementServiceBuilder(data)
          .setConfig(BoltConnector.enabled, true)
          .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
          .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
          // Bolt otherwise waits ~10 s for idle client connections at shutdown; a local server need not.
          .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
          .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
          .setConfig(HttpConnector.enabled, false)
          .setConfig(HttpsConnector.enabled, false)
          .setConfig(GraphDatabaseSettings.auth_enabled, !password.isEmpty())
          .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
          .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, ByteUnit.mebiBytes(txMemoryMb))
          .setConfig(GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.mebiBytes(txMemoryMb / 2))
          .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
          .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
          .build();
    } catch (Throwable startFailure) {
      fail(describeStartFailure(startFailure, port, data));
      return;
    }

    CountDownLatch stopped = new CountDownLatch(1);
    DatabaseManagementService running = dbms;
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      running.shutdown();
      stopped.countDown();
    }, "neo4j-local-shutdown"));

    try {
      if (!password.isEmpty()) {
        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        system.executeTransactionally(
            "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
      }
      GraphDatabaseService neo4j = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
      neo4j.executeTransactionally("RETURN 1");
    } catch (Throwable setupFailure) {
      fail("Neo4j started but could not be prepared: " + rootMessage(setupFailure));
      return;
    }

    if ("1".equals(env.get("NEO4J_LOCAL_EXIT_WITH_PARENT"))) {
      exitWhenStdinCloses();
    }
    System.out.println("READY bolt://127.0.0.1:" + port + " data=" + data);
    System.out.flush();
    try {
      stopped.await();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** A supervising process holds our stdin open; when it dies, stdin closes and we shut down cleanly. */
  private static void exitWhenStdinCloses() {
    Thread watchdog = new Thread(() -> {
      try {
        while (System.in.read() != -1) {
          // keep reading until the parent goes away
        }
      } catch (java.io.IOException closed) {
        // treated like end of input
      }
      System.exit(0);
    }, "neo4j-local-parent-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
  }

  private static String describeStartFailure(Throwable failure, int port, Path data) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof BindException || String.valueOf(cause.getMessage()).contains("Address already in use")) {
        return "port 127.0.0.1:" + port + " is already in use (another Neo4j or service is listening); "
            + "stop it or set NEO4J_LOCAL_PORT";
      }
      if (cause.getClass().getSimpleName().equals("FileLockException")) {
        return "the store " + data + " is locked by another running Neo4j; stop that one or set NEO4J_LOCAL_DATA";
      }
    }
    return "Neo4j could not start: " + rootMessage(failure);
  }

  private static String rootMessage(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }

  private static int intSetting(Map<String, String> env, String name, int fallback) {
    String raw = env.get(name);
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(raw.trim());
    } catch (NumberFormatException notANumber) {
      fail(name + " must be a whole number, got '" + raw + "'");
      return fallback;
    }
  }

  private static void fail(String line) {
    System.out.println("ERROR " + line);
    System.out.flush();
    Runtime.getRuntime().halt(2);
  }
}
