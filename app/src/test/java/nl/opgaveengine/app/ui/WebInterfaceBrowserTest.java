package nl.opgaveengine.app.ui;

import static nl.opgaveengine.app.Api.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import nl.opgaveengine.app.AppTestBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web interface in a real browser (Debian's chromium, headless, through chromedriver): every page driven the way
 * a civil servant uses it, against the whole application. Screenshots of each page go to
 * {@code target/screenshots}. Without chromedriver the tests are skipped, unless {@code OPGAVE_BROWSER_TESTS=required}
 * (as in {@code .ci/run}), where a missing browser fails them.
 */
class WebInterfaceBrowserTest extends AppTestBase {

    private static final Path CHROMEDRIVER = Paths.get(System.getProperty("opgave.chromedriver", "/usr/bin/chromedriver"));
    private static final Path CHROMIUM = Paths.get(System.getProperty("opgave.chromium", "/usr/bin/chromium"));
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static final Path DOWNLOADS = Paths.get("target", "browser-downloads").toAbsolutePath();

    private static WebDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void startBrowser() throws IOException {
        boolean present = Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
        if (!present && "required".equals(System.getenv("OPGAVE_BROWSER_TESTS"))) {
            throw new IllegalStateException("Browser tests are required but " + CHROMEDRIVER + " or " + CHROMIUM
                    + " is missing: apt-get install chromium chromium-driver");
        }
        if (!present) {
            return;
        }
        Files.createDirectories(SCREENSHOTS);
        Files.createDirectories(DOWNLOADS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000",
                "--lang=nl-NL");
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", DOWNLOADS.toString());
        prefs.put("download.prompt_for_download", false);
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        // generous: the machine running CI may be busy, and every wait ends as soon as its condition holds
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    /** Without the browser every test is reported as skipped, with the reason. */
    @BeforeEach
    void requireBrowser() {
        Assumptions.assumeTrue(browser != null, "Browser test skipped: " + CHROMEDRIVER + " or " + CHROMIUM
                + " is missing (apt-get install chromium chromium-driver)");
    }

    /** A failed test leaves what the browser showed: a screenshot and the page's text. */
    @RegisterExtension
    final AfterTestExecutionCallback keepEvidenceOfFailure = context -> {
        if (browser != null && context.getExecutionException().isPresent()) {
            String name = "mislukt-" + context.getRequiredTestMethod().getName();
            screenshot(name);
            Files.writeString(SCREENSHOTS.resolve(name + ".txt"), browser.getCurrentUrl() + "\n"
                    + browser.findElement(By.tagName("body")).getText(), StandardCharsets.UTF_8);
        }
    };

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void portfolioShowsTheOpgavenHighlightsOverdueGatesAndFilters() {
        String water = "Water " + UUID.randomUUID();
        String verkeer = "Verkeer " + UUID.randomUUID();
        String waterId = register(water, "water-" + water.hashCode());
        register(verkeer, "verkeer-" + verkeer.hashCode());
        String laat = lopendProject("Te laat " + UUID.randomUUID());
        // due a millisecond after it opened: already past by the time anyone looks
        String geopendOp = api.get(PROJECTBUREAU, "/v1/opgaven/" + laat).body().path("openGate").path("geopendOp").asText();
        api.put(PROJECTBUREAU, "/v1/opgaven/" + laat + "/gates/initiatief/planning", map(
                "uiterlijkOp", java.time.Instant.parse(geopendOp).plusMillis(1).toString(),
                "reden", "Afgesproken in de stuurgroep")).expect(200);
        api.awaitOpgave(laat, d -> !d.path("openGate").path("uiterlijkOp").isMissingNode()
                && !d.path("openGate").path("uiterlijkOp").isNull());

        signIn(CONTROLLER, "#/portfolio");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("portfolio-resultaat"), water));
        assertThat(text("portfolio-resultaat")).contains(verkeer);
        WebElement overdue = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("tr[data-opgave='" + laat + "']")));
        assertThat(overdue.getAttribute("class")).isEqualTo("achterstallig");
        assertThat(overdue.getText()).contains("Achterstallig: 1 gate(s) te laat");
        WebElement onTime = browser.findElement(By.cssSelector("tr[data-opgave='" + waterId + "']"));
        assertThat(onTime.getAttribute("class")).isEmpty();
        assertThat(onTime.getText()).doesNotContain("Achterstallig");
        screenshot("portfolio");

        WebElement thema = browser.findElement(By.id("thema"));
        thema.sendKeys("water-" + water.hashCode());
        browser.findElement(By.id("filter-toepassen")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("portfolio-aantal"), "1 opgave(n) getoond"));
        assertThat(text("portfolio-resultaat")).contains(water).doesNotContain(verkeer);

        new Select(browser.findElement(By.id("weergave"))).selectByValue("bord");
        new Select(browser.findElement(By.id("groeperen"))).selectByValue("status");
        browser.findElement(By.id("filter-toepassen")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".bord .kolom .kaart")));
        assertThat(browser.findElement(By.cssSelector(".bord .kolom h2")).getText()).startsWith("GEREGISTREERD");
    }

    @Test
    void opgavePageDrawsTheModelWithTheActivePhaseAndTheOpenGateMarked() {
        String opgaveId = lopendProject("Klimaatadaptief Oost");
        signIn(PROJECTLEIDER, "#/opgave/" + opgaveId);

        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".djs-element.fase-actief[data-element-id='service_task_fase_initiatief']")));
        assertThat(browser.findElements(By.cssSelector(
                ".djs-element.gate-open[data-element-id='service_task_gate_initiatief_openen']"))).hasSize(1);
        assertThat(browser.findElement(By.cssSelector("#fasen [data-fase='initiatief']")).getAttribute("data-toestand"))
                .isEqualTo("actief");
        assertThat(browser.findElement(By.cssSelector("#fasen [data-fase='definitie']")).getAttribute("data-toestand"))
                .isEqualTo("nog niet gestart");
        assertThat(text("sturingsdriehoek")).contains("wethouder", "opdrachtgever", "projectleider");
        assertThat(text("tijdlijn")).contains("Werkwijze gekozen: werkwijze → PROJECT", "door projectbureau");
        screenshot("opgave");

        // on a tablet (768 px wide) the page still fits: nothing forces the reader to scroll sideways
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(768, 1024));
        try {
            browser.navigate().refresh();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".djs-element.fase-actief")));
            Number overflow = (Number) ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth - window.innerWidth");
            assertThat(overflow.intValue()).isLessThanOrEqualTo(0);
            screenshot("opgave-tablet");
        } finally {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
        }
    }

    @Test
    void theMandatedOpdrachtgeverDecidesTheGateAndAnyoneElseSeesWhyNot() {
        String opgaveId = lopendProject("Gate via het formulier");

        signIn(WETHOUDER, "#/opgave/" + opgaveId);
        WebElement reden = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("gatebesluit-reden")));
        assertThat(reden.getText()).contains("ambtelijk opdrachtgever", "opdrachtgever", "wethouder heeft die rol niet");
        assertThat(browser.findElement(By.id("besluit-nemen")).isEnabled()).isFalse();
        assertThat(browser.findElement(By.id("uitkomst-GO")).isEnabled()).isFalse();
        screenshot("gatebesluit-zonder-mandaat", "driehoek-kop");

        // a manipulated page (the form switched on by hand) still meets the API's refusal, shown as it comes
        ((JavascriptExecutor) browser).executeScript(
                "document.querySelector('#gatebesluit-formulier fieldset').disabled = false;");
        browser.findElement(By.id("uitkomst-GO")).click();
        browser.findElement(By.id("onderbouwing")).sendKeys("Ik besluit zelf");
        browser.findElement(By.id("besluit-nemen")).click();
        WebElement geweigerd = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#gatebesluit-status .fout")));
        assertThat(geweigerd.getText()).contains("wethouder heeft geen mandaat voor gate 'initiatief'");
        assertThat(api.get(WETHOUDER, "/v1/opgaven/" + opgaveId).body().path("besluiten").toString())
                .doesNotContain("Ik besluit zelf");

        signIn(OPDRACHTGEVER, "#/opgave/" + opgaveId);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("besluit-nemen")));
        assertThat(browser.findElements(By.id("gatebesluit-reden"))).isEmpty();
        List<String> uitkomsten = browser.findElements(By.cssSelector("input[name=uitkomst]")).stream()
                .map(e -> e.getAttribute("value")).toList();
        assertThat(uitkomsten).containsExactly("GO", "NO_GO", "OVERDOEN");

        // no startdocument yet: the API refuses and the page says why, in Dutch
        browser.findElement(By.id("uitkomst-GO")).click();
        browser.findElement(By.id("onderbouwing")).sendKeys("Startdocument is akkoord");
        browser.findElement(By.id("besluit-nemen")).click();
        WebElement fout = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#gatebesluit-status .fout")));
        assertThat(fout.getText()).contains("startdocument");
        assertThat(api.get(OPDRACHTGEVER, "/v1/opgaven/" + opgaveId).body().path("openGate").path("gateId").asText())
                .isEqualTo("initiatief");

        // the document through the page's own form, then the decision
        browser.findElement(By.cssSelector("details summary")).click();
        browser.findElement(By.id("document-referentie")).sendKeys("dms://startdocument");
        browser.findElement(By.id("document-hash")).sendKeys("ab".repeat(32));
        browser.findElement(By.cssSelector("#document-formulier button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("melding"), "Document startdocument"));
        // the page is drawn again with the new document offered for the decision
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#besluit-document option:not([value=''])")));
        browser.findElement(By.id("uitkomst-GO")).click();
        browser.findElement(By.id("onderbouwing")).sendKeys("Startdocument is akkoord");
        browser.findElement(By.id("besluit-nemen")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("melding"), "Besluit GO"));
        JsonNode detail = api.awaitOpgave(opgaveId, gateOpen("definitie"));
        assertThat(detail.path("besluiten").toString()).contains("Startdocument is akkoord", "\"door\":\"opdrachtgever\"");
        screenshot("gatebesluit-genomen", "tijdlijn-kop");

        // drawn again: the first phase completed, the second active with its gate open
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".djs-element.fase-afgerond[data-element-id='service_task_fase_initiatief']")));
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".djs-element.fase-actief[data-element-id='service_task_fase_definitie']")));
        assertThat(browser.findElement(By.cssSelector("#fasen [data-fase='initiatief']")).getAttribute("data-toestand"))
                .isEqualTo("afgerond");
        screenshot("opgave-na-besluit");
    }

    @Test
    void theProjectOfficeRegistersAnOpgaveAndOverridesTheIntakeAdviceWithAReason() {
        gebied("Noord");
        signIn(PROJECTBUREAU, "#/nieuw");
        String titel = "Intake via de pagina " + UUID.randomUUID();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("titel"))).sendKeys(titel);
        browser.findElement(By.id("omschrijving")).sendKeys("Een wijk die zelf energie opwekt");
        browser.findElement(By.id("nieuw-thema")).sendKeys("energie");
        // the area is chosen from the municipality's list (an area not on it would be refused by the API)
        Select gebied = new Select(browser.findElement(By.id("nieuw-gebied")));
        assertThat(gebied.getOptions()).extracting(o -> o.getAttribute("value")).contains("", "Noord");
        gebied.selectByValue("Noord");
        browser.findElement(By.id("initiatiefnemer")).sendKeys("wethouder");
        browser.findElement(By.cssSelector("#registreren button[type=submit]")).click();

        wait.until(ExpectedConditions.elementToBeClickable(By.id("idee-BEKEND"))).click();
        browser.findElement(By.id("netwerk-VOORSPELBAAR")).click();
        browser.findElement(By.id("besluitvorming-GERICHT")).click();
        setValue("voorspelbaarheidPad", "4");
        setValue("tastbaarheidUitkomst", "4");
        browser.findElement(By.id("advies-vragen")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("advies-werkwijze"), "PROJECT"));
        assertThat(text("advies-procestype")).startsWith("Maakproces");
        assertThat(text("advies-verplichting")).startsWith("Resultaatsverplichting");
        assertThat(text("advies-toelichting")).contains("Geadviseerde werkwijze: project");
        screenshot("intake");

        new Select(browser.findElement(By.id("werkwijze-keuze"))).selectByValue("PROGRAMMA");
        WebElement reden = browser.findElement(By.id("werkwijze-reden"));
        assertThat(reden.isDisplayed()).isTrue();
        assertThat(reden.getAttribute("required")).isNotNull();
        reden.sendKeys("Het college wil een programma met meerdere projecten");
        browser.findElement(By.id("werkwijze-kiezen")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("melding"), "Werkwijze PROGRAMMA"));
        String opgaveId = browser.getCurrentUrl().replaceAll(".*#/opgave/", "");
        JsonNode detail = api.awaitOpgave(opgaveId,
                d -> "PROGRAMMA".equals(d.path("werkwijze").path("gekozen").asText()));
        assertThat(detail.path("titel").asText()).isEqualTo(titel);
        assertThat(detail.path("gebied").asText()).isEqualTo("Noord");
        assertThat(detail.path("werkwijze").path("afwijkendVanAdvies").asBoolean()).isTrue();
        assertThat(detail.path("besluiten").toString()).contains("Het college wil een programma");
    }

    @Test
    void theControllerVerifiesTheChainExportsTheReportAndTheAuditAndLooksBack() throws IOException {
        String jaar = String.valueOf(LocalDate.now().getYear() + 1);
        api.post(PROJECTBUREAU, "/v1/pc-momenten", map("jaar", Integer.parseInt(jaar), "naam", "Voorjaarsnota " + UUID.randomUUID().toString().substring(0, 8),
                "soort", "VOORJAARSNOTA", "peildatum", jaar + "-05-01", "deadline", jaar + "-05-15")).expect(201);
        String opgaveId = lopendProject("Voor de controller");
        cleanDownloads();

        signIn(CONTROLLER, "#/controller?opgave=" + opgaveId);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("verifieren"))).click();
        WebElement uitslag = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#verificatie [data-intact]")));
        assertThat(uitslag.getAttribute("data-intact")).isEqualTo("true");
        assertThat(uitslag.getText()).matches("Alle \\d+ events kloppen.*");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audittrail"), "OpgaveRegisteredEvent"));
        assertThat(text("audit-resultaat")).contains("WerkwijzeChosenEvent", "GateOpenedEvent");

        browser.findElement(By.id("pc-csv")).click();
        Path csv = awaitDownload(".csv");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#pc-csv-status [data-toestand='klaar']")));
        assertThat(text("pc-csv-status")).matches("CSV gedownload \\([\\d,.]+ kB\\)\\.");
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).startsWith("momentId,opgaveId,titel");

        browser.findElement(By.id("auditexport")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("export-status"), "Auditexport gedownload"));
        Path export = awaitDownload(".json");
        // the state shown is the size that arrived, the same as the file saved
        assertThat(browser.findElement(By.cssSelector("#export-status [data-toestand='klaar']")).getText())
                .isEqualTo("Auditexport gedownload (" + kB(Files.size(export)) + ").");
        assertThat(Files.readString(export, StandardCharsets.UTF_8)).contains("opgave-engine/auditexport/1", opgaveId);

        // as of just before the first gate opened: the phase runs, no gate is open yet
        String gateOpened = null;
        for (JsonNode event : api.get(CONTROLLER, "/v1/opgaven/" + opgaveId + "/gebeurtenissen").body()
                .path("gebeurtenissen")) {
            if (event.path("type").asText().endsWith("GateOpenedEvent")) {
                gateOpened = event.path("tijdstip").asText();
            }
        }
        assertThat(gateOpened).isNotNull();
        String local = java.time.Instant.parse(gateOpened).minusMillis(1).atZone(java.time.ZoneId.systemDefault())
                .toLocalDateTime().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString();
        ((JavascriptExecutor) browser).executeScript(
                "const p = document.getElementById('peilmoment'); p.value = arguments[0];"
                        + " p.dispatchEvent(new Event('change'));", local);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("toestand-samenvatting")));
        assertThat(text("toestand-samenvatting")).contains("Open gate: geen");
        screenshot("controller");
    }

    @Test
    void theProcessOwnerSeesTheErrorOnTheElementThenDeploysAVersionAndSeesTheDiffAndTheRunningOpgaven()
            throws IOException {
        String lopend = lopendProject("Loopt op de oude versie");
        String origineel = bundled("project.bpmn");
        Path invalid = Files.writeString(Files.createDirectories(Paths.get("target", "browser-uploads"))
                        .resolve("project-zonder-jobtype.bpmn"),
                origineel.replaceFirst("(<bpmn:serviceTask id=\"service_task_fase_initiatief\"[^>]*>\\s*"
                        + "<bpmn:extensionElements>\\s*)<zeebe:taskDefinition[^>]*/>", "$1"));
        assertThat(Files.readString(invalid)).isNotEqualTo(origineel);
        Path valid = Files.writeString(Paths.get("target", "browser-uploads", "project.bpmn"),
                origineel.replace("name=\"Fase Initiatief starten\"", "name=\"Fase Initiatief beginnen\""));

        signIn(PROCESEIGENAAR, "#/procesmodellen");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#catalogus tr[data-proces='project']")));
        browser.findElement(By.id("model-bestand")).sendKeys(invalid.toAbsolutePath().toString());
        browser.findElement(By.id("model-uploaden")).click();
        WebElement label = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".foutlabel[data-element='service_task_fase_initiatief']")));
        assertThat(label.getAttribute("title")).isNotBlank();
        assertThat(browser.findElements(By.cssSelector(
                ".djs-element.model-fout[data-element-id='service_task_fase_initiatief']"))).hasSize(1);
        assertThat(text("model-foutenlijst")).contains("service_task_fase_initiatief");
        screenshot("procesmodel-fout", "model-kop");

        try {
            browser.findElement(By.id("model-bestand")).clear();
            browser.findElement(By.id("model-bestand")).sendKeys(valid.toAbsolutePath().toString());
            browser.findElement(By.id("model-uploaden")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("upload-gelukt")));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("model-verschil")));
            assertThat(text("model-verschil")).contains("1 gewijzigd", "service_task_fase_initiatief",
                    "Fase Initiatief beginnen");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("model-lopend")));
            assertThat(text("model-lopend")).contains("Loopt op de oude versie");
            screenshot("procesmodel-nieuwe-versie", "upload-kop");

            // the process owner moves that opgave to the new version, with a reason
            int oudeVersie = api.get(CONTROLLER, "/v1/opgaven/" + lopend).body().path("procesmodel").path("versie")
                    .asInt();
            WebElement migratie = browser.findElement(By.cssSelector("form.migratie[data-opgave='" + lopend + "']"));
            migratie.findElement(By.cssSelector("textarea[data-veld='reden']"))
                    .sendKeys("De nieuwe naam geldt ook voor lopende projecten");
            migratie.findElement(By.cssSelector("button[type='submit']")).click();
            wait.until(d -> !migratie.findElements(By.cssSelector(".gelukt")).isEmpty());
            // its progress: three steps, each marked once the server confirmed it
            WebElement voortgang = migratie.findElement(By.cssSelector(".migratie-voortgang"));
            assertThat(voortgang.getAttribute("data-stap")).isEqualTo("3");
            assertThat(voortgang.findElements(By.cssSelector("li[data-toestand='klaar']"))).hasSize(3);
            assertThat(voortgang.getText()).contains("Opgave in het leesmodel op versie " + (oudeVersie + 1) + ": klaar");
            assertThat(voortgang.findElement(By.tagName("progress")).getAttribute("value")).isEqualTo("3");
            screenshot("procesmodel-migratie", "model-lopend");
            assertThat(api.awaitOpgave(lopend, d -> d.path("procesmodel").path("versie").asInt() > oudeVersie)
                    .path("besluiten").toString()).contains("De nieuwe naam geldt ook voor lopende projecten");
        } finally {
            // later tests start projects on the bundled model again
            api.postMultipart(PROCESEIGENAAR, "/v1/procesmodellen", "bestand", "project.bpmn",
                    origineel.getBytes(StandardCharsets.UTF_8)).expect(201);
        }
        assertThat(api.get(PROCESEIGENAAR, "/v1/opgaven/" + lopend).status()).isEqualTo(200);
    }

    @Test
    void everyPageWorksWithTheKeyboardAlone() {
        browser.get(base() + "#/portfolio");
        ((JavascriptExecutor) browser).executeScript("sessionStorage.clear(); location.reload();");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("aanmelden-naam")));
        // the sign-in page puts the focus in the first field
        assertThat(active().getAttribute("id")).isEqualTo("aanmelden-naam");
        active().sendKeys(PROJECTBUREAU, Keys.TAB);
        assertThat(active().getAttribute("id")).isEqualTo("aanmelden-wachtwoord");
        active().sendKeys(PROJECTBUREAU, Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("portfolio-filters")));

        // from the top of the page: skip link first, then the menu
        ((JavascriptExecutor) browser).executeScript("document.activeElement.blur(); window.focus();"
                + " document.body.setAttribute('tabindex','-1'); document.body.focus();");
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.TAB).perform();
        assertThat(active().getAttribute("id")).isEqualTo("skiplink");
        String outline = (String) ((JavascriptExecutor) browser).executeScript(
                "return getComputedStyle(document.activeElement).outlineStyle");
        assertThat(outline).isEqualTo("solid");
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.TAB).sendKeys(Keys.TAB).perform();
        assertThat(active().getText()).isEqualTo("Nieuwe opgave");
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.ENTER).perform();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("registreren")));
        // the new page takes the focus, so the next Tab lands in its first field
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.TAB).perform();
        assertThat(active().getAttribute("id")).isEqualTo("titel");
    }

    @Test
    void theOpdrachtgeverDecidesAGateWithTheKeyboardAlone() {
        String opgaveId = lopendProject("Besluit met het toetsenbord");
        attach(opgaveId, "startdocument");
        api.awaitOpgave(opgaveId, d -> d.path("documenten").size() == 1);
        signIn(OPDRACHTGEVER, "#/opgave/" + opgaveId);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#besluit-document option:not([value=''])")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".djs-element.fase-actief")));

        // from the page's content, Tab until the first outcome: it is in the tab order
        ((JavascriptExecutor) browser).executeScript("document.getElementById('inhoud').focus()");
        for (int i = 0; i < 150 && !"uitkomst-GO".equals(active().getAttribute("id")); i++) {
            new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.TAB).perform();
        }
        assertThat(active().getAttribute("id")).isEqualTo("uitkomst-GO");
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.SPACE).sendKeys(Keys.TAB).perform();
        assertThat(browser.findElement(By.id("uitkomst-GO")).isSelected()).isTrue();
        assertThat(active().getAttribute("id")).isEqualTo("onderbouwing");
        new org.openqa.selenium.interactions.Actions(browser).sendKeys("Met het toetsenbord besloten").sendKeys(Keys.TAB).perform();
        assertThat(active().getAttribute("id")).isEqualTo("besluit-document");
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.TAB).perform();
        assertThat(active().getAttribute("id")).isEqualTo("besluit-nemen");
        String outline = (String) ((JavascriptExecutor) browser).executeScript(
                "return getComputedStyle(document.activeElement).outlineStyle");
        assertThat(outline).isEqualTo("solid");
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.ENTER).perform();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("melding"), "Besluit GO"));
        assertThat(api.awaitOpgave(opgaveId, gateOpen("definitie")).path("besluiten").toString())
                .contains("Met het toetsenbord besloten", "\"door\":\"opdrachtgever\"");
    }

    @Test
    void everyTextOnThePagesMeetsWcagAaContrast() {
        String opgaveId = lopendProject("Contrast");
        signIn(WETHOUDER, "#/opgave/" + opgaveId);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("gatebesluit-reden")));
        assertContrast("opgave");
        browser.get(base() + "#/portfolio?groeperen=status");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("portfolio-aantal")));
        assertContrast("portfolio");
        signIn(PROCESEIGENAAR, "#/procesmodellen");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("catalogus")));
        assertContrast("procesmodellen");
        signIn(CONTROLLER, "#/controller?opgave=" + opgaveId);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("verifieren"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#verificatie [data-intact]")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("audittrail")));
        assertContrast("controller");
        browser.get(base() + "#/intake/" + opgaveId);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("advies-werkwijze")));
        assertContrast("intake");
        browser.get(base() + "#/planning");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("planning-aantal")));
        assertContrast("planning");
        browser.get(base() + "#/baten");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("baten-aantal")));
        assertContrast("baten");
        signIn(BEHEERDER, "#/beheer");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#projecties tbody tr")));
        assertContrast("beheer");
        ((JavascriptExecutor) browser).executeScript("sessionStorage.clear(); location.reload();");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("aanmelden-naam")));
        browser.findElement(By.id("aanmelden-naam")).sendKeys("niemand");
        browser.findElement(By.id("aanmelden-wachtwoord")).sendKeys("fout", Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#aanmelden .fout")));
        assertThat(browser.findElement(By.cssSelector("#aanmelden .fout")).getText())
                .isEqualTo("Aanmelden mislukt: gebruikersnaam of wachtwoord klopt niet.");
        assertContrast("aanmelden");
    }

    @Test
    void theAdministratorRebuildsAProjectionAndSeesItsProgressAsTheApiReportsIt() {
        signIn(CONTROLLER, "#/beheer");
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("beheer-reden"))).getText())
                .contains("controller heeft de rol BEHEERDER niet");
        assertThat(browser.findElements(By.id("herbouwen"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector("#menu a[data-pagina='beheer']")).isDisplayed()).isFalse();

        signIn(BEHEERDER, "#/beheer");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#projecties tr[data-projectie='gebeurtenissen']")));
        assertThat(browser.findElement(By.cssSelector("#menu a[data-pagina='beheer']")).isDisplayed()).isTrue();
        java.time.Instant before = java.time.Instant.now().minusSeconds(1);
        // by keyboard: choose the projection, Tab to the button, Enter
        new Select(browser.findElement(By.id("herbouw-keuze"))).selectByValue("gebeurtenissen");
        browser.findElement(By.id("herbouw-keuze")).sendKeys(Keys.TAB);
        assertThat(active().getAttribute("id")).isEqualTo("herbouwen");
        active().sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("melding"), "Herbouw gestart: gebeurtenissen"));

        // follow the bar until the page says the rebuild is done; every figure it showed on the way is kept
        List<long[]> seen = new java.util.ArrayList<>();
        // the three figures are read in one script, so they come from one drawing of the bar (the page may redraw
        // between separate WebDriver calls, and a fast rebuild ends within one poll)
        new WebDriverWait(browser, Duration.ofSeconds(120), Duration.ofMillis(100)).until(d -> {
            @SuppressWarnings("unchecked")
            List<Object> figures = (List<Object>) ((JavascriptExecutor) d).executeScript(
                    "const b = document.getElementById('herbouw-voortgang');"
                            + " return b ? [b.dataset.gedaan || null, b.dataset.totaal || null, b.dataset.klaar || null] : [null, null, null];");
            if (figures.get(0) != null) {
                seen.add(new long[]{Long.parseLong((String) figures.get(0)), Long.parseLong((String) figures.get(1))});
            }
            return "true".equals(figures.get(2));
        });
        JsonNode herbouw = api.get(BEHEERDER, "/v1/beheer/projecties/gebeurtenissen").expect(200).body().path("herbouw");
        assertThat(java.time.Instant.parse(herbouw.path("gestartOp").asText())).isAfter(before);
        assertThat(herbouw.path("klaarOp").isNull()).isFalse();
        long totaal = herbouw.path("totaal").asLong();
        assertThat(totaal).isPositive();
        // the bar's figures are the API's: the same total throughout, never going back, ending at all of them
        assertThat(seen).isNotEmpty().allSatisfy(f -> assertThat(f[1]).isEqualTo(totaal));
        for (int i = 1; i < seen.size(); i++) {
            assertThat(seen.get(i)[0]).isGreaterThanOrEqualTo(seen.get(i - 1)[0]);
        }
        assertThat(seen.get(seen.size() - 1)[0]).isEqualTo(herbouw.path("gedaan").asLong()).isEqualTo(totaal);
        WebElement bar = browser.findElement(By.id("herbouw-voortgang"));
        assertThat(bar.getAttribute("max")).isEqualTo(String.valueOf(totaal));
        assertThat(bar.getAttribute("value")).isEqualTo(String.valueOf(totaal));
        String shown = String.format(java.util.Locale.forLanguageTag("nl-NL"), "%,d", totaal);
        assertThat(text("herbouw-tekst")).startsWith("Klaar: " + shown + " van " + shown + " gebeurtenissen verwerkt (1 van 1");
        assertThat(browser.findElement(By.cssSelector("#projecties tr[data-projectie='gebeurtenissen']")).getText())
                .contains("klaar: " + shown + " gebeurtenissen");
        screenshot("beheer");
    }

    @Test
    void theProjectOfficePlansAGateDueDateAndAnyoneElseSeesWhyNot() {
        String opgaveId = lopendProject("Planning " + UUID.randomUUID());
        JsonNode gate = api.get(PROJECTBUREAU, "/v1/opgaven/" + opgaveId).body().path("openGate");

        signIn(CONTROLLER, "#/planning");
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#planning-tabel tr[data-opgave='" + opgaveId + "']")));
        assertThat(text("planning-reden")).contains("controller heeft de rol PROJECTBUREAU niet");
        assertThat(row.findElement(By.cssSelector("form.planning button[type=submit]")).isEnabled()).isFalse();
        assertThat(row.findElement(By.cssSelector("form.planning input[data-veld='reden']")).isEnabled()).isFalse();

        signIn(PROJECTBUREAU, "#/planning");
        row = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#planning-tabel tr[data-opgave='" + opgaveId + "']")));
        assertThat(row.getText()).contains(gate.path("gateNaam").asText()).doesNotContain("Achterstallig");
        row.findElement(By.tagName("summary")).click();
        // one second after the gate opened: already past, so the page marks it overdue
        java.time.Instant due = java.time.Instant.parse(gate.path("geopendOp").asText())
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS).plusSeconds(1);
        String local = due.atZone(java.time.ZoneId.systemDefault()).toLocalDateTime().toString();
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];",
                row.findElement(By.cssSelector("input[data-veld='uiterlijkOp']")), local);
        row.findElement(By.cssSelector("input[data-veld='reden']")).sendKeys("Afgesproken in de stuurgroep");
        row.findElement(By.cssSelector("form.planning button[type=submit]")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("melding"), "De termijn van gate"));
        WebElement planned = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#planning-tabel tr.achterstallig[data-opgave='" + opgaveId + "']")));
        assertThat(planned.getText()).contains("Achterstallig");
        api.awaitOpgave(opgaveId, d -> d.path("openGate").path("uiterlijkOp").isTextual()
                && java.time.Instant.parse(d.path("openGate").path("uiterlijkOp").asText()).equals(due));
        assertThat(api.awaitEvents(opgaveId, e -> e.toString().contains("Afgesproken in de stuurgroep")).toString())
                .contains("\"actor\":\"projectbureau\"");
        screenshot("planning");
    }

    @Test
    void theBatenregisterShowsEachBaatWithItsMeasurementsAndOwner() {
        String doel = "Doel " + UUID.randomUUID();
        String programma = api.post(PROJECTBUREAU, "/v1/opgaven", map("titel", "Programma " + doel, "thema", "water",
                "gebied", "Oost")).expect(201).text("opgaveId");
        String baatId = api.post(PROJECTBUREAU, "/v1/opgaven/" + programma + "/baten", map("titel", "Minder wateroverlast",
                "doel", doel, "indicator", "meldingen per jaar", "eenheid", "meldingen", "nulmeting", 120,
                "streefwaarde", 60, "streefdatum", "2027-12-31", "eigenaar", OPDRACHTGEVER, "inspanningen", List.of()))
                .expect(201).text("baatId");
        api.post(OPDRACHTGEVER, "/v1/baten/" + baatId + "/metingen", map("soort", "GEREALISEERD",
                "peildatum", "2026-06-30", "waarde", 95, "toelichting", "Meting voorjaar")).expect(201);
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get(CONTROLLER, "/v1/baten/" + baatId).body()
                .path("laatstGerealiseerd").path("waarde").asInt() == 95);

        signIn(CONTROLLER, "#/baten");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("baten-doel"))).sendKeys(doel);
        browser.findElement(By.id("baten-toepassen")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("baten-aantal"), "1 baat/baten getoond"));
        WebElement row = browser.findElement(By.cssSelector("#baten-tabel tr[data-baat='" + baatId + "']"));
        assertThat(row.getText()).contains("Minder wateroverlast", "Programma " + doel, "120 → 60 meldingen",
                "95 meldingen op 2026-06-30", OPDRACHTGEVER, "In realisatie");
        screenshot("baten");

        row.findElement(By.linkText("Minder wateroverlast")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("baat-metingen")));
        assertThat(text("baat-profiel")).contains(doel, "meldingen per jaar", "120 → 60 in 2027-12-31");
        assertThat(text("baat-metingen")).contains("2026-06-30", "Gerealiseerd", "95 meldingen", "Meting voorjaar", "opdrachtgever");
        screenshot("baat");
    }

    @Test
    void onATabletEveryPageFitsTheScreenAndItsMainActionIsInReach() {
        String lopend = lopendProject("Tablet");
        String nieuw = register("Tablet intake " + UUID.randomUUID(), "tablet");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(768, 1024));
        try {
            signIn(PROJECTBUREAU, "#/portfolio");
            fitsWithActionInReach("portfolio", "filter-toepassen");
            fitsWithActionInReach("nieuw", "registreren-knop");
            fitsWithActionInReach("intake/" + nieuw, "advies-vragen");
            fitsWithActionInReach("planning", "planning-toepassen");
            fitsWithActionInReach("baten", "baten-toepassen");
            signIn(OPDRACHTGEVER, "#/opgave/" + lopend);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".djs-element.fase-actief")));
            fitsWithActionInReach("opgave/" + lopend, "besluit-nemen");
            signIn(CONTROLLER, "#/controller?opgave=" + lopend);
            fitsWithActionInReach("controller?opgave=" + lopend, "verifieren");
            fitsWithActionInReach("controller?opgave=" + lopend, "auditexport");
            signIn(PROCESEIGENAAR, "#/procesmodellen");
            fitsWithActionInReach("procesmodellen", "model-uploaden");
            signIn(BEHEERDER, "#/beheer");
            fitsWithActionInReach("beheer", "herbouwen");
        } finally {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
        }
    }

    /**
     * Opens the page, then: nothing makes the page wider than the screen, and the action is shown, enabled, inside
     * the screen's width and not covered by anything once scrolled to.
     */
    private void fitsWithActionInReach(String page, String actionId) {
        browser.get(base() + "#/" + page);
        WebElement action = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(actionId)));
        // the page has finished loading what it fetches
        wait.until(d -> d.findElements(By.xpath("//*[contains(text(), 'worden geladen')]")).isEmpty());
        Number overflow = (Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth");
        assertThat(overflow.intValue()).as("horizontal overflow of %s", page).isLessThanOrEqualTo(0);
        assertThat(action.isEnabled()).as("%s on %s enabled", actionId, page).isTrue();
        Boolean reachable = (Boolean) ((JavascriptExecutor) browser).executeScript("""
                const el = arguments[0]; el.scrollIntoView({block: 'center'});
                const r = el.getBoundingClientRect();
                if (r.left < 0 || r.right > window.innerWidth || r.width === 0) return false;
                const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
                return hit === el || el.contains(hit);""", action);
        assertThat(reachable).as("%s on %s inside the screen and not covered", actionId, page).isTrue();
        screenshot("tablet-" + page.replaceAll("[^a-z]+.*", ""));
    }

    // ---------- helpers ----------

    /** Measures every visible text outside the diagram against its effective background (WCAG 2.1 relative luminance). */
    @SuppressWarnings("unchecked")
    private void assertContrast(String page) {
        List<String> failures = (List<String>) ((JavascriptExecutor) browser).executeScript("""
                const parse = (c) => { const m = c.match(/rgba?\\(([^)]+)\\)/); if (!m) return null;
                  const p = m[1].split(',').map(Number); return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 }; };
                const lum = (c) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
                  return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
                const background = (el) => { for (let e = el; e; e = e.parentElement) {
                  const c = parse(getComputedStyle(e).backgroundColor); if (c && c.a > 0.5) return c; }
                  return { r: 255, g: 255, b: 255, a: 1 }; };
                const failures = [];
                for (const el of document.querySelectorAll('body *')) {
                  if (el.closest('.djs-container, script, style, option')) continue;
                  const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
                  if (!own || !el.getClientRects().length) continue;
                  const style = getComputedStyle(el);
                  if (style.visibility === 'hidden' || style.display === 'none') continue;
                  const fg = parse(style.color); const bg = background(el);
                  const a = lum(fg), b = lum(bg); const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
                  if (ratio < 4.5) failures.push(el.tagName + ' "' + el.textContent.trim().slice(0, 30) + '" ' + ratio.toFixed(2));
                }
                return failures;""");
        assertThat(failures).as("texts below 4.5:1 on page %s", page).isEmpty();
    }

    /** A size as the pages show it: kB with at most one decimal, Dutch separators. */
    private static String kB(long bytes) {
        java.text.DecimalFormat format = new java.text.DecimalFormat("#,##0.#",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.forLanguageTag("nl-NL")));
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return format.format(bytes / 1024.0) + " kB";
    }

    private String base() {
        return "http://localhost:" + port + "/";
    }

    private void signIn(String user, String hash) {
        browser.get(base() + hash);
        ((JavascriptExecutor) browser).executeScript("sessionStorage.clear(); location.reload();");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("aanmelden-naam"))).sendKeys(user);
        browser.findElement(By.id("aanmelden-wachtwoord")).sendKeys(user, Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("gebruiker-naam"), user));
    }

    private String register(String titel, String thema) {
        gebied("Zuid");
        return api.post(PROJECTBUREAU, "/v1/opgaven", map("titel", titel, "omschrijving", "Omschrijving",
                "thema", thema, "gebied", "Zuid", "initiatiefnemer", "wethouder")).expect(201).text("opgaveId");
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private WebElement active() {
        return browser.switchTo().activeElement();
    }

    private void setValue(String id, String value) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    private void screenshot(String name) {
        screenshot(name, null);
    }

    /** Writes what the browser shows to target/screenshots, scrolled so the element with that id is in view. */
    private void screenshot(String name, String showId) {
        if (showId != null) {
            ((JavascriptExecutor) browser).executeScript(
                    "document.getElementById(arguments[0]).scrollIntoView({block: 'start'})", showId);
        }
        try {
            Path file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(file, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("screenshot " + name + " not written", e);
        }
    }

    private static void cleanDownloads() throws IOException {
        try (Stream<Path> files = Files.list(DOWNLOADS)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
    }

    private static Path awaitDownload(String suffix) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> {
            try (Stream<Path> files = Files.list(DOWNLOADS)) {
                return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
            }
        }, f -> f != null && f.toFile().length() > 0);
    }

    private static String bundled(String name) throws IOException {
        try (InputStream in = WebInterfaceBrowserTest.class.getResourceAsStream("/bpmn/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
