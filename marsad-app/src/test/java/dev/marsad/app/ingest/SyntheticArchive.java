package dev.marsad.app.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A generated JSON Lines archive of Arabic-looking news: events, each reported by several outlets over a few
 * days, in publication order except for one late line near the end (so the engine's late path runs too). Made from a fixed
 * seed, so two calls write the same file. For tests that need a stream larger than the demo and must not need
 * ../shared/data.
 */
public final class SyntheticArchive {
    private static final String[] PLACES = {"القاهرة", "الرياض", "بغداد", "دمشق", "عمان", "بيروت", "الرباط", "تونس",
        "الجزائر", "طرابلس", "الخرطوم", "صنعاء", "الدوحة", "الكويت", "مسقط", "المنامة", "أبوظبي", "القدس", "غزة", "نواكشوط"};
    private static final String[] TOPICS = {"الانتخابات", "الفيضانات", "الزلزال", "الموازنة", "الحرائق", "المفاوضات",
        "الاحتجاجات", "الجفاف", "التضخم", "الكهرباء", "المياه", "القمح", "النفط", "الغاز", "الموانئ", "السكك الحديدية",
        "المستشفيات", "المدارس", "الجامعات", "الطيران"};
    private static final String[] VERBS = {"أعلنت", "قالت", "أكدت", "نفت", "حذرت", "طالبت", "رحبت", "انتقدت"};
    private static final String[] WHO = {"وزارة الداخلية", "الحكومة", "وزير الخارجية", "رئيس الوزراء", "البرلمان",
        "الأمم المتحدة", "المعارضة", "النقابات", "البنك المركزي", "الهلال الأحمر"};
    private static final String[] FILLER = {"في بيان رسمي", "يوم الأحد", "صباح الاثنين", "مساء الثلاثاء",
        "بحسب مصادر مطلعة", "وسط مخاوف متزايدة", "في مؤتمر صحفي", "بعد اجتماع طارئ", "على مدى أيام", "في المنطقة"};
    private static final String[] OUTLETS = {"وكالة الأنباء", "صحيفة الأخبار", "قناة الغد", "موقع المرصد", "الجريدة"};

    private SyntheticArchive() {
    }

    /** Writes {@code articles} lines to {@code file}. */
    public static void write(Path file, int articles) throws IOException {
        Random random = new Random(11);
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        LocalDate day = LocalDate.of(2024, 1, 1);
        int event = 0;
        while (lines.size() < articles) {
            String place = PLACES[event % PLACES.length];
            String topic = TOPICS[(event / PLACES.length + event * 7) % TOPICS.length];
            String who = WHO[random.nextInt(WHO.length)];
            int reports = 2 + random.nextInt(5);
            for (int r = 0; r < reports && lines.size() < articles; r++) {
                LocalDate published = day.plusDays(r / 2);
                StringBuilder text = new StringBuilder();
                for (int s = 0; s < 2; s++) {
                    text.append(VERBS[random.nextInt(VERBS.length)]).append(' ').append(who).append(' ')
                            .append(FILLER[random.nextInt(FILLER.length)]).append(" أن أزمة ").append(topic)
                            .append(" في ").append(place).append(' ').append(FILLER[random.nextInt(FILLER.length)])
                            .append(" وأن الحديث رقم ").append(event).append(" ما زال مستمرا. ");
                }
                ObjectNode row = json.createObjectNode();
                row.put("url", String.format(Locale.ROOT, "https://news.example/%d/%d", event, r));
                row.put("title", topic + " في " + place + ": " + who + " " + VERBS[r % VERBS.length] + " (" + event + ")");
                row.put("time", published + "T08:00:00+03:00");
                row.put("outlet", OUTLETS[r % OUTLETS.length]);
                row.put("text", text.toString().strip());
                lines.add(json.writeValueAsString(row));
            }
            event++;
            if (event % 3 == 0) {
                day = day.plusDays(1);
            }
        }
        // One report filed late, near the end: it goes a hundred lines down, behind articles of later days.
        int late = Math.max(0, lines.size() - 300);
        lines.add(Math.min(lines.size() - 1, late + 100), lines.remove(late));
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String line : lines) {
                out.write(line);
                out.write('\n');
            }
        }
    }
}
