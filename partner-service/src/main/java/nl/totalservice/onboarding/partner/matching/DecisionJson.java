package nl.totalservice.onboarding.partner.matching;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

/** Writes and reads the JSON detail of stored decisions with the service's ObjectMapper (ISO dates). */
@ApplicationScoped
public class DecisionJson {

    private final ObjectMapper json;

    public DecisionJson(ObjectMapper json) {
        this.json = json;
    }

    String write(DecisionDetail detail) {
        try {
            return json.writeValueAsString(detail);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Decision detail cannot be written as JSON", e);
        }
    }

    public DecisionDetail read(MatchDecision decision) {
        try {
            return json.readValue(decision.detailJson(), DecisionDetail.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored detail of decision " + decision.id() + " is unreadable", e);
        }
    }

    /** The inputs alone (the {@code inputs} member of a stored detail), without reading the candidates. */
    public DecisionInputs readInputs(String inputsJson) {
        try {
            return json.readValue(inputsJson, DecisionInputs.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored inputs of a decision are unreadable", e);
        }
    }
}
