package io.ordertrail.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No Docker engine runs on the build machines, so docker/ is checked by what can be checked without one: the
 * image matches the Payara version we build and test with, it copies what the build makes, and compose sets
 * only configuration the application reads.
 */
class DockerFilesTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();

    @Test
    void theImageRunsThePayaraVersionTheBuildIsTestedWith() throws IOException {
        String pom = Files.readString(ROOT.resolve("pom.xml"));
        Matcher version =
                Pattern.compile("<payara.version>([^<]+)</payara.version>").matcher(pom);
        assertThat(version.find()).isTrue();

        assertThat(Files.readString(ROOT.resolve("docker/Dockerfile")))
                .contains("FROM payara/micro:" + version.group(1) + "-jdk17");
    }

    @Test
    void theImageCopiesWhatTheBuildMakesAndTheServerConfiguration() throws IOException {
        Matcher copy = Pattern.compile("(?m)^COPY (?:--\\S+ )*(\\S+) ")
                .matcher(Files.readString(ROOT.resolve("docker/Dockerfile")));
        Set<String> sources = new TreeSet<>();
        while (copy.find()) {
            sources.add(copy.group(1));
        }
        assertThat(sources)
                .containsExactlyInAnyOrder(
                        "target/readiness-gate.war",
                        "target/artemis-ra.rar",
                        "target/ordertrail.war",
                        "server-config/pre-boot-commands.asadmin",
                        "server-config/post-boot-commands.asadmin",
                        "server-config/logging.properties",
                        "server-config/jvm/production.options",
                        "docker/ordertrail-entrypoint.sh");
        assertThat(Files.readString(ROOT.resolve("docker/Dockerfile")))
                .as("the image starts Payara Micro with the production JVM profile")
                .contains(
                        "COPY --chown=payara:payara server-config/jvm/production.options /opt/payara/config/jvm.options")
                .contains("ENTRYPOINT [\"/opt/payara/ordertrail-entrypoint.sh\"]");
        assertThat(Files.readString(ROOT.resolve("docker/ordertrail-entrypoint.sh")))
                .contains("exec java @/opt/payara/config/jvm.options $JVM_ARGS -jar /opt/payara/payara-micro.jar")
                .as("the access log as the run command writes it")
                .contains("'" + io.ordertrail.devstack.PayaraMicro.ACCESS_LOG_FORMAT + "'");
        assertThat(Files.isExecutable(ROOT.resolve("docker/ordertrail-entrypoint.sh")))
                .isTrue();
        assertThat(ROOT.resolve("server-config/post-boot-commands.asadmin")).exists();
        assertThat(ROOT.resolve("server-config/logging.properties")).exists();
        assertThat(Files.readString(ROOT.resolve("pom.xml")))
                .contains(
                        "<finalName>ordertrail</finalName>",
                        "<finalName>artemis-ra</finalName>",
                        "<finalName>readiness-gate</finalName>");
    }

    /** Each JVM profile is a java argument file this JDK accepts, every option of it. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"production", "quick-start"})
    void theJvmProfilesAreOptionsTheJvmAccepts(String profile) throws Exception {
        Path options = ROOT.resolve("server-config/jvm/" + profile + ".options");
        Process jvm = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "@" + options,
                        "-XX:+PrintCommandLineFlags",
                        "-version")
                .redirectErrorStream(true)
                .start();
        String output = new String(jvm.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(jvm.waitFor()).as(output).isZero();
        assertThat(output)
                .as("the profile's collector is the one the JVM runs with")
                .contains(profile.equals("production") ? "-XX:+UseG1GC" : "-XX:+UseSerialGC");
    }

    @Test
    void sessionsGoToTheDataGridOnlyWhenEachLauncherSaysThereIsOne() throws IOException {
        String postBoot = Files.readString(ROOT.resolve("server-config/post-boot-commands.asadmin"));
        String entrypoint = Files.readString(ROOT.resolve("docker/ordertrail-entrypoint.sh"));
        String launcher = Files.readString(ROOT.resolve("src/devstack/java/io/ordertrail/devstack/PayaraMicro.java"));
        assertThat(postBoot)
                .as("alone, sessions stay in memory: the default is false")
                .contains(
                        "web-container-availability.availability-enabled=${ENV=ORDERTRAIL_SESSIONS_ON_DATA_GRID:false}");
        assertThat(entrypoint)
                .contains("export ORDERTRAIL_SESSIONS_ON_DATA_GRID=true")
                .contains("set -- --nocluster\n  ORDERTRAIL_SESSIONS_ON_DATA_GRID=false");
        assertThat(launcher).contains("\"ORDERTRAIL_SESSIONS_ON_DATA_GRID\"", "grid.contains(\"--nocluster\")");
    }

    @Test
    void composeSetsOnlyConfigurationTheApplicationReads() throws IOException {
        String compose = Files.readString(ROOT.resolve("docker/compose.yaml"));
        String postBoot = Files.readString(ROOT.resolve("server-config/post-boot-commands.asadmin"));
        String resources = Files.readString(ROOT.resolve("src/main/java/io/ordertrail/platform/Resources.java"));
        String config = Files.readString(ROOT.resolve("src/main/resources/META-INF/microprofile-config.properties"));
        String readme = Files.readString(ROOT.resolve("README.md"));
        // read by the image's command (joining the console) and by the console's own script
        String launchers = Files.readString(ROOT.resolve("docker/ordertrail-entrypoint.sh"))
                + Files.readString(ROOT.resolve("server-config/console/das.sh"));

        Matcher variable = Pattern.compile("(?m)^\\s+(ORDERTRAIL_[A-Z_]+):").matcher(compose);
        Set<String> variables = new TreeSet<>();
        while (variable.find()) {
            variables.add(variable.group(1));
        }
        assertThat(variables).isNotEmpty();
        for (String name : variables) {
            // MicroProfile Config finds ordertrail.public-url from ORDERTRAIL_PUBLIC_URL: "_" stands for "." or "-"
            Pattern property = Pattern.compile(name.toLowerCase().replace("_", "[.-]"));
            assertThat(postBoot.contains("ENV=" + name)
                            || launchers.contains("$" + name)
                            || launchers.contains("${" + name)
                            || property.matcher(resources).find()
                            || property.matcher(config).find())
                    .as(name + " is read by the post-boot commands or the application")
                    .isTrue();
            assertThat(readme).as(name + " is documented in the README").contains(name);
        }
        assertThat(compose).contains("../server-config/artemis/broker.xml");
        assertThat(ROOT.resolve("server-config/artemis/broker.xml")).exists();
    }

    @Test
    void composeRunsABrokerPairThatTheServersFailOverBetween() throws IOException {
        String compose = Files.readString(ROOT.resolve("docker/compose.yaml"));
        for (String part : List.of("primary", "backup")) {
            String file = "server-config/artemis/pair-" + part + ".properties";
            assertThat(ROOT.resolve(file)).exists();
            assertThat(compose)
                    .as("the " + part + " broker is given its part of the pair as its broker.properties")
                    .contains("../" + file + ":/var/lib/artemis-instance/etc-override/broker.properties:ro");
            assertThat(compose).contains("artemis-" + part + ":");
        }
        // each broker names itself, its partner and the pair's password, and reads the properties file it was given
        for (String option : List.of(
                "-Dordertrail.broker.advertised-host=",
                "-Dordertrail.broker.partner-host=",
                "-Dordertrail.broker.partner-port=",
                "-Dordertrail.broker.cluster-password=${ORDERTRAIL_BROKER_CLUSTER_PASSWORD:?",
                "-Dbroker.properties=/var/lib/artemis-instance/etc/broker.properties")) {
            assertThat(compose.split(Pattern.quote(option), -1))
                    .as(option + " for both brokers")
                    .hasSize(3);
        }
        assertThat(compose)
                .contains("ORDERTRAIL_JMS_HOST: artemis-primary")
                .contains("ORDERTRAIL_JMS_BACKUP_HOST: artemis-backup");
        assertThat(Files.readString(ROOT.resolve("docker/ordertrail-entrypoint.sh")))
                .as("a broker alone is its own backup")
                .contains(
                        "ORDERTRAIL_JMS_BACKUP_HOST=\"${ORDERTRAIL_JMS_BACKUP_HOST:-${ORDERTRAIL_JMS_HOST:-localhost}}\"");
    }

    @Test
    void composeHoldsNoSecretAndNoDemoData() throws IOException {
        String compose = Files.readString(ROOT.resolve("docker/compose.yaml"));
        Matcher secret = Pattern.compile("(?m)^\\s+(\\w*PASSWORD\\w*|\\w*SIGNING_KEY\\w*):\\s*(.+)$")
                .matcher(compose);
        int secrets = 0;
        while (secret.find()) {
            secrets++;
            // optional: the first admin's (ignored once there is one), and the console's (generated when unset)
            if (secret.group(1).startsWith("ORDERTRAIL_BOOTSTRAP_")
                    || secret.group(1).equals("ORDERTRAIL_CONSOLE_ADMIN_PASSWORD")) {
                assertThat(secret.group(2).trim())
                        .as(secret.group(1) + " is optional, from the environment, and empty when unset")
                        .matches("\\$\\{" + secret.group(1) + ":-}");
                continue;
            }
            assertThat(secret.group(2).trim())
                    .as(secret.group(1) + " comes from the environment, and compose refuses to start without it")
                    .matches("\\$\\{[A-Z_]+:\\?[^}]+}");
        }
        assertThat(secrets).isGreaterThanOrEqualTo(4);
        assertThat(compose)
                .contains("ORDERTRAIL_DEMO_DATA: \"false\"")
                .doesNotContain("ORDERTRAIL_DEMO_DATA: \"true\"");
        assertThat(Files.readString(ROOT.resolve("docker/Dockerfile"))).doesNotContainIgnoringCase("password");
    }
}
