import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Writes the benchmark's organisation tree as CSV files for POST /api/v1/organizations/imports, one
 * file per province (each well under the 5 MiB import limit), plus the search terms the benchmark
 * sends as {@code q}. Deterministic: the same seed gives byte-identical files.
 *
 * <pre>
 *   java bench/GenerateOrganizations.java OUT_DIR [--seed 20250701] [--communes-scale 1.0] [--national]
 * </pre>
 *
 * Six provinces by default (the organisation benchmark's data); {@code --national} writes the whole country's 34.
 *
 * Per province: the provincial people's committee, its Fatherland Front committee, five
 * socio-political organisations, the Ban Dân vận, 20 departments with 6 divisions each; then the
 * communes and wards (the post-2025 counts of six real provinces), each with 4 offices. The names
 * are Vietnamese with diacritics, built from common place-name syllables; the codes follow the
 * service's rules (province 2 digits, commune/ward 5 digits, other units ^[0-9A-Z][0-9A-Z.-]*$).
 * Synthetic data: codes and names are plausible, not the official register.
 */
public class GenerateOrganizations {

    static final String HEADER = "code,name,type,parentCode,validFrom,shortName,address,phone";
    static final String VALID_FROM = "2025-07-01";

    /** code, name, communes + wards after 1 July 2025, share of wards (percent), phone area code. */
    record Province(String code, String name, boolean city, int units, int wardPercent, String area) {
    }

    static final List<Province> PROVINCES = List.of(
            new Province("01", "Hà Nội", true, 126, 40, "024"),
            new Province("79", "Hồ Chí Minh", true, 168, 67, "028"),
            new Province("38", "Thanh Hóa", false, 166, 12, "0237"),
            new Province("40", "Nghệ An", false, 130, 10, "0238"),
            new Province("48", "Đà Nẵng", true, 94, 25, "0236"),
            new Province("52", "Gia Lai", false, 135, 18, "0256"));

    /**
     * The whole country after 1 July 2025 (Nghị quyết 202/2025/QH15 and the communes' arrangement): 34 provinces and
     * centrally-run cities with their 3,321 communes, wards and special zones (counted here as communes and wards; the
     * share of wards is an estimate, the area codes approximate). With {@code --national}: about 21,000 units.
     */
    static final List<Province> NATIONAL = List.of(
            new Province("01", "Hà Nội", true, 126, 40, "024"),
            new Province("04", "Cao Bằng", false, 56, 5, "0206"),
            new Province("08", "Tuyên Quang", false, 124, 6, "0207"),
            new Province("11", "Điện Biên", false, 45, 7, "0215"),
            new Province("12", "Lai Châu", false, 38, 5, "0213"),
            new Province("14", "Sơn La", false, 75, 11, "0212"),
            new Province("15", "Lào Cai", false, 99, 10, "0214"),
            new Province("19", "Thái Nguyên", false, 92, 16, "0208"),
            new Province("20", "Lạng Sơn", false, 65, 6, "0205"),
            new Province("22", "Quảng Ninh", false, 54, 56, "0203"),
            new Province("24", "Bắc Ninh", false, 99, 33, "0222"),
            new Province("25", "Phú Thọ", false, 148, 13, "0210"),
            new Province("31", "Hải Phòng", true, 114, 40, "0225"),
            new Province("33", "Hưng Yên", false, 104, 11, "0221"),
            new Province("37", "Ninh Bình", false, 129, 25, "0229"),
            new Province("38", "Thanh Hóa", false, 166, 12, "0237"),
            new Province("40", "Nghệ An", false, 130, 10, "0238"),
            new Province("42", "Hà Tĩnh", false, 69, 13, "0239"),
            new Province("44", "Quảng Trị", false, 78, 10, "0233"),
            new Province("46", "Huế", true, 40, 53, "0234"),
            new Province("48", "Đà Nẵng", true, 94, 25, "0236"),
            new Province("51", "Quảng Ngãi", false, 96, 9, "0255"),
            new Province("52", "Gia Lai", false, 135, 18, "0256"),
            new Province("56", "Khánh Hòa", false, 65, 25, "0258"),
            new Province("66", "Đắk Lắk", false, 102, 14, "0262"),
            new Province("68", "Lâm Đồng", false, 124, 16, "0263"),
            new Province("75", "Đồng Nai", false, 95, 24, "0251"),
            new Province("79", "Hồ Chí Minh", true, 168, 67, "028"),
            new Province("80", "Tây Ninh", false, 96, 14, "0276"),
            new Province("82", "Đồng Tháp", false, 102, 19, "0277"),
            new Province("86", "Vĩnh Long", false, 124, 15, "0270"),
            new Province("91", "An Giang", false, 102, 14, "0296"),
            new Province("92", "Cần Thơ", true, 103, 31, "0292"),
            new Province("96", "Cà Mau", false, 64, 14, "0290"));

    /** Departments (sở, ban, ngành) of a provincial people's committee: short code, name, type. */
    static final String[][] DEPARTMENTS = {
            {"VP", "Văn phòng Ủy ban nhân dân tỉnh", "DEPARTMENT"},
            {"SNV", "Sở Nội vụ", "DEPARTMENT"},
            {"STC", "Sở Tài chính", "DEPARTMENT"},
            {"STP", "Sở Tư pháp", "DEPARTMENT"},
            {"SXD", "Sở Xây dựng", "DEPARTMENT"},
            {"SCT", "Sở Công Thương", "DEPARTMENT"},
            {"SNNMT", "Sở Nông nghiệp và Môi trường", "DEPARTMENT"},
            {"SGDDT", "Sở Giáo dục và Đào tạo", "DEPARTMENT"},
            {"SYT", "Sở Y tế", "DEPARTMENT"},
            {"SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch", "DEPARTMENT"},
            {"SKHCN", "Sở Khoa học và Công nghệ", "DEPARTMENT"},
            {"SDTTG", "Sở Dân tộc và Tôn giáo", "DEPARTMENT"},
            {"SNGV", "Sở Ngoại vụ", "DEPARTMENT"},
            {"TT", "Thanh tra tỉnh", "INSPECTORATE"},
            {"BQLKCN", "Ban Quản lý các khu công nghiệp", "DEPARTMENT"},
            {"BQLDA", "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng", "PUBLIC_SERVICE_UNIT"},
            {"DPTTH", "Đài Phát thanh và Truyền hình", "PUBLIC_SERVICE_UNIT"},
            {"TCT", "Trường Chính trị", "PUBLIC_SERVICE_UNIT"},
            {"BVDK", "Bệnh viện Đa khoa tỉnh", "PUBLIC_SERVICE_UNIT"},
            {"TTPVHCC", "Trung tâm Phục vụ hành chính công tỉnh", "PUBLIC_SERVICE_UNIT"}};

    static final String[][] DIVISIONS = {
            {"VP", "Văn phòng"},
            {"TCCB", "Phòng Tổ chức cán bộ"},
            {"KHTC", "Phòng Kế hoạch - Tài chính"},
            {"PC", "Phòng Pháp chế"},
            {"NV1", "Phòng Nghiệp vụ 1"},
            {"NV2", "Phòng Nghiệp vụ 2"}};

    static final String[][] PROVINCIAL_BODIES = {
            {"MTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "FATHERLAND_FRONT_COMMITTEE"},
            {"CD", "Liên đoàn Lao động tỉnh", "SOCIO_POLITICAL_ORGANIZATION"},
            {"HND", "Hội Nông dân tỉnh", "SOCIO_POLITICAL_ORGANIZATION"},
            {"HPN", "Hội Liên hiệp Phụ nữ tỉnh", "SOCIO_POLITICAL_ORGANIZATION"},
            {"DTN", "Tỉnh Đoàn", "SOCIO_POLITICAL_ORGANIZATION"},
            {"CCB", "Hội Cựu chiến binh tỉnh", "SOCIO_POLITICAL_ORGANIZATION"},
            {"BDV", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "PARTY_MOBILIZATION_BOARD"}};

    static final String[][] COMMUNE_OFFICES = {
            {"VP", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân"},
            {"KT", "Phòng Kinh tế"},
            {"VHXH", "Phòng Văn hóa - Xã hội"},
            {"HCC", "Trung tâm Phục vụ hành chính công"}};

    /** Common first and second syllables of Vietnamese commune names. */
    static final String[] FIRST = {"An", "Bình", "Hòa", "Tân", "Phước", "Đức", "Nghĩa", "Tịnh", "Quảng", "Thạnh",
            "Long", "Phú", "Vĩnh", "Hưng", "Thanh", "Xuân", "Hải", "Sơn", "Trà", "Ba", "Minh", "Đông", "Tây", "Nam",
            "Bắc", "Kim", "Hồng", "Lạc", "Cẩm", "Yên", "Quỳnh", "Diễn", "Hương", "Thiệu", "Nga", "Đại", "Mỹ", "Ia",
            "Kon", "Chư", "Krông", "Đăk", "Lê", "Trung", "Thuận", "Hiệp", "Ngọc", "Gia", "Cát", "Lộc"};
    static final String[] SECOND = {"Khê", "Hành", "Phổ", "Sơn", "Thọ", "Lợi", "Điền", "Hiệp", "Thịnh", "Hưng",
            "Phú", "Lâm", "Hà", "Giang", "Thủy", "Trung", "Đông", "Tây", "Nam", "Bắc", "An", "Bình", "Hòa", "Lộc",
            "Mỹ", "Ninh", "Quang", "Tiến", "Thành", "Xuyên", "Đồng", "Hải", "Lĩnh", "Nguyên", "Phong", "Vân", "Châu",
            "Yên", "Kỳ", "Đức", "Tường", "Hội", "Pa", "Grai", "Bang", "Rông", "Tô", "Mơ", "Xá", "Liên"};

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: java bench/GenerateOrganizations.java OUT_DIR [--seed N] [--communes-scale X]"
                    + " [--national]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        long seed = 20250701L;
        double scale = 1.0;
        List<Province> provinces = PROVINCES;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--communes-scale" -> scale = Double.parseDouble(args[++i]);
                case "--national" -> provinces = NATIONAL;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Files.createDirectories(out);
        Random random = new Random(seed);
        int commune = 4; // official commune codes are 5 digits, handed out in steps
        int total = 0;
        List<String> terms = new ArrayList<>();
        for (Province p : provinces) {
            StringBuilder csv = new StringBuilder(HEADER).append('\n');
            String unitWord = p.city() ? "thành phố" : "tỉnh";
            String pName = "Ủy ban nhân dân " + unitWord + " " + p.name();
            int rows = 0;
            rows += row(csv, p.code(), pName, "PROVINCIAL_PEOPLES_COMMITTEE", "", "UBND " + unitWord + " " + p.name(),
                    address(random, p, null), phone(random, p));
            for (String[] body : PROVINCIAL_BODIES) {
                rows += row(csv, p.code() + "." + body[0], localise(body[1], p), body[2], p.code(), "", "", "");
            }
            for (String[] dep : DEPARTMENTS) {
                String depCode = p.code() + "." + dep[0];
                String depName = localise(dep[1], p);
                rows += row(csv, depCode, depName, dep[2], p.code(), "", address(random, p, null), phone(random, p));
                for (String[] div : DIVISIONS) {
                    rows += row(csv, depCode + "." + div[0], div[1] + " - " + depName, "OFFICE_DIVISION", depCode,
                            "", "", "");
                }
            }
            int units = (int) Math.round(p.units() * scale);
            Set<String> used = new LinkedHashSet<>();
            for (int i = 0; i < units; i++) {
                String place;
                do {
                    place = FIRST[random.nextInt(FIRST.length)] + " " + SECOND[random.nextInt(SECOND.length)];
                } while (!used.add(place));
                boolean ward = random.nextInt(100) < p.wardPercent();
                String kind = ward ? "phường" : "xã";
                String code = String.format(Locale.ROOT, "%05d", commune);
                commune += 1 + random.nextInt(5);
                String name = "Ủy ban nhân dân " + kind + " " + place;
                rows += row(csv, code, name, ward ? "WARD_PEOPLES_COMMITTEE" : "COMMUNE_PEOPLES_COMMITTEE", p.code(),
                        "UBND " + kind + " " + place, address(random, p, kind + " " + place), phone(random, p));
                for (String[] office : COMMUNE_OFFICES) {
                    rows += row(csv, code + "." + office[0], office[1] + " " + kind + " " + place, "OFFICE_DIVISION",
                            code, "", "", "");
                }
                if (random.nextInt(12) == 0) {
                    terms.add(fold(place).replace(" ", "%20"));
                }
            }
            Path file = out.resolve("organizations-" + p.code() + ".csv");
            Files.writeString(file, csv, StandardCharsets.UTF_8);
            System.out.printf(Locale.ROOT, "%s  %5d rows  %7d bytes%n", file, rows, Files.size(file));
            total += rows;
        }
        Files.write(out.resolve("search-terms.txt"), terms, StandardCharsets.UTF_8);
        System.out.printf(Locale.ROOT, "total %d organisations, %d search terms, seed %d%n", total, terms.size(), seed);
    }

    /** "Sở Nội vụ" → "Sở Nội vụ tỉnh Quảng Ngãi"; "Thanh tra tỉnh" → "Thanh tra thành phố Hà Nội". */
    static String localise(String name, Province p) {
        String unit = p.city() ? "thành phố" : "tỉnh";
        for (String[] suffix : new String[][] {{"Tỉnh ủy", "Thành ủy"}, {"Tỉnh Đoàn", "Thành Đoàn"}, {"tỉnh", "thành phố"}}) {
            if (name.endsWith(suffix[0])) {
                String stem = name.substring(0, name.length() - suffix[0].length());
                return stem + (p.city() ? suffix[1] : suffix[0]) + " " + p.name();
            }
        }
        return name + " " + unit + " " + p.name();
    }

    static String address(Random random, Province p, String commune) {
        String street = (1 + random.nextInt(300)) + " " + (random.nextBoolean() ? "đường " : "đường số ")
                + (random.nextBoolean() ? FIRST[random.nextInt(FIRST.length)] + " " + SECOND[random.nextInt(SECOND.length)]
                : String.valueOf(1 + random.nextInt(40)));
        return street + (commune == null ? "" : ", " + commune) + ", " + (p.city() ? "thành phố " : "tỉnh ") + p.name();
    }

    static String phone(Random random, Province p) {
        return p.area() + " " + (3000000 + random.nextInt(999999));
    }

    /** "Tịnh Khê" → "tinh khe": how a user types a name without diacritics. */
    static String fold(String s) {
        String d = s.replace('đ', 'd').replace('Đ', 'D');
        return Normalizer.normalize(d, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    static int row(StringBuilder csv, String code, String name, String type, String parent, String shortName,
                   String address, String phone) {
        csv.append(String.join(",", code, q(name), type, parent, VALID_FROM, q(shortName), q(address), phone))
                .append('\n');
        return 1;
    }

    static String q(String s) {
        return s.isEmpty() ? "" : "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
