package org.protocolbot.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Manifest mistakes are reported where the officer made them, in their words, never in Jackson's. */
class ManifestTest {

    private static final String GOOD = """
            {"id": "alpha", "name": "Alpha Council", "year": 2024, "source": "alpha.txt", "aliases": ["alpha borough"]}""";

    private static String read(String json) {
        IngestException error = assertThrows(IngestException.class,
                () -> Manifest.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "manifest.json"));
        assertFalse(error.getMessage().contains("Cannot construct") || error.getMessage().contains("FAIL_ON")
                || error.getMessage().contains("com.fasterxml"), error.getMessage());
        assertFalse(error.getMessage().contains("\n"), error.getMessage());
        return error.getMessage();
    }

    private static String manifest(String secondCouncil) {
        return "{\"councils\": [\n  " + GOOD + ",\n  " + secondCouncil + "\n]}";
    }

    @Test
    void aSyntaxErrorNamesTheLineAndColumn() {
        String message = read("{\"councils\": [\n  " + GOOD + ",\n  {\"id\": \"beta\" \"name\": \"Beta\"}\n]}");
        assertEquals("manifest.json:3:17: not a valid manifest: JSON syntax error here (Unexpected character ('\"' (code 34)):"
                + " was expecting comma to separate Object entries)", message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"id\": \"beta\", \"name\": \"Beta\"}"
                + "|manifest.json: council 2 (\"beta\"), field \"source\": missing; every council needs id, name and source",
        "{\"name\": \"Beta\", \"source\": \"b.txt\"}"
                + "|manifest.json: council 2, field \"id\": missing; every council needs id, name and source",
        "{\"id\": \"beta\", \"name\": \"Beta\", \"source\": \"b.txt\", \"year\": \"2020\"}"
                + "|manifest.json: council 2 (\"beta\"), field \"year\": must be a whole number such as 2024 (0 if unknown), not \"2020\"",
        "{\"id\": \"beta\", \"name\": \"Beta\", \"source\": \"b.txt\", \"aliases\": \"b\"}"
                + "|manifest.json: council 2 (\"beta\"), field \"aliases\": must be a list of strings such as [\"...\"], not \"b\"",
        "{\"id\": \"beta\", \"name\": \"Beta\", \"source\": \"b.txt\", \"startPatern\": \"^X\"}"
                + "|manifest.json: council 2 (\"beta\"), field \"startPatern\": unknown field; the fields are aliases, endPattern,"
                + " id, ignorePatterns, name, source, startPattern, topicPins, year",
        "{\"id\": \"Beta\", \"name\": \"Beta\", \"source\": \"b.txt\"}"
                + "|manifest.json: council 2 (\"Beta\"), field \"id\": \"Beta\" must be lower-case letters, digits and hyphens",
        "{\"id\": \"beta\", \"name\": \"Beta\", \"source\": \"b.txt\", \"startPattern\": \"^(Part 8\"}"
                + "|manifest.json: council 2 (\"beta\"), field \"startPattern\": bad regular expression ^(Part 8 (Unclosed group near index 8)",
        "{\"id\": \"beta\", \"name\": \"Beta\", \"source\": \"b.txt\", \"ignorePatterns\": [\"^Page [\"]}"
                + "|manifest.json: council 2 (\"beta\"), field \"ignorePatterns\": bad regular expression ^Page [ (Unclosed character class near index 6)",
        "{\"id\": \"beta\", \"name\": \"Beta\", \"source\": \"b.txt\", \"topicPins\": [\"6.3 party-group-meetings\"]}"
                + "|manifest.json: council 2 (\"beta\"), field \"topicPins\": \"6.3 party-group-meetings\" is not a pin; write the clause number, a space, then + or - and a topic id, e.g. \"6.3 +party-group-meetings\"",
        "{\"id\": \"beta\", \"name\": \"Beta\", \"source\": \"../secrets.txt\"}"
                + "|manifest.json: council 2 (\"beta\"), field \"source\": \"../secrets.txt\" is outside knowledge/sources/; copy the file into knowledge/sources/ and give its name",
        "{\"id\": \"beta\", \"name\": \"Beta\", \"source\": \"/etc/passwd\"}"
                + "|manifest.json: council 2 (\"beta\"), field \"source\": \"/etc/passwd\" is outside knowledge/sources/; copy the file into knowledge/sources/ and give its name",
        "{\"id\": \"beta\", \"name\": \"Beta\", \"source\": \"b.txt\", \"aliases\": [\"Alpha Borough\"]}"
                + "|manifest.json: council \"beta\": the name \"alpha borough\" is already the id or an alias of council \"alpha\"; give it to one council only",
        "{\"id\": \"alpha-borough\", \"name\": \"Beta\", \"source\": \"b.txt\", \"aliases\": [\"alpha\"]}"
                + "|manifest.json: council \"alpha-borough\": the name \"alpha\" is already the id or an alias of council \"alpha\"; give it to one council only",
        "{\"id\": \"alpha\", \"name\": \"Beta\", \"source\": \"b.txt\"}"
                + "|manifest.json: council id \"alpha\" appears twice",
    })
    void aWrongEntryNamesTheCouncilAndTheField(String secondCouncil, String expected) {
        assertEquals(expected, read(manifest(secondCouncil)));
    }

    @Test
    void theShippedManifestReadsWithEveryFieldItUses() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("knowledge", Manifest.FILE_NAME))) {
            Manifest manifest = Manifest.read(in, "knowledge/manifest.json");
            Council leeds = manifest.councils().stream().filter(c -> c.id().equals("leeds")).findFirst().orElseThrow();
            assertEquals(2, leeds.ignorePatterns().size());
            assertEquals("004_39c2e33d899a523e.txt", leeds.source());
        }
    }

    @Test
    void aSourceInASubfolderOfSourcesIsAllowed() {
        Manifest manifest = Manifest.read(new ByteArrayInputStream(("{\"councils\": [{\"id\": \"a\", \"name\": \"A\","
                + " \"source\": \"york/protocol.txt\"}]}").getBytes(StandardCharsets.UTF_8)), "manifest.json");
        assertEquals("york/protocol.txt", manifest.councils().get(0).source());
        assertEquals(0, manifest.councils().get(0).year());
    }
}
