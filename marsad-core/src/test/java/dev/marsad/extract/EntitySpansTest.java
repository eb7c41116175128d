package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.model.Entity;
import dev.marsad.model.EntityType;
import dev.marsad.text.ArabicNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EntitySpansTest {
    private static final Entity KIM = new Entity("كيم", EntityType.PERSON, "person:kim", 10, 13);
    private static final Entity MINISTRY = new Entity("وزارة الخارجية", EntityType.ORGANIZATION, "organization:a", 20, 34);
    private static final Entity COUNCIL = new Entity("مجلس الأمن", EntityType.ORGANIZATION, "organization:b", 40, 50);
    private static final Entity MINISTRY2 = new Entity("وزارة الدفاع", EntityType.ORGANIZATION, "organization:c", 60, 72);
    private final EntitySpans spans = new EntitySpans(List.of(KIM, MINISTRY, COUNCIL, MINISTRY2));

    @Test
    void startingInGivesTheEntitiesOfARangeInTextOrder() {
        assertThat(spans.inTextOrder()).isTrue();
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
    void aListOutOfTextOrderIsAnsweredInItsOwnOrder() {
        EntitySpans shuffled = new EntitySpans(List.of(MINISTRY2, KIM, COUNCIL, MINISTRY));
        assertThat(shuffled.inTextOrder()).isFalse();
        assertThat(shuffled.startingIn(0, 100)).containsExactly(MINISTRY2, KIM, COUNCIL, MINISTRY);
        assertThat(shuffled.lastOrganizationWithWord("وزاره", 80)).isEqualTo(MINISTRY);
    }

    @Test
    void answersAsAScanOfTheListWould() {
        Random random = new Random(17);
        String[] words = {"وزارة الخارجية", "الوزارة", "مجلس الأمن", "وزارة الدفاع", "الأمن العام"};
        for (int round = 0; round < 200; round++) {
            List<Entity> list = new ArrayList<>();
            int at = 0;
            for (int i = random.nextInt(12); i > 0; i--) {
                at += random.nextInt(5);
                int end = at + 1 + random.nextInt(6);
                EntityType type = EntityType.values()[random.nextInt(EntityType.values().length)];
                list.add(new Entity(words[random.nextInt(words.length)], type, "k" + i, at, end));
                at = end;
            }
            if (round % 2 == 1) {
                java.util.Collections.shuffle(list, random);
            }
            EntitySpans indexed = new EntitySpans(list);
            for (int from = 0; from < at + 3; from++) {
                for (int to = from; to < at + 3; to += 1 + random.nextInt(4)) {
                    assertThat(indexed.startingIn(from, to)).isEqualTo(scanStartingIn(list, from, to));
                }
                for (String head : new String[] {"وزاره", "امن", "مجلس"}) {
                    assertThat(indexed.lastOrganizationWithWord(head, from)).isEqualTo(scanLastOrganization(list, head, from));
                }
            }
        }
    }

    @Test
    void noEntities() {
        EntitySpans empty = new EntitySpans(List.of());
        assertThat(empty.startingIn(0, 100)).isEmpty();
        assertThat(empty.lastOrganizationWithWord("وزاره", 100)).isNull();
    }

    private static List<Entity> scanStartingIn(List<Entity> list, int from, int to) {
        return list.stream().filter(e -> e.start() >= from && e.start() < to).toList();
    }

    private static Entity scanLastOrganization(List<Entity> list, String head, int before) {
        Entity found = null;
        for (Entity e : list) {
            if (e.type() == EntityType.ORGANIZATION && e.end() <= before
                    && List.of(ArabicNormalizer.fold(e.text()).split("\\s+")).stream().anyMatch(w -> w.equals(head) || w.equals("ال" + head))) {
                found = e;
            }
        }
        return found;
    }
}
