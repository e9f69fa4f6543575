package io.ordertrail.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordertrail.devstack.EmbeddedBroker;
import io.ordertrail.testsupport.Directories;
import io.ordertrail.testsupport.ItEnvironment;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * TLS on the broker's acceptor, turned on by configuration with a self-signed certificate: a client that trusts the
 * certificate gets in (and still needs its user), a plain connection does not.
 */
@Order(2)
class BrokerTlsIT {

    private static final String PASSWORD = "tls-test-store";

    @Test
    void withTlsOnOnlyClientsThatSpeakTlsGetIn() throws Exception {
        Path dir = Path.of(System.getProperty("ordertrail.itDataDir"), "tls-broker");
        Directories.deleteRecursively(dir);
        Files.createDirectories(dir);
        Path keyStore = dir.resolve("broker.p12");
        Path certificate = dir.resolve("broker.cer");
        Path trustStore = dir.resolve("trust.p12");
        keytool(
                "-genkeypair",
                "-alias",
                "broker",
                "-keyalg",
                "RSA",
                "-keysize",
                "2048",
                "-validity",
                "2",
                "-dname",
                "CN=localhost",
                "-ext",
                "SAN=ip:127.0.0.1",
                "-storetype",
                "PKCS12",
                "-keystore",
                keyStore.toString(),
                "-storepass",
                PASSWORD);
        keytool(
                "-exportcert",
                "-alias",
                "broker",
                "-keystore",
                keyStore.toString(),
                "-storepass",
                PASSWORD,
                "-file",
                certificate.toString());
        keytool(
                "-importcert",
                "-noprompt",
                "-alias",
                "broker",
                "-file",
                certificate.toString(),
                "-storetype",
                "PKCS12",
                "-keystore",
                trustStore.toString(),
                "-storepass",
                PASSWORD);
        int port = freePort();

        EmbeddedBroker broker = EmbeddedBroker.startWithTls(
                Path.of(System.getProperty("ordertrail.brokerConfig")),
                dir.resolve("journal"),
                port,
                ItEnvironment.APPLICATION,
                keyStore,
                PASSWORD);
        try {
            String tls = "tcp://127.0.0.1:" + port + "?sslEnabled=true&trustStorePath=" + trustStore
                    + "&trustStorePassword=" + PASSWORD + "&trustStoreType=PKCS12";
            String text = "over TLS " + UUID.randomUUID();
            try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(tls);
                    JMSContext jms = factory.createContext(
                            ItEnvironment.APPLICATION.name(), ItEnvironment.APPLICATION.password())) {
                Queue queue = jms.createQueue("ordertrail.tls-check");
                try (JMSConsumer consumer = jms.createConsumer(queue)) {
                    jms.createProducer().send(queue, text);
                    assertThat(consumer.receiveBody(String.class, 10_000)).isEqualTo(text);
                }
            }
            assertThatThrownBy(() -> {
                        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(tls);
                                JMSContext jms = factory.createContext()) {
                            jms.createProducer().send(jms.createQueue("ordertrail.tls-check"), "anonymous");
                        }
                    })
                    .as("TLS does not replace the user")
                    .isInstanceOf(JMSRuntimeException.class);
            assertThatThrownBy(() -> {
                        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(
                                        "tcp://127.0.0.1:" + port + "?callTimeout=3000&initialConnectAttempts=1");
                                JMSContext jms = factory.createContext(
                                        ItEnvironment.APPLICATION.name(), ItEnvironment.APPLICATION.password())) {
                            jms.createProducer().send(jms.createQueue("ordertrail.tls-check"), "plain");
                        }
                    })
                    .as("a plain connection to the TLS acceptor")
                    .isInstanceOf(JMSRuntimeException.class);
        } finally {
            broker.close();
        }
    }

    private static void keytool(String... arguments) throws Exception {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
