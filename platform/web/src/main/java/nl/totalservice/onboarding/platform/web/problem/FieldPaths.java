package nl.totalservice.onboarding.platform.web.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.ArrayList;
import java.util.List;

/** Names an invalid field the way a client wrote it: {@code address.postcode}, {@code documents[2].kind}. */
final class FieldPaths {

    private FieldPaths() {
    }

    /** From a bean-validation path, without the method and the body parameter's Java name. */
    static String of(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        int start = 0;
        if (start < nodes.size() && nodes.get(start).getKind() == ElementKind.METHOD) {
            start++;
        }
        boolean parameter = start < nodes.size() && nodes.get(start).getKind() == ElementKind.PARAMETER;
        if (parameter && start + 1 < nodes.size()) {
            start++; // a field inside the request body: the body's Java parameter name means nothing to a client
        }
        StringBuilder name = new StringBuilder();
        for (int i = start; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (node.getIndex() != null && name.length() > 0) {
                name.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null && name.length() > 0) {
                name.append('[').append(node.getKey()).append(']');
            }
            if (node.getName() != null) {
                if (name.length() > 0) {
                    name.append('.');
                }
                name.append(node.getName());
            }
        }
        return name.length() == 0 ? path.toString() : name.toString();
    }

    /** From Jackson's path of the value that could not be read. */
    static String of(JsonMappingException e) {
        StringBuilder name = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (name.length() > 0) {
                    name.append('.');
                }
                name.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                name.append('[').append(reference.getIndex()).append(']');
            }
        }
        return name.toString();
    }
}
