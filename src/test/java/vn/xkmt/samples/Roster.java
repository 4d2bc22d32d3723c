package vn.xkmt.samples;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import vn.xkmt.commune.Category;
import vn.xkmt.commune.Residence;
import vn.xkmt.commune.TestResult;
import vn.xkmt.commune.Treatment;

/**
 * Fills sample communes with persons and villages that meet every duty, from a fixed seed: ids by
 * category ({@code NN-001} addicts, {@code SD-} users, {@code SCN-} post-rehab, {@code NV-} suspected),
 * fictional names, birth years, negative tests 1–25 days before R for those in the community.
 * Samples then spoil chosen cells to fail or leave a criterion open.
 */
final class Roster {

    private final Random random;
    private final Names names;

    Roster(long seed) {
        random = new Random(seed);
        names = new Names(random);
    }

    Random random() {
        return random;
    }

    /** Adds {@code n} persons of a category and residence; returns the last one added. */
    Row add(Unit u, Category category, Residence residence, int n, Names.Group group) {
        Row last = null;
        for (int i = 0; i < n; i++) {
            last = one(u, category, residence, group);
        }
        return last;
    }

    private Row one(Unit u, Category category, Residence residence, Names.Group group) {
        LocalDate r = (LocalDate) u.row.get("request_date");
        String id = nextId(u, category);
        Row p = switch (category) {
            case ADDICT -> People.addict(id, residence);
            case USER -> People.user(id, residence);
            case POST_REHAB -> People.postRehab(id, residence);
            case SUSPECTED -> People.suspected(id, residence);
        };
        if (category == Category.ADDICT && residence == Residence.PRESENT && random.nextInt(3) == 0) {
            p.with("treatment", Treatment.SUBSTITUTION);
        }
        if (category == Category.USER) {
            p.with("treatment", Treatment.NONE);
        }
        p.with("full_name", names.next(group)).with("birth_year", 1975 + random.nextInt(30));
        boolean inCommunity = residence == Residence.PRESENT || residence == Residence.AWAY
                || residence == Residence.WHEREABOUTS_UNKNOWN;
        if (inCommunity) {
            int daysBefore = category == Category.SUSPECTED ? 3 + random.nextInt(40) : 1 + random.nextInt(25);
            People.tested(p, r.minusDays(daysBefore));
        }
        if (residence == Residence.AWAY) {
            p.with("note", pick(List.of("Đi làm ăn xa, định kỳ về xét nghiệm", "Làm công nhân tại khu công nghiệp",
                    "Đi làm thuê, báo cáo qua công an xã")));
        } else if (residence == Residence.WHEREABOUTS_UNKNOWN) {
            p.with("note", "Đã xác minh, chưa rõ nơi ở hiện tại");
        } else if (residence == Residence.IN_COMPULSORY_REHAB) {
            p.with("note", "Đang ở cơ sở cai nghiện ma túy của tỉnh");
        } else if (residence == Residence.IN_PRISON) {
            p.with("note", "Đang chấp hành án phạt tù");
        }
        u.person(p);
        return u.persons.get(u.persons.size() - 1);
    }

    /** Negative, positive or no test: exposed for samples that spoil a test. */
    static Row test(Row p, LocalDate day, TestResult result) {
        return People.tested(p, day, result);
    }

    static String nextId(Unit u, Category category) {
        String prefix = switch (category) {
            case ADDICT -> "NN-";
            case USER -> "SD-";
            case POST_REHAB -> "SCN-";
            case SUSPECTED -> "NV-";
        };
        long n = u.persons.stream().filter(p -> ((String) p.get("person_id")).startsWith(prefix)).count();
        return prefix + String.format("%03d", n + 1);
    }

    /** Villages with 60–260 households each, every household committed, mailbox and hotline board. */
    void villages(Unit u, List<String> villageNames) {
        for (String name : villageNames) {
            int households = 60 + random.nextInt(200);
            u.village(People.village(name, households, households));
        }
    }

    String pick(List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
