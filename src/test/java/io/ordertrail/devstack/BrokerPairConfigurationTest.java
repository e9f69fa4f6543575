package io.ordertrail.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.apache.activemq.artemis.api.core.TransportConfiguration;
import org.apache.activemq.artemis.core.config.ClusterConnectionConfiguration;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.HAPolicyConfiguration;
import org.apache.activemq.artemis.core.config.ha.ReplicaPolicyConfiguration;
import org.apache.activemq.artemis.core.config.ha.ReplicatedPolicyConfiguration;
import org.apache.activemq.artemis.core.config.impl.FileConfiguration;
import org.apache.activemq.artemis.core.deployers.impl.FileConfigurationParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The broker pair's configuration as a broker reads it: broker.xml, then the pair's properties file for its part
 * (as {@link BrokerPair} and docker/compose.yaml give them), with the system properties they name.
 */
class BrokerPairConfigurationTest {

    private static final Path ARTEMIS = Path.of("server-config/artemis");
    private static final Map<String, String> PROPERTIES = Map.of(
            "ordertrail.broker.advertised-host", "broker-a.example",
            "ordertrail.broker.port", "61616",
            "ordertrail.broker.partner-host", "broker-b.example",
            "ordertrail.broker.partner-port", "61617",
            "ordertrail.broker.cluster-password", "s3cret-pair");

    @AfterEach
    void clearProperties() {
        PROPERTIES.keySet().forEach(System::clearProperty);
    }

    private static Configuration read(String pairFile) throws Exception {
        PROPERTIES.forEach(System::setProperty);
        FileConfiguration configuration = new FileConfiguration();
        new FileConfigurationParser()
                .parseMainConfig(java.nio.file.Files.newInputStream(ARTEMIS.resolve("broker.xml")))
                .getConnectorConfigurations()
                .forEach(configuration::addConnectorConfiguration);
        if (pairFile != null) {
            configuration.parseProperties(ARTEMIS.resolve(pairFile).toString());
        }
        return configuration;
    }

    @Test
    void thePrimaryReplicatesToItsPartnerAndTakesOverBackWhenItReturns() throws Exception {
        Configuration primary = read("pair-primary.properties");

        HAPolicyConfiguration policy = primary.getHAPolicyConfiguration();
        assertThat(policy).isInstanceOf(ReplicatedPolicyConfiguration.class);
        assertThat(((ReplicatedPolicyConfiguration) policy).isCheckForActiveServer())
                .as("coming back, it asks whether the backup is live, and becomes its backup first")
                .isTrue();
        assertPair(primary);
    }

    @Test
    void theBackupTakesOverAndHandsBackOnceThePrimaryIsInStep() throws Exception {
        Configuration backup = read("pair-backup.properties");

        HAPolicyConfiguration policy = backup.getHAPolicyConfiguration();
        assertThat(policy).isInstanceOf(ReplicaPolicyConfiguration.class);
        assertThat(((ReplicaPolicyConfiguration) policy).isAllowFailBack()).isTrue();
        assertPair(backup);
    }

    @Test
    void aBrokerAloneHasNoPairAndNoClusterConnection() throws Exception {
        Configuration alone = read(null);

        HAPolicyConfiguration policy = alone.getHAPolicyConfiguration();
        assertThat(policy == null ? HAPolicyConfiguration.TYPE.PRIMARY_ONLY : policy.getType())
                .as("no policy, or primary only: the broker serves alone")
                .isEqualTo(HAPolicyConfiguration.TYPE.PRIMARY_ONLY);
        assertThat(alone.getClusterConfigurations()).isEmpty();
    }

    private static void assertPair(Configuration broker) {
        assertThat(broker.getClusterUser()).isEqualTo("ordertrail-cluster");
        assertThat(broker.getClusterPassword())
                .as("the pair's password, from the system property: never a default")
                .isEqualTo("s3cret-pair");
        assertThat(broker.getClusterConfigurations()).hasSize(1);
        ClusterConnectionConfiguration pair = broker.getClusterConfigurations().get(0);
        assertThat(pair.getConnectorName()).isEqualTo("this-broker");
        assertThat(pair.getStaticConnectors()).containsExactly("partner");

        TransportConfiguration self = broker.getConnectorConfigurations().get("this-broker");
        TransportConfiguration partner = broker.getConnectorConfigurations().get("partner");
        assertThat(self.getParams())
                .as("clients learn this address to fail over to")
                .containsEntry("host", "broker-a.example")
                .containsEntry("port", "61616");
        assertThat(partner.getParams())
                .containsEntry("host", "broker-b.example")
                .containsEntry("port", "61617");
    }
}
