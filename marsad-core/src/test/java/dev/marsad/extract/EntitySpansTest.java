package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.model.Entity;
import dev.marsad.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntitySpansTest {
    private static final Entity KIM = new Entity("كيم", EntityType.PERSON, "person:kim", 10, 13);
    private static final Entity MINISTRY = new Entity("وزارة الخارجية", EntityType.ORGANIZATION, "organization:a", 20, 34);
    private static final Entity COUNCIL = new Entity("مجلس الأمن", EntityType.ORGANIZATION, "organization:b", 40, 50);
    private static final Entity MINISTRY2 = new Entity("وزارة الدفاع", EntityType.ORGANIZATION, "organization:c", 60, 72);
    private final EntitySpans spans = new EntitySpans(List.of(MINISTRY2, KIM, COUNCIL, MINISTRY));

    @Test
    void startingInGivesTheEntitiesOfARangeInTextOrder() {
        assertThat(spans.startingIn(0, 40)).containsExactly(KIM, MINISTRY);
        assertThat(spans.startingIn(11, 20)).isEmpty();
        assertThat(spans.startingIn(60, 61)).containsExactly(MINISTRY2);
        assertThat(spans.startingIn(100, 200)).isEmpty();
    }

    @Test
    void lastOrganizationWithWordIsTheLatestEndingBeforeThePosition() {
        assertThat(spans.lastOrganizationWithWord("وزاره", 80)).isEqualTo(MINISTRY2);
        assertThat(spans.lastOrganizationWithWord("وزاره", 70)).isEqualTo(MINISTRY);
        assertThat(spans.lastOrganizationWithWord("وزاره", 30)).isNull();
        assertThat(spans.lastOrganizationWithWord("امن", 80)).isEqualTo(COUNCIL);
        assertThat(spans.lastOrganizationWithWord("سفاره", 80)).isNull();
    }

    @Test
    void noEntities() {
        EntitySpans empty = new EntitySpans(List.of());
        assertThat(empty.startingIn(0, 100)).isEmpty();
        assertThat(empty.lastOrganizationWithWord("وزاره", 100)).isNull();
    }
}
