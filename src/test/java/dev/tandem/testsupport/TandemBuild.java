package dev.tandem.testsupport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the build produced and a test server is made of: the Payara Micro jar, the WAR, the server libraries and the
 * pre-boot commands. Failsafe passes the paths as system properties (see the pom); the defaults fit a run from the
 * project folder after {@code mvn package}.
 */
record TandemBuild(Path microJar, Path war, Path serverLib, Path serverConfig) {

    static TandemBuild fromSystemProperties() {
        return new TandemBuild(path("payara.microJar", "target/payara-micro.jar"),
                path("tandem.war", "target/ROOT.war"),
                path("tandem.serverLib", "target/server-lib"),
                path("tandem.serverConfig", "server-config"));
    }

    /** The command line {@code bin/run} uses, with the small-heap flags that make start-up fast on two cores. */
    List<String> command(int port) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        var command = new ArrayList<>(List.of(java.toString(), "-Xmx512m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Djava.io.tmpdir=" + war.getParent()));
        command.addAll(List.of("-jar", microJar.toString(), "--deploy", war.toString(),
                "--port", String.valueOf(port), "--nocluster", "--disablephonehome",
                "--addlibs", serverLib.resolve("postgresql.jar").toString(),
                "--prebootcommandfile", serverConfig.resolve("pre-boot-commands.asadmin").toString()));
        return command;
    }

    private static Path path(String property, String fallback) {
        return Path.of(System.getProperty(property, fallback)).toAbsolutePath();
    }
}
