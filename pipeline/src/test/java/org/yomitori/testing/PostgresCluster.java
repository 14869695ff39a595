package org.yomitori.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A throwaway PostgreSQL server for integration tests: a new cluster (initdb) in a temporary folder,
 * started with pg_ctl on a free loopback port and removed afterwards. PostgreSQL refuses to run as
 * root, so under root the commands run as the {@code postgres} user through {@code runuser}. When
 * the server binaries are not installed (Debian package {@code postgresql}), the test is skipped
 * with a message saying so.
 */
public final class PostgresCluster implements AutoCloseable {
    public static final String USER = "yomitori";
    private static final long TIMEOUT_S = 120;

    private final Path base;
    private final Path bin;
    private final boolean asPostgres;
    private final int port;

    private PostgresCluster(Path base, Path bin, boolean asPostgres, int port) {
        this.base = base;
        this.bin = bin;
        this.asPostgres = asPostgres;
        this.port = port;
    }

    /** Starts a cluster, or skips the calling test when this machine cannot run one. */
    public static PostgresCluster start() throws IOException, InterruptedException {
        Optional<Path> bin = binaries();
        Assumptions.assumeTrue(bin.isPresent(), "PostgreSQL server binaries (initdb, pg_ctl) not found: install the "
                + "Debian package postgresql to run the PostgreSQL integration test");
        boolean root = "root".equals(System.getProperty("user.name"));
        Assumptions.assumeTrue(!root || (Files.isExecutable(Path.of("/usr/sbin/runuser")) && hasUser("postgres")),
                "running as root without runuser or a postgres user: PostgreSQL refuses to run as root");
        Path base = Files.createTempDirectory("yomitori-pg-");
        if (root) {
            UserPrincipal postgres = base.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
            Files.setOwner(base, postgres);
        }
        PostgresCluster cluster = new PostgresCluster(base, bin.get(), root, freePort());
        try {
            cluster.run("initdb", "-D", cluster.data().toString(), "-U", USER, "-A", "trust", "-E", "UTF8",
                    "--locale=C", "--no-sync");
            cluster.run("pg_ctl", "-D", cluster.data().toString(), "-l", base.resolve("server.log").toString(), "-w",
                    "-t", "60", "-o", "-p " + cluster.port + " -k " + base + " -c listen_addresses=127.0.0.1"
                            + " -c fsync=off", "start");
        } catch (IOException | RuntimeException e) {
            cluster.delete();
            throw e;
        }
        return cluster;
    }

    public String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            run("pg_ctl", "-D", data().toString(), "-m", "immediate", "-w", "stop");
        } finally {
            delete();
        }
    }

    private Path data() {
        return base.resolve("data");
    }

    private void run(String tool, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (asPostgres) {
            command.addAll(List.of("/usr/sbin/runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(tool).toString());
        command.addAll(List.of(args));
        Path out = Files.createTempFile("yomitori-pg-", ".out");
        try {
            Process p = new ProcessBuilder(command).directory(base.toFile()).redirectErrorStream(true)
                    .redirectOutput(out.toFile()).start();
            if (!p.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(tool + " did not finish in " + TIMEOUT_S + " s");
            }
            if (p.exitValue() != 0) {
                throw new IOException(tool + " failed (" + p.exitValue() + "): " + Files.readString(out, StandardCharsets.UTF_8));
            }
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private void delete() throws IOException {
        try (Stream<Path> files = Files.walk(base)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** initdb and pg_ctl on the PATH, else Debian's newest /usr/lib/postgresql/&lt;version&gt;/bin. */
    private static Optional<Path> binaries() throws IOException {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "initdb")) && Files.isExecutable(Path.of(dir, "pg_ctl"))) {
                return Optional.of(Path.of(dir, "initdb").toRealPath().getParent());
            }
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(debian)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(debian)) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(b -> b.getParent().getFileName().toString(),
                            Comparator.comparingInt(v -> v.matches("\\d+") ? Integer.parseInt(v) : 0)));
        }
    }

    private static boolean hasUser(String name) throws IOException {
        return Files.readAllLines(Path.of("/etc/passwd")).stream().anyMatch(l -> l.startsWith(name + ":"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
