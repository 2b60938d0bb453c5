package vn.danvan.organization;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.OrganizationDissolution;
import vn.danvan.platform.demo.DemoDataSet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

/**
 * The demo province (Quảng Ngãi, after the 1 July 2025 reorganisation): departments, the
 * inspectorate, the Fatherland Front and socio-political organisations, the Party's board, 23
 * communes, wards and a special zone, and three districts dissolved on 30 June 2025 with their
 * successors. Commune and department codes are illustrative, and every unit is marked as demo data.
 */
@ApplicationScoped
class OrganizationDemoData implements DemoDataSet {

    /** Historic district → the unit that took over its seat. */
    private static final Map<String, String> DISSOLVED_DISTRICTS = Map.of("522", "21001", "524", "21008", "527", "21012");
    private static final LocalDate DISTRICTS_ABOLISHED = LocalDate.of(2025, 6, 30);

    private final OrganizationImporter importer;
    private final OrganizationService service;
    private final OrganizationRepository repository;

    OrganizationDemoData(OrganizationImporter importer, OrganizationService service, OrganizationRepository repository) {
        this.importer = importer;
        this.service = service;
        this.repository = repository;
    }

    @Override
    public String name() {
        return "organizations";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void load() {
        importer.importCsv(read("demo/organizations.csv"), true);
        DISSOLVED_DISTRICTS.forEach((district, successor) -> {
            OrganizationEntity unit = repository.findCodeHolder(district).orElseThrow();
            OrganizationEntity heir = repository.findCodeHolder(successor).orElseThrow();
            service.dissolve(unit.id, null, new OrganizationDissolution().validTo(DISTRICTS_ABOLISHED)
                    .successorId(heir.id).note("Sắp xếp đơn vị hành chính, tổ chức chính quyền địa phương hai cấp"));
        });
    }

    private static String read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
