package org.protocolbot.hardening;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.protocolbot.answer.Answer;
import org.protocolbot.answer.Outcome;
import org.protocolbot.answer.Question;
import org.protocolbot.app.BotLoader;
import org.protocolbot.app.ProtocolBot;
import org.protocolbot.corpus.KnowledgeBase;
import org.protocolbot.retrieval.ClauseVectors;
import org.protocolbot.retrieval.MiniLmEmbedder;
import org.protocolbot.retrieval.RetrievalMode;
import org.protocolbot.retrieval.TextEmbedder;

/**
 * embeddings.bin is only a cache of what the model computes from the clauses: whatever is wrong with it (missing,
 * empty, garbage, cut short, a header that lies, vectors of another corpus), start-up re-embeds the clauses without
 * complaint, rewrites the file, and answers exactly as with a sound cache. A one-council knowledge base keeps each
 * re-embedding small (21 clauses and their passages).
 */
class EmbeddingsCacheFaultsTest {

    private static final String COUNCIL = "appendix-j";
    private static final String QUESTION = "Who is ultimately responsible for making sure the protocol works?";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One way the cache can be wrong; the argument is the sound cache's bytes. */
    enum Damage {
        MISSING((file, sound) -> KnowledgeCopy.delete(file)),
        EMPTY((file, sound) -> KnowledgeCopy.write(file, new byte[0])),
        RANDOM_BYTES((file, sound) -> KnowledgeCopy.write(file, randomBytes(sound.length))),
        CUT_IN_HALF((file, sound) -> KnowledgeCopy.write(file, Arrays.copyOf(sound, sound.length / 2))),
        WRONG_MAGIC((file, sound) -> KnowledgeCopy.write(file, withFirstByte(sound, (byte) 'X'))),
        HEADER_CLAIMS_2_BILLION_VECTORS((file, sound) -> KnowledgeCopy.write(file, header(Integer.MAX_VALUE, 384))),
        HEADER_CLAIMS_NEGATIVE_COUNT((file, sound) -> KnowledgeCopy.write(file, header(-5, 384))),
        HEADER_CLAIMS_ZERO_DIMENSIONS((file, sound) -> KnowledgeCopy.write(file, header(21, 0))),
        VECTORS_OF_ANOTHER_CORPUS((file, sound) -> copy(KnowledgeCopy.ORIGINAL.resolve(ClauseVectors.FILE_NAME), file));

        final BiConsumer<Path, byte[]> damage;

        Damage(BiConsumer<Path, byte[]> damage) {
            this.damage = damage;
        }
    }

    private static final AtomicInteger EMBEDDED = new AtomicInteger();
    private static TextEmbedder embedder;
    private static Path sound;
    private static byte[] soundCache;
    private static Answer soundAnswer;
    /** How many texts (clauses and their passages) the sound cache holds vectors for. */
    private static int soundTexts;

    @TempDir
    static Path shared;

    @TempDir
    Path temp;

    @BeforeAll
    static void buildASoundOneCouncilKnowledgeBase() {
        embedder = counting(new MiniLmEmbedder());
        sound = oneCouncil(KnowledgeCopy.into(shared.resolve("sound")));
        KnowledgeCopy.delete(sound.resolve(ClauseVectors.FILE_NAME));
        BotLoader.load(KnowledgeBase.directory(sound), embedder, RetrievalMode.HYBRID); // writes the cache
        soundCache = KnowledgeCopy.bytes(sound.resolve(ClauseVectors.FILE_NAME));
        try {
            ClauseVectors vectors = ClauseVectors.read(new ByteArrayInputStream(soundCache));
            soundTexts = vectors.vectors().size() + vectors.passages().size();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        EMBEDDED.set(0);
        soundAnswer = load(sound).answerer().answer(Question.of(QUESTION));
        assertEquals(Outcome.ANSWER, soundAnswer.outcome(), "a quoting answer, so comparing answers compares retrieval");
    }

    @Test
    void aSoundCacheIsUsedAsIs() {
        // The control: with the cache intact nothing is embedded, so the cases below detect a rebuild for real.
        Path dir = copyOfSound();
        EMBEDDED.set(0);

        ProtocolBot bot = load(dir);

        assertEquals(0, EMBEDDED.get(), "no clause was embedded: the cache was used");
        assertEquals(soundAnswer, bot.answerer().answer(Question.of(QUESTION)));
    }

    @ParameterizedTest
    @EnumSource(Damage.class)
    void aDamagedCacheIsRebuiltSilentlyAndTheBotAnswersAsBefore(Damage damage) {
        Path dir = copyOfSound();
        Path cache = dir.resolve(ClauseVectors.FILE_NAME);
        damage.damage.accept(cache, soundCache);
        EMBEDDED.set(0);

        ProtocolBot bot = load(dir);

        assertEquals(soundTexts, EMBEDDED.get(), "every clause and passage was embedded again, once");
        assertArrayEquals(soundCache, KnowledgeCopy.bytes(cache), "the cache file was rewritten, sound");
        assertEquals(soundAnswer, bot.answerer().answer(Question.of(QUESTION)));
    }

    private Path copyOfSound() {
        Path dir = temp.resolve("knowledge");
        try {
            Files.createDirectories(dir.resolve("clauses"));
            Files.copy(sound.resolve("manifest.json"), dir.resolve("manifest.json"));
            Files.copy(sound.resolve(ClauseVectors.FILE_NAME), dir.resolve(ClauseVectors.FILE_NAME));
            Files.copy(sound.resolve("clauses/" + COUNCIL + ".jsonl"), dir.resolve("clauses/" + COUNCIL + ".jsonl"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return dir;
    }

    private static ProtocolBot load(Path dir) {
        return BotLoader.load(KnowledgeBase.directory(dir), embedder, RetrievalMode.HYBRID);
    }

    /** Rewrites the manifest to list only {@link #COUNCIL}. */
    private static Path oneCouncil(Path dir) {
        try {
            ObjectNode manifest = (ObjectNode) JSON.readTree(dir.resolve("manifest.json").toFile());
            ArrayNode kept = JSON.createArrayNode();
            manifest.withArray("councils").forEach(c -> {
                if (c.path("id").asText().equals(COUNCIL)) {
                    kept.add(c);
                }
            });
            manifest.set("councils", kept);
            KnowledgeCopy.write(dir.resolve("manifest.json"), JSON.writeValueAsString(manifest));
            return dir;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static TextEmbedder counting(TextEmbedder real) {
        return new TextEmbedder() {
            @Override
            public float[] embed(String text) {
                EMBEDDED.incrementAndGet();
                return real.embed(text);
            }

            @Override
            public List<float[]> embedAll(List<String> texts) {
                EMBEDDED.addAndGet(texts.size());
                return real.embedAll(texts);
            }

            @Override
            public String modelId() {
                return real.modelId();
            }
        };
    }

    /** A header as ClauseVectors writes it (magic, hash, dimension, clause-vector count) followed by one float. */
    private static byte[] header(int count, int dimension) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(0x50424557);
            out.writeUTF("0".repeat(64));
            out.writeInt(dimension);
            out.writeInt(count);
            out.writeFloat(0.5f);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        new Random(8).nextBytes(bytes);
        return bytes;
    }

    private static byte[] withFirstByte(byte[] original, byte first) {
        byte[] copy = original.clone();
        copy[0] = first;
        return copy;
    }

    private static void copy(Path from, Path to) {
        KnowledgeCopy.write(to, KnowledgeCopy.bytes(from));
    }
}
