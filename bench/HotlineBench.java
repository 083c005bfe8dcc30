// Hotline benchmark driver (run by bench/hotline.sh), a single-file program for the Java 17 source launcher.
// It starts the real server itself (the command line after "--"), loads it over loopback with
// java.net.http.HttpClient (HTTP/1.1, one shared client per server process, redirects not followed) and
// reads the server JVM's memory from /proc:
//
//   java -cp gongshi.jar bench/HotlineBench.java throughput name=N logs=DIR [db=JDBC_URL] [concurrency=32]
//        [warmup=3] [seconds=20] [prefetch=3000] -- SERVER COMMAND ...
//   java -cp gongshi.jar bench/HotlineBench.java durability name=N logs=DIR [db=JDBC_URL] [concurrency=32]
//        [cycles=20] [min=2] [max=6] [seed=20240] -- SERVER COMMAND ...
//
// The server command must print its address (http://127.0.0.1:PORT/, `serve --port 0` does) and is started
// with its output appended to logs/server-NAME.log.
//
// throughput: fetches forms (GET /hotline) ahead of time, waits out their minimum age (2 s), then submits
//   POST /hotline from `concurrency` threads, `warmup` seconds unmeasured and `seconds` measured. Each POST
//   carries a fresh token, so each files a new complaint. One background thread tops the token pool up; its
//   GETs run during the measured window too and are counted separately.
// durability: `cycles` times: start the server on the same data, submit for a random min..max seconds, then
//   SIGKILL the server JVM with submissions in flight (at the planned moment, or up to 2 s later once at
//   least half the threads are waiting for a POST's answer). A submission counts as acknowledged when its POST got
//   its 303; the client then fetches the receipt code with the cookie. After each restart, every acknowledged
//   code must be found by POST /hotline/status (200), and every acknowledged form whose code could not be
//   fetched (the server died in between) must answer a resubmission of the same form with 303 and
//   X-Complaint-Filed: again, never new. Anything else counts as missing; the exit status is 1 if any is.
//
// Lines starting with "RESULT " are what hotline.sh puts in its summary.

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class HotlineBench {

    static final Pattern SERVER_URL = Pattern.compile("(http://127\\.0\\.0\\.1:[0-9]+)/");
    static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");
    static final Pattern RECEIPT = Pattern.compile("<p class=\"receipt-code\">([0-9 ]+)</p>");
    static final String RECEIPT_COOKIE = "__Host-gongshi-receipt";
    /** The server's minimum form age is 2 s; a token is used only this long after its GET returned. */
    static final long MIN_AGE_NANOS = 2_050_000_000L;

    public static void main(String[] args) throws Exception {
        int dash = Arrays.asList(args).indexOf("--");
        if (args.length < 2 || dash < 0 || dash == args.length - 1) {
            usage();
        }
        Map<String, String> opts = new LinkedHashMap<>();
        for (String a : Arrays.asList(args).subList(1, dash)) {
            int eq = a.indexOf('=');
            if (eq <= 0) usage();
            opts.put(a.substring(0, eq), a.substring(eq + 1));
        }
        List<String> serverCommand = List.of(args).subList(dash + 1, args.length);
        String name = opts.getOrDefault("name", "server");
        Path logs = Path.of(opts.getOrDefault("logs", "."));
        Server server = new Server(serverCommand, logs.resolve("server-" + name + ".log"));
        int code = switch (args[0]) {
            case "throughput" -> throughput(name, server, opts.get("db"),
                    integer(opts, "concurrency", 32), integer(opts, "warmup", 3), integer(opts, "seconds", 20),
                    integer(opts, "prefetch", 3000));
            case "durability" -> durability(name, server, opts.get("db"), integer(opts, "concurrency", 32),
                    integer(opts, "cycles", 20), Double.parseDouble(opts.getOrDefault("min", "2")),
                    Double.parseDouble(opts.getOrDefault("max", "6")), Long.parseLong(opts.getOrDefault("seed", "20240")));
            default -> {
                usage();
                yield 2;
            }
        };
        System.out.flush();
        System.exit(code);
    }

    private static void usage() {
        System.err.println("usage: HotlineBench throughput name=N logs=DIR [db=JDBC] [concurrency=32] [warmup=3] [seconds=20]"
                + " [prefetch=3000] -- SERVER COMMAND...\n"
                + "       HotlineBench durability name=N logs=DIR [db=JDBC] [concurrency=32] [cycles=20] [min=2] [max=6]"
                + " [seed=S] -- SERVER COMMAND...");
        System.exit(2);
    }

    private static int integer(Map<String, String> opts, String key, int dflt) {
        return opts.containsKey(key) ? Integer.parseInt(opts.get(key)) : dflt;
    }

    // ---------------------------------------------------------------- throughput

    static int throughput(String name, Server server, String db, int concurrency, int warmupSeconds, int seconds,
                          int prefetch) throws Exception {
        double startup = server.start();
        System.out.printf("server %s started in %.1f s (pid %d): %s%n", name, startup, server.pid, server.url);
        Client client = new Client(server.url);
        TokenPool pool = new TokenPool(client);
        long p0 = System.nanoTime();
        pool.prefetch(prefetch, 4);
        System.out.printf("phase 1: fetched %,d forms (GET /hotline, 4 threads) in %.1f s%n", prefetch, sec(p0, System.nanoTime()));
        pool.startRefill(1, concurrency * 4, 2.5);
        pool.waitUntilUsable();

        Load load = new Load();
        long start = System.nanoTime();
        long measureFrom = start + warmupSeconds * 1_000_000_000L;
        long measureTo = measureFrom + seconds * 1_000_000_000L;
        AtomicLong getsAtMeasureStart = new AtomicLong(-1);
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            running.add(workers.submit(() -> {
                Lat lat = new Lat();
                while (true) {
                    long now = System.nanoTime();
                    if (now >= measureTo) break;
                    if (now >= measureFrom) getsAtMeasureStart.compareAndSet(-1, pool.fetched.get());
                    Form form = pool.take();
                    if (form == null) continue;
                    long t0 = System.nanoTime();
                    String outcome;
                    String filed = null;
                    try {
                        HttpResponse<Void> res = client.post(form);
                        outcome = String.valueOf(res.statusCode());
                        filed = res.headers().firstValue("X-Complaint-Filed").orElse("none");
                    } catch (IOException e) {
                        outcome = e.getClass().getSimpleName();
                    }
                    long t1 = System.nanoTime();
                    load.total(outcome, filed);
                    if (t1 >= measureFrom && t1 <= measureTo) {
                        load.measured(outcome, filed);
                        if (outcome.equals("303")) lat.add(t1 - t0);
                    }
                }
                load.addLatencies(lat);
                return null;
            }));
        }
        for (Future<?> f : running) f.get();
        long ended = System.nanoTime();
        String memory = server.memory();
        String heap = server.heap();
        long getsDuring = pool.fetched.get() - Math.max(0, getsAtMeasureStart.get());
        workers.shutdown();
        pool.stop();

        long[] lat = load.latencies();
        long accepted = load.measured.getOrDefault("303", new LongAdder()).sum();
        double window = seconds;
        System.out.printf("phase 2: %d threads, %d s warm-up (not measured) + %d s measured (ended %.1f s after start)%n",
                concurrency, warmupSeconds, seconds, sec(start, ended));
        System.out.printf("accepted (303) in the measured window: %,d = %.1f submissions/s%n", accepted, accepted / window);
        System.out.printf("POST latency of accepted submissions: p50 %.1f ms, p99 %.1f ms, max %.1f ms (n=%,d)%n",
                pct(lat, 50), pct(lat, 99), pct(lat, 100), lat.length);
        System.out.println("answers in the measured window: " + describe(load.measured) + "; X-Complaint-Filed: " + describe(load.filedMeasured));
        System.out.printf("token GETs by the background refiller during the measured window: %,d (%.1f/s) — server work not in the figure above%n",
                getsDuring, getsDuring / window);
        System.out.printf("token pool: %,d forms fetched in all, %d GET errors, workers waited for a token %,d times%n",
                pool.fetched.get(), pool.fetchErrors.get(), pool.starved.sum());
        System.out.println("server memory at the end of the load: " + memory + (heap.isEmpty() ? "" : "; " + heap));

        server.stop();
        long createdAll = load.filedTotal.getOrDefault("new", new LongAdder()).sum();
        Optional<Long> rows = countRows(db);
        rows.ifPresent(n -> System.out.printf("rows in the complaint table after the run: %,d; 303 answers marked new in the whole run: %,d (%s)%n",
                n, createdAll, n == createdAll ? "equal" : "DIFFERENT"));

        result(name + "_accepted_per_s", "%.1f", accepted / window, "submissions/s");
        result(name + "_accepted", "%d", accepted, "");
        result(name + "_p50_ms", "%.1f", pct(lat, 50), "ms");
        result(name + "_p99_ms", "%.1f", pct(lat, 99), "ms");
        result(name + "_max_ms", "%.1f", pct(lat, 100), "ms");
        long errors = load.measured.entrySet().stream().filter(e -> !e.getKey().equals("303")).mapToLong(e -> e.getValue().sum()).sum();
        result(name + "_errors", "%s", errors == 0 ? "0" : errors + " (" + describe(load.measured) + ")", "");
        result(name + "_memory", "%s", memory + (heap.isEmpty() ? "" : "; " + heap), "");
        result(name + "_token_gets_per_s", "%.1f", getsDuring / window, "GET/s");
        rows.ifPresent(n -> result(name + "_rows_check", "%s", n == createdAll ? n + " rows = " + createdAll + " filed" : "MISMATCH: " + n + " rows, " + createdAll + " filed", ""));
        return accepted > 0 ? 0 : 1;
    }

    /** Outcome counters of a load run. */
    static final class Load {
        final Map<String, LongAdder> measured = new ConcurrentHashMap<>();
        final Map<String, LongAdder> filedMeasured = new ConcurrentHashMap<>();
        final Map<String, LongAdder> filedTotal = new ConcurrentHashMap<>();
        private final List<Lat> latencies = Collections.synchronizedList(new ArrayList<>());

        void total(String outcome, String filed) {
            if (filed != null) filedTotal.computeIfAbsent(filed, k -> new LongAdder()).increment();
        }

        void measured(String outcome, String filed) {
            measured.computeIfAbsent(outcome, k -> new LongAdder()).increment();
            if (filed != null && outcome.equals("303")) filedMeasured.computeIfAbsent(filed, k -> new LongAdder()).increment();
        }

        void addLatencies(Lat lat) {
            latencies.add(lat);
        }

        long[] latencies() {
            return latencies.stream().flatMapToLong(l -> Arrays.stream(l.values, 0, l.size)).toArray();
        }
    }

    /** A growable long array, one per worker thread. */
    static final class Lat {
        long[] values = new long[4096];
        int size;

        void add(long v) {
            if (size == values.length) values = Arrays.copyOf(values, size * 2);
            values[size++] = v;
        }
    }

    // ---------------------------------------------------------------- durability

    record Ack(Form form, String code) {
    }

    /** What one cycle's client saw before and at the kill. */
    static final class Cycle {
        final int number;
        final double seconds;
        double killedAfter;
        final List<Ack> acked = Collections.synchronizedList(new ArrayList<>());
        final List<Form> ackedNoCode = Collections.synchronizedList(new ArrayList<>());
        final List<Form> inFlight = Collections.synchronizedList(new ArrayList<>());
        final Map<String, LongAdder> errorsBeforeKill = new ConcurrentHashMap<>();
        final LongAdder notSent = new LongAdder();
        final LongAdder again = new LongAdder();
        int inFlightAtKill;
        String memoryAtKill = "";
        double startup;

        Cycle(int number, double seconds) {
            this.number = number;
            this.seconds = seconds;
        }

        int acknowledged() {
            return acked.size() + ackedNoCode.size();
        }
    }

    static int durability(String name, Server server, String db, int concurrency, int cycles, double minSeconds,
                          double maxSeconds, long seed) throws Exception {
        Random random = new Random(seed);
        List<Ack> everyAck = new ArrayList<>();
        long totalAcked = 0;
        long totalVerified = 0;
        long totalMissing = 0;
        long totalNoCode = 0;
        // Distinct acknowledged complaints found missing at any check: by receipt code, and (without a code)
        // acknowledged forms whose resubmission was not recognised.
        java.util.Set<String> lostCodes = new java.util.TreeSet<>();
        long lostWithoutCode = 0;
        boolean nothingAcked = false;
        Cycle previous = null;
        System.out.printf("%d cycles: start the server, submit from %d threads for a random %.0f–%.0f s, kill -9 the server JVM, restart, verify%n",
                cycles, concurrency, minSeconds, maxSeconds);
        System.out.printf("%-5s %6s %7s %6s %9s %8s %10s %8s %8s %9s %12s %s%n", "cycle", "killed", "in-fl.", "acked",
                "with code", "no code", "verified", "missing", "restart", "unacked", "unacked", "server memory at kill");
        System.out.printf("%-5s %6s %7s %6s %9s %8s %10s %8s %8s %9s %12s%n", "", "after s", "at kill", "", "", "", "present",
                "", "s", "in flight", "stored/not");
        for (int n = 1; n <= cycles + 1; n++) {
            double startup = server.start();
            Client client = new Client(server.url);
            if (previous != null) {
                Verified v = verify(client, previous);
                totalAcked += previous.acknowledged();
                totalVerified += v.present;
                totalMissing += v.missing;
                lostCodes.addAll(v.missingCodes);
                lostWithoutCode += v.missingWithoutCode;
                totalNoCode += previous.ackedNoCode.size();
                everyAck.addAll(previous.acked);
                everyAck.addAll(v.recovered);
                nothingAcked |= previous.acknowledged() == 0;
                System.out.printf("%-5d %6.1f %7d %6d %9d %8d %10d %8d %8.1f %9d %12s %s%n", previous.number, previous.killedAfter,
                        previous.inFlightAtKill, previous.acknowledged(), previous.acked.size(), previous.ackedNoCode.size(),
                        v.present, v.missing, startup, previous.inFlight.size(), v.inFlightStored + "/" + v.inFlightNotStored,
                        previous.memoryAtKill);
                v.problems.forEach(p -> System.out.println("      " + p));
                if (!previous.errorsBeforeKill.isEmpty() || previous.again.sum() > 0 || v.inFlightUnknown > 0) {
                    System.out.println("      errors before the kill: " + describe(previous.errorsBeforeKill)
                            + "; 'again' answers to fresh forms: " + previous.again.sum()
                            + "; in-flight forms whose resubmission gave no answer: " + v.inFlightUnknown);
                }
            }
            if (n > cycles) {
                break;
            }
            double seconds = minSeconds + random.nextDouble() * (maxSeconds - minSeconds);
            Cycle cycle = new Cycle(n, seconds);
            cycle.startup = startup;
            runUntilKilled(server, client, cycle, concurrency);
            previous = cycle;
        }

        // The server is up once more (started for the last verification): every code of every cycle again.
        Client client = new Client(server.url);
        long f0 = System.nanoTime();
        Checked finalCheck = statusAll(client, everyAck);
        lostCodes.addAll(finalCheck.notFound());
        lostCodes.addAll(finalCheck.other());
        System.out.printf("final check on the last restart: %,d of %,d acknowledged receipt codes (all cycles) found by "
                + "POST /hotline/status, %d missing (404), %d other answers (%.1f s)%n", finalCheck.found(), everyAck.size(),
                finalCheck.notFound().size(), finalCheck.other().size(), sec(f0, System.nanoTime()));
        server.stop();
        Optional<Long> rows = countRows(db);
        rows.ifPresent(r -> System.out.printf("rows in the complaint table: %,d (acknowledged: %,d; the rest were in flight "
                + "at a kill and stored, or refiled by the check)%n", r, everyAck.size()));
        long lost = lostCodes.size() + lostWithoutCode;
        System.out.printf("TOTAL over %d SIGKILL cycles: acknowledged %,d (of which %,d without a fetched code, checked by "
                + "resubmission), verified present after the next restart %,d, missing then %d; acknowledged but lost "
                + "(distinct, any check) %d%n", cycles, totalAcked, totalNoCode, totalVerified, totalMissing, lost);
        lostCodes.stream().limit(20).forEach(c -> System.out.println("  lost receipt code " + c));
        result(name + "_cycles", "%d", cycles, "");
        result(name + "_acknowledged", "%d", totalAcked, "");
        result(name + "_no_code", "%d", totalNoCode, "");
        result(name + "_verified", "%d", totalVerified, "");
        result(name + "_missing", "%d", lost, "");
        if (lost > 0 || totalMissing > 0) {
            System.out.println("FAILED: acknowledged complaints are missing");
            return 1;
        }
        if (nothingAcked) {
            System.out.println("FAILED: a cycle acknowledged no submission, so it tested nothing");
            return 1;
        }
        return 0;
    }

    /** Submits until the planned moment, then kills the server with SIGKILL while requests are in flight. */
    static void runUntilKilled(Server server, Client client, Cycle cycle, int concurrency) throws Exception {
        TokenPool pool = new TokenPool(client);
        // Plenty ahead (GETs are not measured here): workers must never wait for a form, so that the kill
        // finds submissions in flight.
        pool.prefetch(concurrency * 40, 4);
        pool.startRefill(2, concurrency * 40, 5);
        pool.waitUntilUsable();
        AtomicInteger inFlight = new AtomicInteger();
        // volatile flag read by the workers: set before the kill, so a request failing after it is a victim of it
        AtomicInteger killed = new AtomicInteger();
        long started = System.nanoTime();
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            running.add(workers.submit(() -> {
                while (killed.get() == 0) {
                    Form form = pool.take();
                    if (form == null || killed.get() != 0) continue;
                    inFlight.incrementAndGet();
                    HttpResponse<Void> res;
                    try {
                        res = client.post(form);
                    } catch (IOException e) {
                        if (killed.get() == 0) {
                            cycle.errorsBeforeKill.computeIfAbsent("POST " + e, k -> new LongAdder()).increment();
                        } else if (e instanceof ConnectException) {
                            cycle.notSent.increment();
                        } else {
                            cycle.inFlight.add(form);
                        }
                        continue;
                    } finally {
                        inFlight.decrementAndGet();
                    }
                    if (res.statusCode() != 303) {
                        cycle.errorsBeforeKill.computeIfAbsent("POST " + res.statusCode(), k -> new LongAdder()).increment();
                        continue;
                    }
                    // Acknowledged: from here on the complaint must survive anything.
                    if (!"new".equals(res.headers().firstValue("X-Complaint-Filed").orElse(""))) cycle.again.increment();
                    Optional<String> code;
                    try {
                        code = client.receipt(cookie(res));
                    } catch (IOException e) {
                        code = Optional.empty();
                    }
                    if (code.isPresent()) {
                        cycle.acked.add(new Ack(form, code.get()));
                    } else {
                        cycle.ackedNoCode.add(form);
                    }
                }
                return null;
            }));
        }
        Thread.sleep((long) (cycle.seconds * 1000));
        // The planned moment, or as soon after it (within 2 s) as at least half the threads are mid-POST.
        long latest = System.nanoTime() + 2_000_000_000L;
        while (inFlight.get() < (concurrency + 1) / 2 && System.nanoTime() < latest) {
            Thread.sleep(1);
        }
        cycle.memoryAtKill = server.memory();
        killed.set(1);
        cycle.inFlightAtKill = inFlight.get();
        server.kill9();
        cycle.killedAfter = sec(started, System.nanoTime());
        for (Future<?> f : running) f.get();
        workers.shutdown();
        pool.stop();
    }

    static final class Verified {
        int present;
        int missing;
        int inFlightStored;
        int inFlightNotStored;
        int inFlightUnknown;
        final List<String> problems = new ArrayList<>();
        final List<Ack> recovered = new ArrayList<>();
        final List<String> missingCodes = new ArrayList<>();
        int missingWithoutCode;
    }

    record Checked(int found, List<String> notFound, List<String> other) {
    }

    /** After a restart: is every complaint the last cycle acknowledged in the database? */
    static Verified verify(Client client, Cycle cycle) throws Exception {
        Verified v = new Verified();
        Checked status = statusAll(client, cycle.acked);
        v.present += status.found();
        v.missing += status.notFound().size() + status.other().size();
        v.missingCodes.addAll(status.notFound());
        v.missingCodes.addAll(status.other());
        if (v.missing > 0) {
            v.problems.add("MISSING: " + status.notFound().size() + " receipt codes answered 404, " + status.other().size()
                    + " gave another answer");
        }
        // Acknowledged, but the server died before the receipt page: the same form sent again must be
        // recognised as already filed. Its receipt then shows the code, which must be found too.
        for (Form form : cycle.ackedNoCode) {
            HttpResponse<Void> res;
            try {
                res = client.post(form);
            } catch (IOException e) {
                v.problems.add("MISSING (unverifiable): resubmitting an acknowledged form failed: " + e);
                v.missing++;
                v.missingWithoutCode++;
                continue;
            }
            String filed = res.headers().firstValue("X-Complaint-Filed").orElse("");
            if (res.statusCode() == 303 && filed.equals("again")) {
                Optional<String> code = client.receipt(cookie(res));
                if (code.isPresent() && client.status(code.get()) == 200) {
                    v.present++;
                    v.recovered.add(new Ack(form, code.get()));
                    continue;
                }
                v.problems.add("MISSING: resubmission answered 'again' but its receipt code " + code.orElse("(none)") + " was not found");
                if (code.isPresent()) v.missingCodes.add(code.get());
                else v.missingWithoutCode++;
            } else {
                v.problems.add("MISSING: an acknowledged form resubmitted answered " + res.statusCode() + " X-Complaint-Filed: " + filed);
                v.missingWithoutCode++;
            }
            v.missing++;
        }
        // In flight at the kill, never acknowledged: stored or not, both are fine; counted for the record.
        for (Form form : cycle.inFlight) {
            try {
                HttpResponse<Void> res = client.post(form);
                String filed = res.headers().firstValue("X-Complaint-Filed").orElse("");
                if (res.statusCode() == 303 && filed.equals("again")) v.inFlightStored++;
                else if (res.statusCode() == 303 && filed.equals("new")) v.inFlightNotStored++;
                else v.inFlightUnknown++;
            } catch (IOException e) {
                v.inFlightUnknown++;
            }
        }
        return v;
    }

    /** POST /hotline/status for every code, 8 at a time: how many answered 200, the codes that answered 404, the rest. */
    static Checked statusAll(Client client, List<Ack> acks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        AtomicInteger found = new AtomicInteger();
        List<String> notFound = Collections.synchronizedList(new ArrayList<>());
        List<String> other = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> all = new ArrayList<>();
        for (Ack ack : List.copyOf(acks)) {
            all.add(pool.submit(() -> {
                int s;
                try {
                    s = client.status(ack.code());
                } catch (IOException e) {
                    s = -1;
                }
                if (s == 200) found.incrementAndGet();
                else (s == 404 ? notFound : other).add(ack.code());
                return null;
            }));
        }
        for (Future<?> f : all) f.get();
        pool.shutdown();
        return new Checked(found.get(), List.copyOf(notFound), List.copyOf(other));
    }

    // ---------------------------------------------------------------- the server process

    static final class Server {
        final List<String> command;
        final Path log;
        Process process;
        long pid;
        String url;

        Server(List<String> command, Path log) {
            this.command = command;
            this.log = log;
            // Whatever happens to this program, it leaves no server behind.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (process != null && process.isAlive()) process.destroyForcibly();
            }));
        }

        /** Starts the server and waits until it prints its address; returns the seconds that took. */
        double start() throws Exception {
            long t0 = System.nanoTime();
            Files.createDirectories(log.toAbsolutePath().getParent());
            long offset = Files.exists(log) ? Files.size(log) : 0;
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            pid = process.pid();
            long deadline = t0 + TimeUnit.SECONDS.toNanos(300);
            while (System.nanoTime() < deadline) {
                byte[] all = Files.readAllBytes(log);
                String out = new String(all, (int) Math.min(offset, all.length), (int) Math.max(0, all.length - offset), StandardCharsets.UTF_8);
                Matcher m = SERVER_URL.matcher(out);
                if (m.find()) {
                    url = m.group(1);
                    return sec(t0, System.nanoTime());
                }
                if (!process.isAlive()) {
                    throw new IllegalStateException("the server exited with status " + process.exitValue() + ":\n" + out);
                }
                Thread.sleep(50);
            }
            process.destroyForcibly();
            throw new IllegalStateException("the server printed no address within 300 s; see " + log);
        }

        /** SIGKILL: Process.destroyForcibly() is kill(pid, SIGKILL) on Linux. */
        void kill9() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor();
        }

        /** SIGTERM, as an operator stopping the service would. */
        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor();
            }
        }

        /** Resident set size now and its peak over the process's life, from /proc/PID/status. */
        String memory() {
            try {
                Map<String, String> fields = new TreeMap<>();
                for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                    String[] kv = line.split(":\\s+", 2);
                    if (kv.length == 2 && (kv[0].equals("VmRSS") || kv[0].equals("VmHWM"))) {
                        fields.put(kv[0], String.format(Locale.ROOT, "%.0f MB", Long.parseLong(kv[1].replace(" kB", "").trim()) / 1024.0));
                    }
                }
                return "VmRSS " + fields.get("VmRSS") + ", VmHWM (peak) " + fields.get("VmHWM");
            } catch (IOException | RuntimeException e) {
                return "(memory not readable: " + e + ")";
            }
        }

        /** The Java heap as the JVM reports it (jcmd GC.heap_info); "" when jcmd is unavailable. */
        String heap() {
            try {
                Process jcmd = new ProcessBuilder("jcmd", String.valueOf(pid), "GC.heap_info").redirectErrorStream(true).start();
                String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                jcmd.waitFor(20, TimeUnit.SECONDS);
                Matcher m = Pattern.compile("heap\\s+total (\\d+)K, used (\\d+)K").matcher(out);
                return m.find() ? String.format(Locale.ROOT, "Java heap used %.0f MB of %.0f MB committed",
                        Long.parseLong(m.group(2)) / 1024.0, Long.parseLong(m.group(1)) / 1024.0) : "";
            } catch (IOException | InterruptedException e) {
                return "";
            }
        }
    }

    // ---------------------------------------------------------------- HTTP

    static final class Client {
        final HttpClient http;
        final String base;

        Client(String base) {
            this.base = base;
            this.http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
        }

        /** GET /hotline: a blank form with a fresh token, filled in here as a person would. */
        Form fetchForm() throws IOException, InterruptedException {
            HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(base + "/hotline"))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (res.statusCode() != 200) throw new IOException("GET /hotline answered " + res.statusCode());
            Matcher m = TOKEN.matcher(res.body());
            if (!m.find()) throw new IOException("GET /hotline: no token in the form");
            String token = m.group(1).replace("&#43;", "+").replace("&#x2B;", "+").replace("&#61;", "=")
                    .replace("&#x3D;", "=").replace("&quot;", "\"").replace("&amp;", "&");
            return Form.random(token, System.nanoTime());
        }

        HttpResponse<Void> post(Form form) throws IOException {
            try {
                return http.send(HttpRequest.newBuilder(URI.create(base + "/hotline"))
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form.body(), StandardCharsets.UTF_8)).build(),
                        HttpResponse.BodyHandlers.discarding());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }

        /** GET /hotline/receipt with the cookie of a 303: the 16-digit code, or empty when the page has none. */
        Optional<String> receipt(String cookie) throws IOException {
            if (cookie == null) return Optional.empty();
            try {
                HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(base + "/hotline/receipt"))
                        .timeout(Duration.ofSeconds(30)).header("Cookie", RECEIPT_COOKIE + "=" + cookie).GET().build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                Matcher m = RECEIPT.matcher(res.body());
                return res.statusCode() == 200 && m.find() ? Optional.of(m.group(1).replace(" ", "")) : Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }

        /** POST /hotline/status: 200 when the code is on file, 404 when not. */
        int status(String code) throws IOException {
            try {
                return http.send(HttpRequest.newBuilder(URI.create(base + "/hotline/status"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("receipt=" + code)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
    }

    /** The value of the receipt cookie a 303 sets, or null. */
    static String cookie(HttpResponse<?> res) {
        for (String set : res.headers().allValues("set-cookie")) {
            if (set.startsWith(RECEIPT_COOKIE + "=")) {
                int end = set.indexOf(';');
                return set.substring(RECEIPT_COOKIE.length() + 1, end < 0 ? set.length() : end);
            }
        }
        return null;
    }

    /** Forms fetched ahead, oldest first; one is handed out only once the server would accept it. */
    static final class TokenPool {
        final Client client;
        final LinkedBlockingQueue<Form> queue = new LinkedBlockingQueue<>();
        final AtomicLong fetched = new AtomicLong();
        final AtomicLong fetchErrors = new AtomicLong();
        final LongAdder starved = new LongAdder();
        final LongAdder taken = new LongAdder();
        volatile boolean running = true;
        volatile int target;
        final List<Thread> threads = new ArrayList<>();

        TokenPool(Client client) {
            this.client = client;
        }

        void prefetch(int count, int parallel) throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(parallel);
            List<Future<Form>> forms = new ArrayList<>();
            for (int i = 0; i < count; i++) forms.add(pool.submit(client::fetchForm));
            for (Future<Form> f : forms) {
                queue.add(f.get());
                fetched.incrementAndGet();
            }
            pool.shutdown();
        }

        /**
         * Keeps at least max(minimum, `ahead` seconds of recent consumption) forms in the pool: a form fetched
         * now is usable in 2 s, so the pool must hold more than 2 s of submissions. With enough fetched ahead
         * the fetchers stay idle.
         */
        void startRefill(int fetchers, int minimum, double ahead) {
            target = minimum;
            Thread control = new Thread(() -> {
                long last = 0;
                while (running) {
                    try {
                        Thread.sleep(500);
                    } catch (InterruptedException e) {
                        return;
                    }
                    long now = taken.sum();
                    target = (int) Math.max(minimum, (now - last) * 2 * ahead);
                    last = now;
                }
            }, "token-target");
            control.setDaemon(true);
            threads.add(control);
            for (int i = 0; i < fetchers; i++) {
                Thread t = new Thread(() -> {
                    while (running) {
                        if (queue.size() >= target) {
                            sleepQuietly(5);
                            continue;
                        }
                        try {
                            queue.add(client.fetchForm());
                            fetched.incrementAndGet();
                        } catch (IOException e) {
                            fetchErrors.incrementAndGet();
                            sleepQuietly(50);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }, "token-refill-" + i);
                t.setDaemon(true);
                threads.add(t);
            }
            threads.forEach(Thread::start);
        }

        /** Waits until the oldest form is old enough. */
        void waitUntilUsable() throws InterruptedException {
            Form first = queue.peek();
            if (first != null) {
                long wait = first.fetched() + MIN_AGE_NANOS - System.nanoTime();
                if (wait > 0) TimeUnit.NANOSECONDS.sleep(wait);
            }
        }

        /** The oldest form, once it is old enough; null after 100 ms without one. */
        Form take() {
            try {
                Form f = queue.poll(100, TimeUnit.MILLISECONDS);
                if (f == null) {
                    starved.increment();
                    return null;
                }
                taken.increment();
                long wait = f.fetched() + MIN_AGE_NANOS - System.nanoTime();
                if (wait > 0) {
                    starved.increment();
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                return f;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }

        void stop() {
            running = false;
        }
    }

    private static void sleepQuietly(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---------------------------------------------------------------- the complaints

    /** A filled-in form; the same object is resubmitted unchanged to test that it is recognised. */
    record Form(String token, long fetched, String project, String kind, String description, String phone,
                boolean anonymous) {

        static final String[] KINDS = {"wage", "notice", "quality", "other"};
        static final String[] PLACES = {"白石镇东陈村", "柳湾镇柳湾村", "桃源乡桃源村", "沙河镇沙河村", "青山镇上坪村",
                "青山镇下坪村", "东河街道东河社区", "白石镇南岗村", "柳湾镇杏花村", "桃源乡松树沟村", "沙河镇李集村", "青山镇新华村"};
        static final String[] WORKS = {"生产道路硬化", "灌溉水渠修复", "村内道路拓宽", "河道清淤", "小型农田水利", "排水沟渠",
                "产业路", "便民桥", "堰塘整治", "高标准农田"};
        static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
        static final Map<String, String[]> SENTENCES = Map.of(
                "wage", new String[] {
                        "我是%p的村民，%y年%m月在村里的%w项目上干了%d天活，说好每天%a元，到现在工资还没有发。",
                        "一起干活的还有%n个人，都是本村的，工钱也都没有拿到。",
                        "施工队的%s老板说钱要等上面拨下来才能发，已经拖了%k个月了。",
                        "公示栏上写的劳务报酬是%b元，但我们实际拿到手的只有%c元左右，差了一大截。",
                        "工资是发的现金，没有打到银行卡上，也没有让我们签字，不知道账上是怎么写的。",
                        "发工资的花名册上有几个人根本没来干过活，我们怀疑有人冒领。",
                        "我年纪大了不会用手机银行，去信用社查了两次都说没有这笔钱。"},
                "notice", new String[] {
                        "%p%w项目的公示栏上没有写投资金额和劳务报酬总额，只写了项目名称。",
                        "公示栏只贴了三四天就被撕掉了，村里很多人都没看到。",
                        "项目已经完工%k个月了，永久性公示牌到现在也没有立起来。",
                        "网上公示的用工人数是%n人，实际上在工地干活的人不到一半。",
                        "公示的开工日期是%y年%m月，实际上那时候还没有动工。",
                        "公示牌上的监督电话打过去是空号，只好在网上反映。"},
                "quality", new String[] {
                        "%p新修的%w才用了%k个月就裂开了，有好几处已经塌陷。",
                        "水渠用的水泥看着标号不够，用手一掰就掉渣。",
                        "路面宽度公示的是3.5米，我们自己拿尺子量了只有3米左右，厚度也不够。",
                        "排水沟没有按设计做，一下雨路上全是积水，车都过不去。",
                        "施工的时候没有人监理，晚上还在浇混凝土，也没有养护。",
                        "挡土墙砌得歪歪扭扭，里面填的都是土，不是石头。"},
                "other", new String[] {
                        "%w项目占用了我家的承包地，到现在没有人来商量补偿的事。",
                        "施工队晚上十一二点还在用机器，影响老人孩子休息。",
                        "听说这个项目的施工队是村干部的亲戚，不知道有没有公开招标。",
                        "项目用工优先用外地人，本村想干活的报了名也没有安排。",
                        "村里开会说要每户出工，不出工的要交钱，不知道这样合不合规定。"});
        static final String[] CLOSINGS = {
                "希望有关部门尽快核实处理。", "请调查一下，给我们一个说法。", "以上情况村里很多人都知道，可以找人核实。",
                "我的联系方式可以留给工作人员，但请不要告诉村里。", "麻烦你们派人来现场看一看。", "谢谢！"};

        static Form random(String token, long fetched) {
            ThreadLocalRandom r = ThreadLocalRandom.current();
            String kind = KINDS[r.nextInt(KINDS.length)];
            String place = PLACES[r.nextInt(PLACES.length)];
            String work = WORKS[r.nextInt(WORKS.length)];
            int length = 100 + r.nextInt(501);
            String[] own = SENTENCES.get(kind);
            StringBuilder text = new StringBuilder();
            while (text.length() < length) {
                String s = (text.length() > 0 && r.nextInt(5) == 0) ? CLOSINGS[r.nextInt(CLOSINGS.length)]
                        : own[r.nextInt(own.length)];
                text.append(fill(s, r, place, work));
                if (r.nextInt(6) == 0) text.append('\n');
            }
            String description = text.length() > 600 ? text.substring(0, 599) + "。" : text.toString().strip();
            boolean withPhone = r.nextBoolean();
            String phone = withPhone ? "139" + String.format("%08d", r.nextInt(100_000_000)) : "";
            boolean anonymous = !withPhone && r.nextBoolean();
            String project = switch (r.nextInt(3)) {
                case 0 -> String.format("20%02d-QH-%04d", 21 + r.nextInt(5), 1 + r.nextInt(40));
                case 1 -> place + work + "工程";
                default -> "";
            };
            return new Form(token, fetched, project, kind, description, phone, anonymous);
        }

        private static String fill(String s, ThreadLocalRandom r, String place, String work) {
            int wage = 120 + 10 * r.nextInt(10);
            int days = 5 + r.nextInt(60);
            return s.replace("%p", place).replace("%w", work).replace("%y", String.valueOf(2021 + r.nextInt(5)))
                    .replace("%m", String.valueOf(1 + r.nextInt(12))).replace("%d", String.valueOf(days))
                    .replace("%a", String.valueOf(wage)).replace("%n", String.valueOf(3 + r.nextInt(30)))
                    .replace("%s", SURNAMES[r.nextInt(SURNAMES.length)]).replace("%k", String.valueOf(1 + r.nextInt(11)))
                    .replace("%b", String.valueOf(wage * days)).replace("%c", String.valueOf(wage * days / 2));
        }

        String body() {
            StringBuilder b = new StringBuilder(description.length() * 9 + 600);
            field(b, "token", token);
            field(b, "project", project);
            field(b, "kind", kind);
            field(b, "description", description);
            field(b, "phone", phone);
            if (anonymous) field(b, "anonymous", "1");
            field(b, "website", "");
            return b.toString();
        }

        private static void field(StringBuilder b, String name, String value) {
            if (b.length() > 0) b.append('&');
            b.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    // ---------------------------------------------------------------- helpers

    /** Rows in the complaint table, read with the same JDBC URL the server used (after it stopped). */
    static Optional<Long> countRows(String jdbcUrl) {
        if (jdbcUrl == null || jdbcUrl.isEmpty()) return Optional.empty();
        try {
            Class.forName(jdbcUrl.startsWith("jdbc:sqlite:") ? "org.sqlite.JDBC" : "org.postgresql.Driver");
            try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*) FROM complaint")) {
                rs.next();
                return Optional.of(rs.getLong(1));
            }
        } catch (Exception e) {
            System.out.println("(could not count rows: " + e + ")");
            return Optional.empty();
        }
    }

    static String describe(Map<String, LongAdder> counts) {
        if (counts.isEmpty()) return "none";
        StringBuilder b = new StringBuilder();
        new TreeMap<>(counts).forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append(": ").append(v.sum()));
        return b.toString();
    }

    /** Nearest-rank percentile in ms. */
    static double pct(long[] nanos, double p) {
        if (nanos.length == 0) return Double.NaN;
        long[] s = nanos.clone();
        Arrays.sort(s);
        int rank = (int) Math.ceil(p / 100 * s.length);
        return s[Math.max(0, Math.min(s.length - 1, rank - 1))] / 1e6;
    }

    static double sec(long from, long to) {
        return (to - from) / 1e9;
    }

    static void result(String key, String format, Object value, String unit) {
        System.out.println("RESULT " + key + " " + String.format(Locale.ROOT, format, value) + (unit.isEmpty() ? "" : " " + unit));
    }
}
