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
            throw WebProblem.of(403, "forbidden.upload");
        }
        if (content.length == 0) {
            throw WebProblem.of(400, "empty");
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
        return WebProblem.of(413, "too-large", props.maxUploadMegabytes());
    }

    /**
     * Refuses what was read when it holds nothing to evaluate (not a workbook, unreadable, or no rows), or (for an
     * upload by {@code user}, null for a re-run) names provinces outside the account.
     */
    static void admit(Dataset ds, byte[] content, XkmtUser user) {
        if (ds.communes().isEmpty() && ds.annualReports().isEmpty()) {
            boolean zip = UploadNames.looksLikeZip(content);
            if (ds.errors().isEmpty()) {
                throw WebProblem.detailed(422, "no-rows", ds.problems());
            }
            throw zip ? WebProblem.detailed(422, "unreadable", ds.problems())
                    : WebProblem.detailed(415, "not-a-workbook", ds.problems());
        }
        if (user != null && !user.isAdmin()) {
            Set<String> outside = provinces(ds).stream().filter(p -> !user.covers(p)).collect(Collectors.toCollection(TreeSet::new));
            if (!outside.isEmpty()) {
                String names = provinceLabels(ds, outside);
                throw WebProblem.of(403, "forbidden-province.upload", names);
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
