package vn.danvan.mobilization.settings;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.RegistrationReopening;
import vn.danvan.api.model.RegistrationWindow;
import vn.danvan.mobilization.scope.OrganizationPlaces;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Windows with their reopenings and the reopened units' names, read once for a page. */
@ApplicationScoped
class RegistrationWindowViews {

    private final RegistrationReopenings reopenings;
    private final OrganizationPlaces places;
    private final SettingsMapper mapper;

    RegistrationWindowViews(RegistrationReopenings reopenings, OrganizationPlaces places, SettingsMapper mapper) {
        this.reopenings = reopenings;
        this.places = places;
        this.mapper = mapper;
    }

    List<RegistrationWindow> of(List<RegistrationWindowEntity> windows) {
        if (windows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<RegistrationReopeningEntity>> byWindow = reopenings.ofWindows(windows.stream().map(w -> w.id).toList())
                .stream().collect(Collectors.groupingBy(r -> r.windowId));
        Map<UUID, String> names = places.names(byWindow.values().stream().flatMap(List::stream)
                .map(r -> r.organizationId).collect(Collectors.toSet()));
        return windows.stream().map(w -> mapper.toApi(w, byWindow, names)).toList();
    }

    RegistrationWindow of(RegistrationWindowEntity window) {
        return of(List.of(window)).get(0);
    }

    RegistrationReopening of(RegistrationReopeningEntity reopening) {
        return mapper.toApi(reopening, places.names(List.of(reopening.organizationId)));
    }
}
