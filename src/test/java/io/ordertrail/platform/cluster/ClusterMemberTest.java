package io.ordertrail.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ClusterMemberTest {

    @Test
    void aNameLongerThanTheClaimColumnsTakeIsRefusedWithTheSettingToChange() {
        assertThatThrownBy(() -> new ClusterMember("x".repeat(101)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ordertrail.instance-name is 101 characters long")
                .hasMessageContaining("at most 100");
    }

    @Test
    void aNameOfAHundredCharactersIsKept() {
        assertThat(new ClusterMember("y".repeat(100)).name()).hasSize(100);
    }
}
