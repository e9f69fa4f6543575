package io.ordertrail.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PayaraMicroDataGridTest {

    @Test
    void aloneWithoutMembers() {
        assertThat(PayaraMicro.dataGrid(Map.of(), 8080)).containsExactly("--nocluster");
    }

    @Test
    void membersOnThisMachineKeepTheBackupOnTheOtherServer() {
        assertThat(PayaraMicro.dataGrid(
                        Map.of(
                                PayaraMicro.DATA_GRID_MEMBERS, "127.0.0.1:6900, 127.0.0.1:6901",
                                PayaraMicro.DATA_GRID_PORT, "6901"),
                        8082))
                .containsSubsequence("--clusterMode", "tcpip:127.0.0.1:6900,127.0.0.1:6901")
                .containsSubsequence("--name", "ordertrail-8082")
                .containsSubsequence("--startport", "6901")
                .containsSubsequence("--interfaces", "127.0.0.1")
                .contains("--nohostaware");
    }

    @Test
    void membersOnOtherHostsKeepHostAwarePartitioning() {
        assertThat(PayaraMicro.dataGrid(
                        Map.of(
                                PayaraMicro.DATA_GRID_MEMBERS,
                                "app-1.example.com:6900,app-2.example.com:6900",
                                PayaraMicro.INSTANCE_NAME,
                                "app-1"),
                        8080))
                .containsSubsequence("--name", "app-1")
                .doesNotContain("--nohostaware", "--interfaces");
    }

    @Test
    void theConsolesGridWinsOverTheMembers() {
        assertThat(PayaraMicro.dataGrid(
                        Map.of(
                                PayaraMicro.DAS_DATA_GRID, "127.0.0.1:20049",
                                PayaraMicro.DATA_GRID_MEMBERS, "127.0.0.1:6900"),
                        8080))
                .containsExactly("--clusterMode", "domain:127.0.0.1:20049", "--name", "ordertrail-8080");
    }
}
