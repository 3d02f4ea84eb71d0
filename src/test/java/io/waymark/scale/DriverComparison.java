package io.waymark.scale;

import com.sun.management.OperatingSystemMXBean;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgPool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import io.waymark.caseload.CaseloadRatios;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The caseload API's read (the tenant scoping, then its one statement) through JDBC (pgjdbc, one blocking thread per
 * connection, as the service's worker threads use Agroal's) and through the reactive client (vertx-pg-client, a pool
 * of the same size on one event loop, many requests in flight), against the scale-1 database: requests a second, and
 * the client JVM's CPU per request, which is what limits the service on two cores. Run by src/bench/drivers.sh.
 */
public final class DriverComparison {

    private static final String SCOPE = "select set_config('role', 'waymark_app', false),"
            + " set_config('waymark.organisation', $1, false), set_config('waymark.funder', '', false),"
            + " set_config('waymark.programme', '', false)";

    private static final Pattern NAMED = Pattern.compile("(?<!:):([a-zA-Z][a-zA-Z0-9]*)");

    private DriverComparison() {
    }

    /** A signed-in worker of the generated data: their organisation and token subject. */
    private record Worker(String organisation, String subject) {
    }

    public static void main(String[] args) throws Exception {
        String host = args[0];
        int port = Integer.parseInt(args[1]);
        String database = args[2];
        String user = args[3];
        int seconds = Integer.parseInt(args[4]);
        int connections = Integer.parseInt(args[5]);
        int inFlight = Integer.parseInt(args[6]);
        List<Worker> workers = workers(500);
        String caseload = positional(CaseloadRatios.SIGNED_IN_WORKER, List.of("organisation", "subject"));
        for (int round = 0; round < 2; round++) { // the first round warms both up
            String label = round == 0 ? "warm-up" : "measured";
            report("jdbc " + label, seconds, jdbc(host, port, database, user, connections, workers, caseload, seconds));
            report("reactive " + label, seconds,
                    reactive(host, port, database, user, connections, inFlight, workers, caseload, seconds));
        }
    }

    private static List<Worker> workers(int n) {
        Random random = new Random(42);
        List<Worker> workers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int organisation = 1 + random.nextInt(299);
            int slot = 1 + random.nextInt(20);
            workers.add(new Worker(String.format(Locale.ROOT, "gen-%04d", organisation),
                    "gen-staff-" + (organisation * 100 + slot + (slot - 1) / 5)));
        }
        return workers;
    }

    /** The statement with $1, $2 for its named parameters, in the order given. */
    private static String positional(String sql, List<String> order) {
        Matcher matcher = NAMED.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, "\\$" + (order.indexOf(matcher.group(1)) + 1));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** Requests done and the JVM's CPU nanoseconds over the run. */
    private record Result(long requests, long cpuNanos, long rows) {
    }

    private static Result jdbc(String host, int port, String database, String user, int connections,
            List<Worker> workers, String caseload, int seconds) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong requests = new AtomicLong();
        AtomicLong rows = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        String url = "jdbc:postgresql://" + host + ":" + port + "/" + database;
        String scope = SCOPE.replace("$1", "?");
        String statement = caseload.replace("$1", "?").replace("$2", "?");
        CountDownLatch ready = new CountDownLatch(connections);
        for (int t = 0; t < connections; t++) {
            int offset = t;
            Thread thread = new Thread(() -> {
                try (Connection connection = DriverManager.getConnection(url, user, "");
                        PreparedStatement scoping = connection.prepareStatement(scope);
                        PreparedStatement read = connection.prepareStatement(statement)) {
                    ready.countDown();
                    ready.await();
                    for (int i = offset; running.get(); i += connections) {
                        Worker worker = workers.get(i % workers.size());
                        scoping.setString(1, worker.organisation());
                        scoping.execute();
                        read.setString(1, worker.organisation());
                        read.setString(2, worker.subject());
                        try (ResultSet result = read.executeQuery()) {
                            while (result.next()) {
                                result.getObject(1);
                                result.getString(5);
                                result.getLong(6);
                                rows.incrementAndGet();
                            }
                        }
                        requests.incrementAndGet();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            thread.start();
            threads.add(thread);
        }
        ready.await();
        return measure(seconds, requests, rows, () -> {
            running.set(false);
            for (Thread thread : threads) {
                thread.join();
            }
        });
    }

    private static Result reactive(String host, int port, String database, String user, int connections,
            int inFlight, List<Worker> workers, String caseload, int seconds) throws Exception {
        Vertx vertx = Vertx.vertx();
        PgPool pool = PgPool.pool(vertx, new PgConnectOptions().setHost(host).setPort(port).setDatabase(database)
                .setUser(user).setCachePreparedStatements(true), new PoolOptions().setMaxSize(connections));
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong requests = new AtomicLong();
        AtomicLong rows = new AtomicLong();
        AtomicLong next = new AtomicLong();
        CountDownLatch stopped = new CountDownLatch(inFlight);
        for (int f = 0; f < inFlight; f++) {
            loop(pool, workers, caseload, running, requests, rows, next, stopped);
        }
        Result result = measure(seconds, requests, rows, () -> {
            running.set(false);
            stopped.await();
        });
        pool.close().toCompletionStage().toCompletableFuture().get();
        vertx.close().toCompletionStage().toCompletableFuture().get();
        return result;
    }

    /** One user's requests, one after another, for as long as the run lasts. */
    private static void loop(PgPool pool, List<Worker> workers, String caseload, AtomicBoolean running,
            AtomicLong requests, AtomicLong rows, AtomicLong next, CountDownLatch stopped) {
        if (!running.get()) {
            stopped.countDown();
            return;
        }
        Worker worker = workers.get((int) (next.getAndIncrement() % workers.size()));
        pool.withConnection(connection -> connection.preparedQuery(SCOPE).execute(Tuple.of(worker.organisation()))
                .compose(scoped -> connection.preparedQuery(caseload)
                        .execute(Tuple.of(worker.organisation(), worker.subject()))))
                .onComplete(done -> {
                    if (done.failed()) {
                        done.cause().printStackTrace();
                    } else {
                        for (Row row : done.result()) {
                            row.getValue(0);
                            row.getString(4);
                            row.getLong(5);
                            rows.incrementAndGet();
                        }
                        requests.incrementAndGet();
                    }
                    loop(pool, workers, caseload, running, requests, rows, next, stopped);
                });
    }

    @FunctionalInterface
    private interface Stop {
        void run() throws Exception;
    }

    private static Result measure(int seconds, AtomicLong requests, AtomicLong rows, Stop stop) throws Exception {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuBefore = os.getProcessCpuTime();
        long before = requests.get();
        long rowsBefore = rows.get();
        Thread.sleep(seconds * 1000L);
        long done = requests.get() - before;
        long cpu = os.getProcessCpuTime() - cpuBefore;
        long read = rows.get() - rowsBefore;
        stop.run();
        return new Result(done, cpu, read);
    }

    private static void report(String label, int seconds, Result result) {
        System.out.printf(Locale.ROOT, "%-18s %8.0f requests/s  %6.3f ms of client CPU a request  %.1f rows a request%n",
                label, (double) result.requests() / seconds, result.cpuNanos() / 1e6 / Math.max(1, result.requests()),
                (double) result.rows() / Math.max(1, result.requests()));
    }
}
