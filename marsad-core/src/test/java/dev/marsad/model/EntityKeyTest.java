package dev.marsad.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EntityKeyTest {
    @Test
    void aWrittenKeyIsReadBackToItsParts() {
        EntityKey key = EntityKey.parse("person:kam-gang-an");
        assertThat(key.type()).isEqualTo(EntityType.PERSON);
        assertThat(key.skeleton()).isEqualTo("kam-gang-an");
        assertThat(key.wordSkeletons()).containsExactly("kam", "gang", "an");
        assertThat(key.value()).isEqualTo("person:kam-gang-an");
        assertThat(new EntityKey(EntityType.ORGANIZATION, "nato").value()).isEqualTo("organization:nato");
    }

    @Test
    void aKeyWithoutAKnownTypeIsRefusedByName() {
        assertThatThrownBy(() -> EntityKey.parse("kim")).hasMessageContaining("kim");
        assertThatThrownBy(() -> EntityKey.parse("PER:kim")).hasMessageContaining("unknown type");
    }
}
