package dev.marsad.adapter.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveReaderTest {
    @TempDir
    Path dir;

    private static final String CORPUS_STYLE = "{\"source\": \"aawsat\", \"url\": \"http://aawsat.com/home/article/1\", "
            + "\"date_extracted\": \"2015-07-21 02:51:32\", \"title\": \"عنوان الخبر\", \"content\": \"نص الخبر الأول.\"}";
    private static final String ANT_STYLE = "{\"docno\": \"AL-1\", \"src\": \"alarabia\", \"title\": \"عنوان\", "
            + "\"time\": \"Sun, 18 Feb 2018 21:35:43 +0400\", \"text\": \"نص آخر.\"}";

    private List<ArchiveReader.Entry> read(Path file) {
        List<ArchiveReader.Entry> out = new ArrayList<>();
        ArchiveReader.read(file, out::add);
        return out;
    }

    @Test
    void readsCorpusLinesWithTheirFieldsAndNamesBadLinesByFileAndLine() throws Exception {
        Path file = Files.writeString(dir.resolve("news.jsonl"),
                CORPUS_STYLE + "\n\nnot json\n{\"title\": \"بلا نص\"}\n" + ANT_STYLE + "\n", StandardCharsets.UTF_8);
        List<ArchiveReader.Entry> entries = read(file);
        assertThat(entries).hasSize(4);
        ArchiveReader.Entry.Article first = (ArchiveReader.Entry.Article) entries.get(0);
        assertThat(first.source()).isEqualTo("http://aawsat.com/home/article/1");
        assertThat(first.title()).contains("عنوان الخبر");
        assertThat(first.text()).isEqualTo("نص الخبر الأول.");
        assertThat(first.published()).contains("2015-07-21T02:51:32");
        assertThat(((ArchiveReader.Entry.Bad) entries.get(1)).message()).startsWith(file + ":3: not a JSON object");
        assertThat(((ArchiveReader.Entry.Bad) entries.get(2)).message()).startsWith(file + ":4: no text");
        ArchiveReader.Entry.Article ant = (ArchiveReader.Entry.Article) entries.get(3);
        assertThat(ant.source()).isEqualTo(file + "#5");
        assertThat(ant.published()).contains("2018-02-18T21:35:43+04:00");
    }

    @Test
    void readsGzipCompressedArchivesAndRefusesABrokenOne() throws Exception {
        Path gz = dir.resolve("news.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write((CORPUS_STYLE + "\n" + ANT_STYLE + "\n").getBytes(StandardCharsets.UTF_8));
        }
        assertThat(read(gz)).hasSize(2).allMatch(e -> e instanceof ArchiveReader.Entry.Article);
        Path broken = Files.write(dir.resolve("broken.jsonl.gz"), new byte[] {1, 2, 3, 4});
        assertThatThrownBy(() -> read(broken)).isInstanceOf(UncheckedIOException.class).hasMessageContaining("broken.jsonl.gz");
    }

    @Test
    void knowsArchivesByNameAndTimesByTheirFormats() {
        assertThat(ArchiveReader.isArchive("a/b/news.JSONL.gz")).isTrue();
        assertThat(ArchiveReader.isArchive("dump.ndjson")).isTrue();
        assertThat(ArchiveReader.isArchive("page.json")).isFalse();
        assertThat(ArchiveReader.isoTime("2023-09-15")).contains("2023-09-15");
        assertThat(ArchiveReader.isoTime("2023-09-15T08:00:00Z")).contains("2023-09-15T08:00Z");
        assertThat(ArchiveReader.isoTime("yesterday")).isEqualTo(Optional.empty());
    }
}
