package dev.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marsad.adapter.http.FetchConfig;
import dev.marsad.adapter.http.PoliteFetcher;
import dev.marsad.adapter.store.DatabaseConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {
    @TempDir
    Path dir;

    @Test
    void aSecondServerOnOneDataDirectoryIsToldWhyInOneLine() {
        Path data = dir.resolve("data");
        PoliteFetcher fetcher = new PoliteFetcher(FetchConfig.DEFAULT);
        try (Workspace first = new Workspace(data, DatabaseConfig.h2(data), fetcher)) {
            assertThatThrownBy(() -> new Workspace(data, DatabaseConfig.h2(data), fetcher).close())
                    .hasMessage("the search index in " + data.resolve("search")
                            + " is in use by another Marsad server (one serve or demo per data directory)");
        }
    }

    @Test
    void theDataDirectoryAndItsSecretsAreOwnerOnly() throws Exception {
        Path data = dir.resolve("data");
        try (Workspace workspace = new Workspace(data, DatabaseConfig.h2(data), new PoliteFetcher(FetchConfig.DEFAULT))) {
            assertThat(workspace.token.created()).isTrue();
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("write-token"))))
                .isEqualTo("rw-------");
    }

    @Test
    void aStartAfterACleanStopKeepsTheIndexAndStoriesAndAStartAfterAKillPutsThemRight() throws Exception {
        Path data = dir.resolve("data");
        PoliteFetcher fetcher = new PoliteFetcher(FetchConfig.DEFAULT);
        String corpus = DemoCommand.bundledCorpus().orElseThrow().toString();
        java.util.List<dev.marsad.model.Story> stories;
        int hits;
        try (Workspace first = new Workspace(data, DatabaseConfig.h2(data), fetcher)) {
            first.ingest.ingestAll(java.util.List.of(corpus));
            stories = first.stories.stories();
            hits = first.search.following().search("كيم", dev.marsad.port.SearchIndex.SearchFilters.NONE, 100).hits().size();
        }
        assertThat(stories).isNotEmpty();
        assertThat(hits).isPositive();
        try (Workspace clean = new Workspace(data, DatabaseConfig.h2(data), fetcher)) {
            assertThat(clean.indexRebuilt).as("the index holds the stored articles: kept").isFalse();
            assertThat(clean.storiesReplayed).as("the stories were written after the last article: kept").isFalse();
            assertThat(clean.stories.stories()).isEqualTo(stories);
            assertThat(clean.search.following().search("كيم", dev.marsad.port.SearchIndex.SearchFilters.NONE, 100).hits())
                    .hasSize(hits);
        }
        // As if killed after storing an article, before its story was written and before it was indexed.
        try (dev.marsad.adapter.store.Database db = dev.marsad.adapter.store.Database.open(DatabaseConfig.h2(data))) {
            dev.marsad.model.AnalyzedArticle article = new dev.marsad.adapter.store.JdbcArticleStore(db).articles()
                    .get(0).article();
            new dev.marsad.adapter.store.JdbcArticleStore(db).put(new dev.marsad.model.Analysis("killed.html",
                    java.util.List.of(new dev.marsad.model.AnalyzedArticle(new dev.marsad.model.CleanArticle(
                            article.article().role(), article.article().metadata(), article.article().text() + " كيم"),
                            article.extraction())), java.util.List.of()));
        }
        try (Workspace killed = new Workspace(data, DatabaseConfig.h2(data), fetcher)) {
            assertThat(killed.indexRebuilt).isTrue();
            assertThat(killed.storiesReplayed).isTrue();
            assertThat(killed.search.following().search("كيم", dev.marsad.port.SearchIndex.SearchFilters.NONE, 100).hits())
                    .hasSize(hits + 1);
            assertThat(killed.stories.stories().stream().mapToInt(s -> s.articles().size()).sum())
                    .isEqualTo(stories.stream().mapToInt(s -> s.articles().size()).sum() + 1);
        }
    }
}
