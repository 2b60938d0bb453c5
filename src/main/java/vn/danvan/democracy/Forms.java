package vn.danvan.democracy;

import vn.danvan.api.model.GrassrootsDisclosureForm;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Forms of disclosure kept in one column as a comma list, in the contract's order. */
final class Forms {

    private Forms() {
    }

    static Set<GrassrootsDisclosureForm> parse(String stored) {
        Set<GrassrootsDisclosureForm> forms = new LinkedHashSet<>();
        if (stored != null && !stored.isBlank()) {
            Arrays.stream(stored.split(",")).map(GrassrootsDisclosureForm::fromValue).forEach(forms::add);
        }
        return forms;
    }

    static String join(Collection<GrassrootsDisclosureForm> forms) {
        return forms.stream().distinct().sorted().map(GrassrootsDisclosureForm::name).collect(Collectors.joining(","));
    }
}
