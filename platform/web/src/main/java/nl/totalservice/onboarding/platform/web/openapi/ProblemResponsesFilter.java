package nl.totalservice.onboarding.platform.web.openapi;

import nl.totalservice.onboarding.platform.web.problem.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.List;
import java.util.Map;

/**
 * Documents the problem responses every operation can give, so each resource only declares the
 * refusals of its own domain: 400 for invalid input, 401/403 for secured operations, 413/415 where
 * a body is read, 500 for the unexpected, 503 while the database is away; all as
 * {@code application/problem+json}.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        ensureSchemas(openAPI);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().getOperations().entrySet()) {
                Operation operation = entry.getValue();
                APIResponses responses = operation.getResponses();
                if (responses == null) {
                    responses = OASFactory.createAPIResponses();
                    operation.setResponses(responses);
                }
                boolean hasParameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
                if (operation.getRequestBody() != null || hasParameters) {
                    add(responses, "400", "Invalid request: the `errors` member names each invalid field");
                }
                if (operation.getRequestBody() != null) {
                    add(responses, "413", "The request body is too large");
                    add(responses, "415", "The request body is not application/json");
                }
                if (operation.getSecurity() != null || openAPI.getSecurity() != null) {
                    add(responses, "401", "No valid bearer token");
                    add(responses, "403", "The token's role does not allow this operation");
                }
                add(responses, "500", "Unexpected error; the `errorId` member is in our logs");
                add(responses, "503", "The service's database is away for a moment (restart, fail-over): send the "
                        + "request again after the Retry-After header's seconds");
                useProblemMediaType(responses);
            }
        }
    }

    private static void ensureSchemas(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        if (schemas == null || !schemas.containsKey("Problem")) {
            openAPI.getComponents().addSchema("FieldError", OASFactory.createSchema()
                    .type(List.of(Schema.SchemaType.OBJECT))
                    .description("An invalid field of the request")
                    .addProperty("field", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                            .description("Path of the field in the request body, or the parameter name")
                            .examples(List.of("address.postcode")))
                    .addProperty("message", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                            .description("What is wrong with it").examples(List.of("must look like 1234 AB"))));
            openAPI.getComponents().addSchema("Problem", OASFactory.createSchema()
                    .type(List.of(Schema.SchemaType.OBJECT))
                    .description("Why a request was refused (RFC 9457 problem details)")
                    .addProperty("type", string("URI identifying the kind of problem", Problem.TYPE_BASE + "validation"))
                    .addProperty("title", string("Short summary of the kind of problem", "Invalid request"))
                    .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER))
                            .description("HTTP status code").examples(List.of(400)))
                    .addProperty("detail", string("What went wrong with this request", "postcode: must look like 1234 AB"))
                    .addProperty("instance", string("The request path that was refused", "/api/leads"))
                    .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                            .description("Invalid fields (validation problems)")
                            .items(OASFactory.createSchema().ref("#/components/schemas/FieldError")))
                    .addProperty("currentState", string("The state that forbade a transition (409)", "ASSIGNED"))
                    .addProperty("existingId", string("Id of the existing resource a duplicate points at (409)",
                            "5b0e6f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b"))
                    .addProperty("existing", string("Path of that existing resource (409)",
                            "/api/leads/5b0e6f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b"))
                    .addProperty("errorId", string("Id of an unexpected error in our logs (500)",
                            "0d8f1e2a-3b4c-5d6e-7f80-91a2b3c4d5e6")));
        }
    }

    private static Schema string(String description, String example) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).description(description)
                .examples(List.of(example));
    }

    private static void add(APIResponses responses, String code, String description) {
        if (responses.hasAPIResponse(code)) {
            return;
        }
        responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
    }

    /** Every 4xx/5xx response is a problem document, also those a resource declared itself. */
    private static void useProblemMediaType(APIResponses responses) {
        for (Map.Entry<String, APIResponse> entry : responses.getAPIResponses().entrySet()) {
            if (!(entry.getKey().startsWith("4") || entry.getKey().startsWith("5"))) {
                continue;
            }
            APIResponse response = entry.getValue();
            MediaType problem = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF));
            Content content = response.getContent();
            if (content == null || content.getMediaTypes() == null || content.getMediaTypes().isEmpty()) {
                response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problem));
            } else if (!content.hasMediaType(Problem.MEDIA_TYPE)) {
                MediaType existing = content.getMediaTypes().values().iterator().next();
                content.getMediaTypes().clear();
                content.addMediaType(Problem.MEDIA_TYPE, existing.getSchema() == null ? problem : existing);
            }
        }
    }
}
