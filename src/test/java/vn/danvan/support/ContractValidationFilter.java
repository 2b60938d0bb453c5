package vn.danvan.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;


/**
 * Checks every request and response of the tests against the bundled contract (target/openapi/openapi.yaml). A test that sends an
 * invalid request on purpose marks it with {@link #INVALID_REQUEST}: then only the response is
 * checked (it must still be a response the contract declares). {@link #OFF_CONTRACT} marks requests
 * to addresses outside the contract (e.g. /q/health).
 */
public class ContractValidationFilter implements OrderedFilter {

    public static final String INVALID_REQUEST = "X-Test-Invalid-Request";
    public static final String OFF_CONTRACT = "X-Test-Off-Contract";

    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
            .createForSpecificationUrl(Contract.BUNDLE.toAbsolutePath().toUri().toString())
            .build();

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext context) {
        boolean offContract = request.getHeaders().hasHeaderWithName(OFF_CONTRACT);
        boolean invalidRequest = request.getHeaders().hasHeaderWithName(INVALID_REQUEST);
        Response response = context.next(request, responseSpec);
        if (offContract) {
            return response;
        }
        ValidationReport report;
        if (invalidRequest) {
            Request.Method method = Request.Method.valueOf(request.getMethod().toUpperCase());
            String path = java.net.URI.create(request.getURI()).getRawPath();
            report = VALIDATOR.validateResponse(path, method, RestAssuredResponse.of(response));
        } else {
            report = VALIDATOR.validate(RestAssuredRequest.of(request), RestAssuredResponse.of(response));
        }
        if (report.hasErrors()) {
            throw new AssertionError("Contract violation on " + request.getMethod() + " " + request.getURI() + " → "
                    + response.getStatusCode() + ":\n" + report + "\nBody: " + response.asString());
        }
        return response;
    }

    @Override
    public int getOrder() {
        return OrderedFilter.HIGHEST_PRECEDENCE;
    }
}
