package vn.danvan.platform;

import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.danvan.support.ApiTest;
import vn.danvan.support.PackagedJar;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * The packaged service run as README says (java -jar, no database configured): it starts its embedded MariaDB, makes
 * its own keys and loads the demo province, whose accounts, organisations, directives and tasks are all there; a
 * restart on the same data folder loads nothing twice.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoDataIT extends ApiTest {

    private static final Path FOLDER = Path.of("target", "demo-data-it", "run-" + ProcessHandle.current().pid());
    private static PackagedJar service;

    @BeforeAll
    static void startAsReadmeSays() throws Exception {
        Files.createDirectories(FOLDER);
        service = PackagedJar.start(FOLDER, Map.of()).awaitReady(Duration.ofMinutes(3));
        RestAssured.port = service.httpPort();
    }

    @AfterAll
    static void stop() throws Exception {
        if (service != null) {
            service.close();
        }
        RestAssured.port = RestAssured.DEFAULT_PORT;
    }

    private static final String DEMO_PASSWORD = "DanVan@2026";

    private static io.restassured.specification.RequestSpecification demoAdmin() {
        return as(signIn("admin", DEMO_PASSWORD));
    }

    @Test
    void everyDemoAccountSignsInWithItsRole() {
        Map<String, String> accounts = Map.of("admin", "SYSTEM_ADMIN", "dieuphoi.snv", "COORDINATOR",
                "quantri.tinhkhe", "ORG_ADMIN", "canbo.tinhkhe", "OFFICER", "xem.tinhkhe", "VIEWER");
        accounts.forEach((username, role) -> as(signIn(username, DEMO_PASSWORD)).get("/api/v1/users/me").then()
                .statusCode(200)
                .body("username", equalTo(username))
                .body("roles", org.hamcrest.Matchers.contains(role))
                .body("demo", equalTo(true)));
        tokenRequest(Map.of("grant_type", "client_credentials", "client_id", "cong-dvc-quangngai",
                "client_secret", DEMO_PASSWORD)).then().statusCode(200).body("refresh_token", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void theDemoProvinceHasItsAgenciesCommunesAndHistory() {
        String province = demoAdmin().queryParam("q", "Quảng Ngãi").queryParam("type", "PROVINCIAL_PEOPLES_COMMITTEE")
                .get("/api/v1/organizations").then().log().ifValidationFails()
                .body("items", hasSize(1))
                .body("items[0].officialCode", equalTo("51"))
                .body("items[0].demo", equalTo(true))
                .extract().path("items[0].id");

        List<String> types = demoAdmin().queryParam("pageSize", 200).get("/api/v1/organizations/" + province + "/children")
                .then().extract().path("items.type");
        assertThat(types, hasItems("DEPARTMENT", "INSPECTORATE", "FATHERLAND_FRONT_COMMITTEE",
                "PARTY_MOBILIZATION_BOARD", "PUBLIC_SERVICE_UNIT", "COMMUNE_PEOPLES_COMMITTEE",
                "WARD_PEOPLES_COMMITTEE", "SPECIAL_ZONE_PEOPLES_COMMITTEE"));
        long communes = types.stream().filter(t -> t.endsWith("_PEOPLES_COMMITTEE")).count();
        assertThat((int) communes, greaterThanOrEqualTo(20));

        demoAdmin().queryParam("type", "SOCIO_POLITICAL_ORGANIZATION").get("/api/v1/organizations").then()
                .body("items", hasSize(5));
        demoAdmin().queryParam("level", "COMMUNE").queryParam("pageSize", 200).get("/api/v1/organizations").then()
                .body("items.demo", everyItem(equalTo(true)))
                .body("items.mobilizationLead.name", everyItem(notNullValue()));
        demoAdmin().queryParam("active", false).get("/api/v1/organizations").then()
                .body("items", hasSize(3))
                .body("items.type", everyItem(equalTo("DISTRICT_PEOPLES_COMMITTEE")))
                .body("items.validTo", everyItem(equalTo("2025-06-30")))
                .body("items.successorId", everyItem(notNullValue()));
    }

    @Test
    void demoDataIsRecordedInTheHistoryAsMadeByTheDemoData() {
        String province = demoAdmin().queryParam("q", "Quảng Ngãi").queryParam("type", "PROVINCIAL_PEOPLES_COMMITTEE")
                .get("/api/v1/organizations").then().extract().path("items[0].id");
        demoAdmin().get("/api/v1/organizations/" + province + "/history").then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].action", equalTo("CREATED"))
                .body("items[0].actor.id", equalTo("demo-data"))
                .body("items[0].actor.name", equalTo(DEMO_ACTOR))
                .body("items[0].clientId", equalTo("demo-data"))
                .body("items[0].sourceIp", nullValue())
                .body("items[0].changes.find { it.field == 'officialCode' }.newValue", equalTo("51"));
    }

    private static final String DEMO_ACTOR = "Dữ liệu mẫu (demo data)";

    /** Every kind of record with a history has one in the demo, naming the demo data as the actor, never "anonymous". */
    @Test
    void everyKindOfDemoRecordHasAHistoryNamingItsActor() {
        String token = signIn("dieuphoi.snv", DEMO_PASSWORD);
        // A fresh request each time: a RequestSpecification keeps the query parameters given to it.
        java.util.function.Supplier<io.restassured.specification.RequestSpecification> coordinator = () -> as(token);
        Map<String, String> lists = new java.util.LinkedHashMap<>();
        lists.put("/api/v1/directives", "/api/v1/directives/");
        lists.put("/api/v1/tasks", "/api/v1/tasks/");
        lists.put("/api/v1/mobilization-models", "/api/v1/mobilization-models/");
        lists.put("/api/v1/mobilization-registration-windows", "/api/v1/mobilization-registration-windows/");
        lists.put("/api/v1/mobilization-appraisal-criteria", "/api/v1/mobilization-appraisal-criteria/");
        lists.put("/api/v1/receptions", "/api/v1/receptions/");
        lists.put("/api/v1/cases", "/api/v1/cases/");
        lists.put("/api/v1/reception-schedules", "/api/v1/reception-schedules/");
        lists.forEach((list, item) -> {
            String id = coordinator.get().get(list).then().statusCode(200).body("items", org.hamcrest.Matchers.not(
                    org.hamcrest.Matchers.empty())).extract().path("items[0].id");
            coordinator.get().get(item + id + "/history").then().statusCode(200)
                    .body("items", org.hamcrest.Matchers.not(org.hamcrest.Matchers.empty()))
                    .body("items.actor.name", everyItem(equalTo(DEMO_ACTOR)))
                    .body("items[-1].action", equalTo("CREATED"));
        });
        // The law's rules come with the schema: their history starts with the state recorded by the migration.
        String rule = coordinator.get().get("/api/v1/deadline-rules").then().extract().path("items[0].id");
        coordinator.get().get("/api/v1/deadline-rules/" + rule + "/history").then().statusCode(200)
                .body("items[0].actor.id", equalTo("system")).body("items[0].clientId", equalTo("migration-records"));
        String receptionRule = coordinator.get().get("/api/v1/reception-rules").then().extract().path("items[0].id");
        coordinator.get().get("/api/v1/reception-rules/" + receptionRule + "/history").then().statusCode(200)
                .body("items[0].clientId", equalTo("migration-records"));
        // A demo task's timeline names who acted as the history does.
        String task = coordinator.get().queryParam("status", "ACCEPTED").get("/api/v1/tasks").then().extract().path("items[0].id");
        coordinator.get().get("/api/v1/tasks/" + task + "/timeline").then().statusCode(200)
                .body("items.actor", everyItem(equalTo(DEMO_ACTOR)));
        coordinator.get().get("/api/v1/tasks/" + task + "/history").then()
                .body("items.find { it.changes.find { c -> c.field == 'status' && c.newValue == 'ACCEPTED' } }",
                        notNullValue());
    }

    @Test
    void theSeedDirectivesAndTheirTasksAreThereForTheCommuneAndTheCoordinator() {
        String officerToken = signIn("canbo.tinhkhe", DEMO_PASSWORD);
        String directive = as(officerToken).queryParam("q", "4418").get("/api/v1/directives").then().statusCode(200)
                .body("items.numberSymbol", org.hamcrest.Matchers.hasItem("4418/UBND-NC"))
                .extract().path("items[0].id");
        as(officerToken).get("/api/v1/directives/" + directive).then().body("legalBasisIds", hasSize(2))
                .body("status", equalTo("ISSUED"));
        as(officerToken).get("/api/v1/tasks/inbox?relation=LEAD&pageSize=50").then().statusCode(200)
                .body("items.itemNumber", org.hamcrest.Matchers.hasItems("2", "4"))
                .body("items.periodLabel", org.hamcrest.Matchers.hasItem("2026"));
        as(officerToken).get("/api/v1/tasks?directiveId=" + directive + "&status=ACCEPTED").then()
                .body("items.title", org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.startsWith("Quán triệt")));
        as(signIn("dieuphoi.snv", DEMO_PASSWORD)).get("/api/v1/tasks/summary").then().statusCode(200)
                .body("rows.size()", org.hamcrest.Matchers.greaterThan(10))
                .body("totals.assigned", org.hamcrest.Matchers.greaterThan(20))
                // beside the tasks: the provincial Front's overdue item, and the province's communes
                .body("sections.find { it.key == 'frontRecommendations' }.figures.find { it.key == 'overdue' }.value",
                        org.hamcrest.Matchers.greaterThanOrEqualTo(1))
                .body("sections.find { it.key == 'grassrootsDemocracy' }.figures.find { it.key == 'communes' }.value",
                        org.hamcrest.Matchers.greaterThan(1));
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void aRestartOnTheSameDataLoadsNothingTwice() throws Exception {
        int organizations = demoAdmin().queryParam("pageSize", 200).get("/api/v1/organizations").then().extract()
                .path("items.size()");
        int tasks = demoAdmin().queryParam("pageSize", 200).get("/api/v1/tasks").then().extract().path("items.size()");

        service.close();
        service = PackagedJar.start(FOLDER, Map.of()).awaitReady(Duration.ofMinutes(3));
        RestAssured.port = service.httpPort();

        demoAdmin().queryParam("pageSize", 200).get("/api/v1/organizations").then().body("items", hasSize(organizations));
        demoAdmin().queryParam("pageSize", 200).get("/api/v1/tasks").then().body("items", hasSize(tasks));
        assertThat(service.output(), containsString("Embedded MariaDB ready"));
    }
}
