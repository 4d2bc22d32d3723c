package vn.xkmt.samples;

import java.util.List;
import java.util.Random;

/**
 * Fictional Vietnamese full names from a fixed seed: Kinh names, and H'Mông, Dao and Thái names for
 * the mountain communes. Any likeness to a real person is chance; names are personal data in the
 * contract and are never printed by the program.
 */
final class Names {

    enum Group { KINH, HMONG, DAO, THAI }

    private static final List<String> KINH_FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đỗ",
            "Bùi", "Đặng", "Ngô", "Dương", "Lương", "Trịnh", "Mai", "Đinh", "Tạ", "Cao", "Phùng", "Lại", "Hà");
    private static final List<String> KINH_MIDDLE = List.of("Văn", "Đình", "Hữu", "Minh", "Quang", "Đức", "Xuân",
            "Mạnh", "Công", "Thế", "Ngọc", "Trọng");
    private static final List<String> KINH_GIVEN = List.of("Hùng", "Dũng", "Tuấn", "Nam", "Long", "Hải", "Thắng",
            "Cường", "Sơn", "Tùng", "Bình", "Hưng", "Toàn", "Quân", "Khánh", "Phong", "Hiếu", "Trung", "Việt", "Huy",
            "Thành", "Đạt", "Lâm", "Kiên", "Tú", "Vinh", "Quý", "Hòa", "Nghĩa", "Tiến");
    private static final List<String> KINH_GIVEN_F = List.of("Lan", "Hương", "Hoa", "Mai", "Hằng", "Thủy", "Nga",
            "Linh", "Huyền", "Yến");
    private static final List<String> HMONG_FAMILY = List.of("Giàng", "Vàng", "Thào", "Sùng", "Lù", "Ly", "Hầu",
            "Má", "Lồ", "Cư");
    private static final List<String> HMONG_MIDDLE = List.of("A", "Seo", "Văn", "Mí");
    private static final List<String> HMONG_GIVEN = List.of("Páo", "Sử", "Chứ", "Dơ", "Sình", "Chá", "Lềnh",
            "Thề", "Súa", "Pủa", "Dín", "Sáng", "Chu", "Khua", "Vư", "Lử", "Tủa", "Chính");
    private static final List<String> DAO_FAMILY = List.of("Tẩn", "Chảo", "Lý", "Phàn", "Đặng", "Triệu");
    private static final List<String> DAO_MIDDLE = List.of("Láo", "Văn", "Ông", "Seo", "Kiều");
    private static final List<String> DAO_GIVEN = List.of("Lở", "Quẩy", "Chòi", "Tả", "Phin", "Xiêm", "Sành",
            "Mẩy", "Quyên", "Vần");
    private static final List<String> THAI_FAMILY = List.of("Lò", "Hà", "Vi", "Lữ", "Lương", "Ngân", "Lộc");
    private static final List<String> THAI_GIVEN = List.of("Xuân", "Thanh", "Pọm", "Ún", "Khăm", "Piếng", "Tiên",
            "Hặc", "Chiến", "Quỳnh");

    private final Random random;

    Names(Random random) {
        this.random = random;
    }

    /** A name of the group; one in fifteen is a woman's. */
    String next(Group group) {
        boolean woman = random.nextInt(15) == 0;
        return switch (group) {
            case KINH -> pick(KINH_FAMILY) + " " + (woman ? "Thị" : pick(KINH_MIDDLE)) + " "
                    + pick(woman ? KINH_GIVEN_F : KINH_GIVEN);
            case HMONG -> pick(HMONG_FAMILY) + " " + (woman ? "Thị" : pick(HMONG_MIDDLE)) + " " + pick(HMONG_GIVEN);
            case DAO -> pick(DAO_FAMILY) + " " + (woman ? "Thị" : pick(DAO_MIDDLE)) + " " + pick(DAO_GIVEN);
            case THAI -> pick(THAI_FAMILY) + " " + (woman ? "Thị" : "Văn") + " " + pick(THAI_GIVEN);
        };
    }

    private String pick(List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
