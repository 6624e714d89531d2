package org.protocolbot.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.protocolbot.Comparisons;
import org.protocolbot.answer.Answer;
import org.protocolbot.answer.Question;
import org.protocolbot.answer.QuotedClause;
import org.protocolbot.app.Settings;
import org.protocolbot.corpus.Clause;
import org.protocolbot.feedback.StoredFeedback;

/**
 * The try-it page in a real headless Chromium (Debian's package, driven by Selenium through Debian's chromedriver):
 * a person types a question, presses Enter, and sees the same quotes and citations a chat user gets.
 */
class TryItPageBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String QUESTION = "Can an officer attend a party group meeting?";

    static RunningServer server;
    static ChromeDriverService service;
    static WebDriver browser;
    static Path profile;

    @BeforeAll
    static void start() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String missing = "headless Chromium is not installed (" + CHROMIUM + ", " + CHROMEDRIVER
                + "); run .ci/install-browser.sh";
        if (!installed && "true".equals(System.getenv("CI"))) {
            fail(missing);
        }
        assumeTrue(installed, missing);

        server = RunningServer.start(Settings.empty());
        profile = Files.createTempDirectory("protocol-bot-chromium");
        // An explicit driver and browser: Selenium Manager never runs, so nothing is downloaded.
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1280,1000");
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (service != null) {
            service.stop();
        }
        if (server != null) {
            server.close();
        }
        if (profile != null) {
            deleteTree(profile);
        }
    }

    @BeforeEach
    void openPage() {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.get(server.uri("/").toString());
        // The council lists arrive from /api/councils after the page loads.
        waitUntil(d -> new Select(d.findElement(By.id("ask-council"))).getOptions().size()
                == server.bot.corpus().councils().size() + 1);
    }

    @Test
    void askingWithTheKeyboardShowsTheQuotesAndCitationsAChatUserGets() {
        Answer expected = server.bot.answerer().answer(Question.of(QUESTION));
        assertFalse(expected.quotes().isEmpty(), "the test question must be one the protocol answers");

        WebElement question = browser.findElement(By.id("question"));
        question.sendKeys(QUESTION);
        question.sendKeys(Keys.ENTER);

        assertShows("answer", expected);
    }

    @Test
    void askingAboutOneCouncilUsesTheChosenCouncil() {
        new Select(browser.findElement(By.id("ask-council"))).selectByValue("leeds");
        WebElement question = browser.findElement(By.id("question"));
        question.sendKeys(QUESTION, Keys.ENTER);

        WebElement answer = waitUntil(d -> d.findElement(By.cssSelector("#answer article.answer")));
        Answer expected = server.bot.answerer().answer(Question.of(QUESTION, "leeds"));
        List<String> shownLabels = answer.findElements(By.tagName("cite")).stream().map(WebElement::getText).toList();
        assertEquals(expected.quotes().stream().map(q -> q.citation().label()).toList(), shownLabels);
    }

    @Test
    void comparingCouncilsWithTheKeyboardShowsEachCouncilsQuoteUnderItsCitation() {
        Answer expected = server.bot.answerer().compare(Comparisons.TOPIC);
        Comparisons.assertEveryCouncilOnceInIdOrder(server.bot.corpus(), expected);

        WebElement topic = browser.findElement(By.id("compare-topic"));
        topic.sendKeys(Comparisons.TOPIC, Keys.ENTER);

        assertShows("comparison", expected);
        assertEquals("Topic or question", browser.findElement(By.cssSelector("label[for=compare-topic]")).getText());
    }

    /**
     * Waits for the answer in the live region {@code regionId}, then checks it reads as a chat user sees it: the
     * outcome, the lead, each quote verbatim under its citation in order, and the closing.
     */
    private static void assertShows(String regionId, Answer expected) {
        WebElement shown = waitUntil(d -> d.findElement(By.cssSelector("#" + regionId + " article.answer")));
        assertEquals(expected.outcome().wireName(), shown.getAttribute("data-outcome"));
        assertEquals(normalise(expected.lead()), normalise(shown.findElement(By.className("lead")).getText()));
        List<WebElement> quotes = shown.findElements(By.cssSelector("figure.quote"));
        assertEquals(expected.quotes().size(), quotes.size());
        for (int i = 0; i < quotes.size(); i++) {
            QuotedClause quote = expected.quotes().get(i);
            assertEquals(quote.citation().label(), quotes.get(i).findElement(By.tagName("cite")).getText());
            assertEquals(normalise(quote.text()), normalise(quotes.get(i).findElement(By.tagName("blockquote")).getText()));
        }
        assertEquals(normalise(expected.closing()), normalise(shown.findElement(By.className("closing")).getText()));
        assertEquals("polite", browser.findElement(By.id(regionId)).getAttribute("aria-live"));
    }

    @Test
    void notHelpfulFromTheKeyboardIsRecordedAndThanked() {
        int before = server.feedback.feedbackSince(Instant.EPOCH).size();
        browser.findElement(By.id("question")).sendKeys(QUESTION, Keys.ENTER);
        WebElement answer = waitUntil(d -> d.findElement(By.cssSelector("#answer article.answer")));
        WebElement group = answer.findElement(By.cssSelector("[role=group].feedback"));
        assertEquals("Was this answer helpful?",
                browser.findElement(By.id(group.getAttribute("aria-labelledby"))).getText());

        WebElement notHelpful = group.findElement(By.cssSelector("button[data-helpful=false]"));
        assertEquals("Not helpful", notHelpful.getText());
        notHelpful.sendKeys(Keys.ENTER);

        WebElement status = waitUntil(d -> {
            WebElement s = d.findElement(By.cssSelector("#answer .feedback-status"));
            return s.getText().isEmpty() ? null : s;
        });
        assertEquals("Thanks for the feedback.", status.getText());
        assertEquals(status, browser.switchTo().activeElement(), "focus moves to the thanks");
        assertTrue(group.findElements(By.tagName("button")).isEmpty(), "the buttons give way to the thanks");
        List<StoredFeedback> stored = server.feedback.feedbackSince(Instant.EPOCH);
        assertEquals(before + 1, stored.size());
        StoredFeedback click = stored.get(stored.size() - 1);
        assertEquals(List.of(QUESTION, "web", "false"), List.of(click.feedback().question(),
                click.feedback().adapter(), String.valueOf(click.feedback().helpful())));
        assertEquals(server.bot.answerer().answer(Question.of(QUESTION)).citations(), click.feedback().citations());
    }

    @Test
    void theQuestionBoxTakesTheChatLanguageAndALookupGetsNoFeedbackButtons() {
        WebElement question = browser.findElement(By.id("question"));
        question.sendKeys("leeds 7.4", Keys.ENTER);

        QuotedClause expected = server.bot.chat().respond("leeds 7.4", java.util.Optional.empty(), "")
                .quotes().get(0);
        WebElement shown = waitUntil(d -> d.findElement(By.cssSelector("#answer article.answer figure.quote")));
        assertEquals(expected.citation().label(), shown.findElement(By.tagName("cite")).getText());
        assertEquals(normalise(expected.text()), normalise(shown.findElement(By.tagName("blockquote")).getText()));
        assertTrue(browser.findElements(By.cssSelector("#answer .feedback")).isEmpty(),
                "no feedback buttons under a plain clause lookup");
    }

    @Test
    void theAnsweringSentenceIsMarkedAndTheQuotedTextIsUnchanged() {
        Answer expected = server.bot.answerer().answer(Question.of(QUESTION));
        QuotedClause first = expected.quotes().get(0);
        org.protocolbot.answer.TextSpan span = first.answering()
                .orElseThrow(() -> new AssertionError("the test question's first quote should carry its span"));

        browser.findElement(By.id("question")).sendKeys(QUESTION, Keys.ENTER);

        WebElement quote = waitUntil(d -> d.findElement(By.cssSelector("#answer figure.quote blockquote")));
        WebElement mark = quote.findElement(By.tagName("mark"));
        assertEquals(normalise(first.text().substring(span.start(), span.end())), normalise(mark.getText()));
        // Every character of the clause, in order: the mark adds an element, never a byte.
        assertEquals(first.text(), quote.getAttribute("textContent"));
        assertTrue(mark.findElements(By.xpath("./*")).isEmpty(), "the mark holds text only");
    }

    @Test
    void lookingUpAClauseShowsItVerbatimUnderItsCitation() {
        Clause clause = server.bot.corpus().clauses("kirklees").get(2);
        new Select(browser.findElement(By.id("lookup-council"))).selectByValue("kirklees");
        WebElement number = browser.findElement(By.id("clause-number"));
        number.sendKeys(clause.number(), Keys.ENTER);

        WebElement shown = waitUntil(d -> d.findElement(By.cssSelector("#clause article.answer")));
        QuotedClause expected = server.bot.chat().lookup("kirklees", clause.number()).quotes().get(0);
        assertEquals(expected.citation().label(), shown.findElement(By.tagName("cite")).getText());
        assertEquals(normalise(clause.text()), normalise(shown.findElement(By.tagName("blockquote")).getText()));
    }

    @Test
    void anUnknownClauseShowsTheServersMessage() {
        browser.findElement(By.id("clause-number")).sendKeys("99.1", Keys.ENTER);

        WebElement error = waitUntil(d -> d.findElement(By.cssSelector("#clause .error-box")));
        String council = new Select(browser.findElement(By.id("lookup-council"))).getFirstSelectedOption()
                .getAttribute("value");
        assertEquals(server.bot.chat().lookup(council, "99.1").lead(), error.getText());
    }

    @Test
    void onAPhoneThePageFitsTheScreenWidth() {
        browser.manage().window().setSize(new Dimension(375, 800));
        browser.navigate().refresh();
        WebElement question = waitUntil(d -> d.findElement(By.id("question")));
        question.sendKeys(QUESTION, Keys.ENTER);
        waitUntil(d -> d.findElement(By.cssSelector("#answer article.answer")));

        Object overflow = ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertEquals(0L, ((Number) overflow).longValue(), "no sideways scrolling on a narrow screen");
        assertTrue(question.getSize().getWidth() > 250, "the question box uses the width");
    }

    private static <T> T waitUntil(java.util.function.Function<WebDriver, T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(ExpectedConditions.refreshed(condition::apply));
    }

    /** The browser lays text out; compare words, not the exact whitespace it chose. */
    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
