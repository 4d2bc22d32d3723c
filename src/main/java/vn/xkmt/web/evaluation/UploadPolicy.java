package vn.xkmt.web.evaluation;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.xkmt.commune.AnnualReport;
import vn.xkmt.commune.Commune;
import vn.xkmt.commune.Dataset;
import vn.xkmt.web.Provinces;
import vn.xkmt.web.WebProblem;
import vn.xkmt.web.WebProperties;
import vn.xkmt.web.security.XkmtUser;

/**
 * What an upload must be to be evaluated: sent by an appraiser or an administrator, not empty, not larger than
 * {@code xkmt.web.max-upload-bytes}, within the account's hourly limit ({@link UploadQuota}); once read, a workbook
 * with rows to evaluate, of the account's provinces only.
 */
@Component
public class UploadPolicy {

    private final WebProperties props;
    private final UploadQuota quota;

    UploadPolicy(WebProperties props, UploadQuota quota) {
        this.props = props;
        this.quota = quota;
    }

    /** Refuses an upload the account may not make, or bytes empty or too large, before anything is read. */
    void check(XkmtUser user, byte[] content) {
        if (!user.canUpload()) {
            throw new WebProblem(403, "forbidden", "Chỉ thẩm định viên và quản trị viên được tải tệp lên",
                    "Only appraisers and administrators upload workbooks");
        }
        if (content.length == 0) {
            throw new WebProblem(400, "empty", "Tệp rỗng (0 byte). Hãy chọn tệp Excel .xlsx đã điền dữ liệu.",
                    "The file is empty (0 bytes). Choose a filled-in .xlsx workbook.");
        }
        if (content.length > props.maxUploadBytes()) {
            throw tooLarge(props);
        }
    }

    /** Counts the upload against the account's hourly limit until it is stored or refused (429 past it). */
    UploadQuota.Reservation reserve(XkmtUser user) {
        return quota.reserve(user.getUsername());
    }

    public static WebProblem tooLarge(WebProperties props) {
        return new WebProblem(413, "too-large", "Tệp quá lớn: tối đa " + props.maxUploadMegabytes()
                + " MB. Hãy tách tệp theo xã hoặc xóa các sheet không cần thiết.", "The file is too large: at most "
                + props.maxUploadMegabytes() + " MB. Split it by commune or remove sheets that are not needed.");
    }

    /**
     * Refuses what was read when it holds nothing to evaluate (not a workbook, unreadable, or no rows), or (for an
     * upload by {@code user}, null for a re-run) names provinces outside the account.
     */
    static void admit(Dataset ds, byte[] content, XkmtUser user) {
        if (ds.communes().isEmpty() && ds.annualReports().isEmpty()) {
            boolean zip = UploadNames.looksLikeZip(content);
            if (ds.errors().isEmpty()) {
                throw new WebProblem(422, "no-rows", "Tệp không có dòng xã (sheet Xa) hay báo cáo năm (sheet BaoCaoNam) nào để đánh giá",
                        "The workbook has no commune rows (sheet Xa) or annual rows (sheet BaoCaoNam) to evaluate", ds.problems());
            }
            throw new WebProblem(zip ? 422 : 415, zip ? "unreadable" : "not-a-workbook",
                    zip ? "Không đọc được tệp: không có dòng nào để đánh giá" : "Tệp không phải sổ tính Excel .xlsx",
                    zip ? "The workbook could not be read: no row to evaluate" : "The file is not an Excel .xlsx workbook",
                    ds.problems());
        }
        if (user != null && !user.isAdmin()) {
            Set<String> outside = provinces(ds).stream().filter(p -> !user.covers(p)).collect(Collectors.toCollection(TreeSet::new));
            if (!outside.isEmpty()) {
                String names = provinceLabels(ds, outside);
                throw new WebProblem(403, "forbidden-province", "Tệp có xã thuộc tỉnh ngoài phạm vi tài khoản của bạn: " + names,
                        "The workbook holds communes of provinces outside your account: " + names);
            }
        }
    }

    /** Normalised keys of the provinces named by the workbook's rows (blank ones left out). */
    static Set<String> provinces(Dataset ds) {
        Set<String> out = new TreeSet<>();
        ds.communes().stream().map(Commune::getProvince).map(Provinces::key).filter(k -> !k.isEmpty()).forEach(out::add);
        ds.annualReports().stream().map(AnnualReport::getProvince).map(Provinces::key).filter(k -> !k.isEmpty())
                .forEach(out::add);
        return out;
    }

    private static String provinceLabels(Dataset ds, Set<String> keys) {
        Set<String> names = new TreeSet<>();
        ds.communes().stream().map(Commune::getProvince).filter(p -> keys.contains(Provinces.key(p))).forEach(names::add);
        ds.annualReports().stream().map(AnnualReport::getProvince).filter(p -> keys.contains(Provinces.key(p)))
                .forEach(names::add);
        return String.join(", ", names);
    }
}
