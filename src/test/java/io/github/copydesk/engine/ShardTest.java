package io.github.copydesk.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShardTest {
    private static final Path BASE = Path.of("/newsroom").toAbsolutePath();

    /** A thousand article paths in a few folders, as an archive names them. */
    private static List<Path> archive() {
        List<Path> articles = new ArrayList<>();
        String[] desks = {"world", "economy", "culture", "sport", "politics"};
        for (int i = 0; i < 1000; i++) {
            articles.add(BASE.resolve("content/" + desks[i % desks.length] + "/2025/story-" + i + ".md"));
        }
        return articles;
    }

    @Test
    void theShardsOfARunCoverEveryArticleExactlyOnce() {
        List<Path> articles = archive();
        List<Path> covered = new ArrayList<>();
        for (int index = 1; index <= 8; index++) {
            List<Path> share = new Shard(index, 8).select(BASE, articles);
            assertThat(share).as("shard %d/8", index).hasSizeBetween(60, 200);
            covered.addAll(share);
        }
        assertThat(covered).hasSize(articles.size()).containsExactlyInAnyOrderElementsOf(articles);
    }

    @Test
    void anArticlesShardDependsOnlyOnItsPathNotOnTheOrderOrTheOtherArticles() {
        List<Path> articles = archive();
        List<Path> shuffled = new ArrayList<>(articles);
        Collections.shuffle(shuffled, new Random(7));
        Shard third = new Shard(3, 5);

        List<Path> fromSorted = third.select(BASE, articles);
        List<Path> fromShuffled = third.select(BASE, shuffled);
        List<Path> fromHalf = third.select(BASE, articles.subList(0, 500));

        assertThat(fromShuffled).containsExactlyInAnyOrderElementsOf(fromSorted);
        assertThat(fromHalf).containsExactlyElementsOf(fromSorted.stream().filter(articles.subList(0, 500)::contains).toList());
    }

    @Test
    void theShardIsTheSha256OfTheRelativePathModuloTheCount() throws Exception {
        String path = "content/world/harbour-ferry.txt";
        BigInteger hash = new BigInteger(1, MessageDigest.getInstance("SHA-256")
                .digest(path.getBytes(StandardCharsets.UTF_8)));
        int expected = hash.mod(BigInteger.valueOf(7)).intValue() + 1;

        for (int index = 1; index <= 7; index++) {
            assertThat(new Shard(index, 7).holds(path)).as("shard %d/7", index).isEqualTo(index == expected);
        }
        // The same article under another checkout's folder is in the same shard.
        assertThat(new Shard(expected, 7).select(Path.of("/elsewhere/checkout").toAbsolutePath(),
                List.of(Path.of("/elsewhere/checkout").toAbsolutePath().resolve(path)))).hasSize(1);
    }

    @Test
    void parsesIOfN() {
        assertThat(Shard.parse("2/8")).contains(new Shard(2, 8));
        assertThat(Shard.parse(" 1/1 ")).contains(new Shard(1, 1));
        assertThat(Shard.parse("8/8")).contains(new Shard(8, 8));
        assertThat(Shard.parse(null)).isEqualTo(Optional.empty());
        assertThat(Shard.parse(" ")).isEqualTo(Optional.empty());
        assertThat(new Shard(2, 8)).hasToString("2/8");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0/8", "9/8", "x", "2", "2/0", "-1/3", "1/-3", "2 / 8", "1/2/3", "99999999999/1"})
    void anyOtherValueIsAnErrorNamingTheParameterAndTheForm(String value) {
        assertThatThrownBy(() -> Shard.parse(value)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("shard: '" + value + "' is not a shard; write i/n, shard i of n, with 1 <= i <= n (e.g. 2/8)");
    }
}
