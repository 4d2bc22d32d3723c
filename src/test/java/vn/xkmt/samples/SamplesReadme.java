package vn.xkmt.samples;

import java.util.List;

/** Renders {@code samples/README.md} from the sample books, so that it always says what the files hold. */
final class SamplesReadme {

    private SamplesReadme() {
    }

    static String render(List<Book> samples) {
        StringBuilder sb = new StringBuilder();
        sb.append("""
                # Tệp mẫu / Sample workbooks

                Các tệp `.xlsx` ở đây là dữ liệu mẫu đã điền theo quy cách `../docs/spec/data-sheet.md` \
                (bản mẫu có sheet `HuongDan` và `DanhMuc`), mỗi tệp cho một bộ tiêu chí. Tên xã, huyện là thật; \
                mọi số liệu và mọi người trong danh sách là hư cấu (họ tên do chương trình sinh ra, không phải người thật). \
                Mỗi tệp có một tệp `.expected.yaml` cùng tên ghi kết luận và kết quả từng tiêu chí, suy ra bằng tay \
                từ `criteria.md`.

                The `.xlsx` files here are filled data workbooks following the data contract (each a filled template, \
                with sheets `HuongDan` and `DanhMuc`), one per rule set. Commune and district names are real; every \
                figure and every person is invented (generated names of no real person). Each workbook has a \
                `.expected.yaml` of the same base name with the verdict and every criterion's outcome, derived by hand \
                from `criteria.md`.

                **Generated, do not edit by hand.** The files, the expected outcomes and this page come from \
                `src/test/java/vn/xkmt/samples/SampleGenerator.java` (fixed random seeds, so regeneration gives the \
                same content). Before writing, the generator checks every hand-written outcome against a second, plain \
                reading of `criteria.md` and stops on any disagreement. Regenerate with

                    ./mvnw -q test -Dtest=SamplesUpToDateTest -Dxkmt.samples.write=true

                `SamplesUpToDateTest` fails when a committed file differs from what the generator makes. The golden \
                cases of each rule set are not generated: they are the YAML case files in `rules/<id>/<version>/tests/`, \
                edited by hand ([rule-authoring.md](../docs/rule-authoring.md)); `SampleGenerator --golden` only drafts them.

                Chạy / run (sau khi build / once built):

                    java -jar target/xkmt.jar validate samples/*.xlsx
                    java -jar target/xkmt.jar evaluate --xlsx target/bao-cao.xlsx samples/*.xlsx
                    java -jar target/xkmt.jar rules test

                The first reads the four workbooks with no error and no warning; the second gives the verdicts \
                below (the Mường Lý row also carries one data warning: a test dated after its request date); the \
                third runs the golden cases. Folder `invalid/` holds broken workbooks that show the reader's error \
                messages: see `invalid/README.md`.

                """);
        for (Book b : samples) {
            section(sb, b);
        }
        return sb.toString();
    }

    private static void section(StringBuilder sb, Book b) {
        String file = b.path.substring(b.path.lastIndexOf('/') + 1);
        sb.append("## `").append(file).append("`\n\n");
        sb.append(b.aboutVi).append(".  \n").append(b.aboutEn).append(".\n\n");
        boolean targets = b.units.get(0).ruleSet == RuleSet.HUNG_YEN || b.units.get(0).ruleSet == RuleSet.TRA_VINH;
        long eligible = b.units.stream().filter(u -> u.verdict().equals("ELIGIBLE")).count();
        long failing = b.units.stream().filter(u -> u.verdict().equals("NOT_ELIGIBLE")).count();
        long open = b.units.size() - eligible - failing;
        sb.append("Bộ tiêu chí / rule set `").append(b.units.get(0).ruleSet.id()).append("`: ");
        if (targets) {
            sb.append(eligible).append('/').append(b.units.size()).append(" đạt toàn bộ chỉ tiêu, ")
                    .append(failing).append(" chưa đạt, ").append(open).append(" chưa đủ dữ liệu / ")
                    .append(eligible).append(" of ").append(b.units.size()).append(" meet every target, ")
                    .append(failing).append(" miss some, ").append(open).append(" undetermined.\n\n");
        } else {
            sb.append(eligible).append('/').append(b.units.size()).append(" đủ điều kiện công nhận, ")
                    .append(failing).append(" không đủ điều kiện, ").append(open).append(" chưa đủ dữ liệu / ")
                    .append(eligible).append(" of ").append(b.units.size()).append(" eligible, ")
                    .append(failing).append(" not eligible, ").append(open).append(" undetermined.\n\n");
        }
        for (String[] note : b.readme) {
            sb.append(note[0]).append("  \n").append(note[1]).append("\n\n");
        }
        sb.append("| Mã / code | Đơn vị / unit | Kết luận / verdict | Vì sao / why |\n");
        sb.append("|---|---|---|---|\n");
        for (Unit u : b.units) {
            sb.append("| `").append(u.key()).append("` | ").append(u.name()).append(" | ")
                    .append(label(u.verdict(), targets)).append(" `").append(u.verdict()).append("` | ")
                    .append(u.noteVi).append(" / ").append(u.noteEn).append(" |\n");
        }
        sb.append('\n');
    }

    private static String label(String verdict, boolean targets) {
        return switch (verdict) {
            case "ELIGIBLE" -> targets ? "Đạt toàn bộ chỉ tiêu" : "Đủ điều kiện công nhận";
            case "NOT_ELIGIBLE" -> targets ? "Chưa đạt chỉ tiêu" : "Không đủ điều kiện";
            default -> "Chưa đủ dữ liệu";
        };
    }
}
