package vn.danvan.contract;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import org.junit.jupiter.api.Test;
import vn.danvan.platform.error.ProblemType;
import vn.danvan.support.Contract;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The contract lists every problem type URI the server gives (Problem.type's x-extensible-enum), and no other. */
class ProblemTypesInContractTest {

    @Test
    void problemTypeListsEveryKindOfError() {
        var contract = new OpenAPIV3Parser().read(Contract.BUNDLE.toString());
        Schema<?> type = (Schema<?>) contract.getComponents().getSchemas().get("Problem").getProperties().get("type");

        Object listed = type.getExtensions().get("x-extensible-enum");
        assertEquals(Arrays.stream(ProblemType.values()).map(ProblemType::uri).toList(), List.copyOf((List<?>) listed),
                "openapi/shared.yaml, Problem.type: x-extensible-enum must list ProblemType's URIs in its order");
    }

    /** Each kind has its row in Problem.type's description (type, status, when), with the status the server sends. */
    @Test
    void everyProblemTypeIsDescribedWithItsStatus() {
        var contract = new OpenAPIV3Parser().read(Contract.BUNDLE.toString());
        String description = ((Schema<?>) contract.getComponents().getSchemas().get("Problem").getProperties()
                .get("type")).getDescription();
        for (ProblemType type : ProblemType.values()) {
            String row = "| `" + type.uri() + "` | " + type.status() + " | ";
            assertTrue(description.contains(row), "openapi/shared.yaml, Problem.type's description lacks the row " + row);
        }
    }
}
