package vn.xkmt.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.xkmt.commune.CellRef;
import vn.xkmt.commune.Commune;
import vn.xkmt.commune.Fact;
import vn.xkmt.commune.LostRows;
import vn.xkmt.commune.Person;
import vn.xkmt.commune.Tri;

/**
 * The findings API that rules call (as the global {@code findings}). Each method applies the
 * uniform three-valued semantics of criteria.md, "How every criterion is decided", to the rows a
 * rule selected, and returns a {@link Finding} for the rule to insert. Nothing here knows any
 * province: which rows, which requirement and which threshold are the rule's.
 */
public final class Findings {

    public static final String PERSONS = "Nguoi";
    public static final String VILLAGES = "Thon";
    public static final String MODELS = "MoHinh";

    private final String file;
    private final Set<String> presentSheets;
    private final List<LostRows> lostRows;
    /** The unit's reference date R, to say why a test dated after it leaves a condition open; may be null. */
    private final LocalDate referenceDate;
    /** The last day of the rule set version: no result holds past it; null when open-ended. */
    private final LocalDate versionEnd;

    /**
     * @param file          the workbook the facts come from (for references to a missing sheet)
     * @param presentSheets contract names of the member sheets the workbook has ({@code Nguoi}, …)
     */
    public Findings(String file, Set<String> presentSheets) {
        this(file, presentSheets, List.of(), null, null);
    }

    /**
     * @param lostRows rows that may belong to the unit but could not be read: a condition over their
     *                 sheet never passes on the rows that were read (criteria.md, "Lost rows never help")
     */
    public Findings(String file, Set<String> presentSheets, List<LostRows> lostRows) {
        this(file, presentSheets, lostRows, null, null);
    }

    /**
     * @param referenceDate the unit's R, named by the causes of undecided conditions (a test dated after it)
     * @param versionEnd    the last day the rule set version is in force: a valid-until date never goes past it
     */
    public Findings(String file, Set<String> presentSheets, LocalDate referenceDate, LocalDate versionEnd) {
        this(file, presentSheets, List.of(), referenceDate, versionEnd);
    }

    public Findings(String file, Set<String> presentSheets, List<LostRows> lostRows, LocalDate referenceDate,
                    LocalDate versionEnd) {
        this.file = file;
        this.presentSheets = Set.copyOf(presentSheets);
        this.lostRows = List.copyOf(lostRows);
        this.referenceDate = referenceDate;
        this.versionEnd = versionEnd;
    }

    /**
     * Which outcome decided on the rows read still holds whatever the lost rows held: a person who
     * fails "every …" fails it whatever else the sheet holds; a model that qualifies qualifies.
     */
    private enum Holds {
        FAIL, PASS, NOTHING
    }

    /** A valid-until date, no later than the version's last day. */
    private LocalDate capped(LocalDate d) {
        return d == null || versionEnd == null || !d.isAfter(versionEnd) ? d : versionEnd;
    }

    // ---- "every X" over persons, villages ------------------------------------------------------

    /** Every person of the population satisfies the requirement ("100 % …"). */
    public Finding everyPerson(String criterion, String condition, List<Member> members) {
        return onSheet(criterion, condition, PERSONS, Holds.FAIL, () -> every(criterion, condition, members, null));
    }

    /**
     * As {@link #everyPerson}, for a requirement resting on tests at most {@code days} old: a pass
     * states the last request date on which it would still hold — the earliest of the tests that
     * met it, those of persons whose category or residence is unknown but who passed anyway included,
     * plus {@code days}, and never past the rule set version's last day.
     */
    public Finding everyPersonTested(String criterion, String condition, List<Member> members, Parameter days) {
        Finding f = onSheet(criterion, condition, PERSONS, Holds.FAIL,
                () -> every(criterion, condition, members, days.intValue()));
        if (f.outcome() != Outcome.PASS) {
            return f;
        }
        LocalDate earliest = null;
        for (Member m : members) {
            // a person who may be in the population and met the requirement: the pass rests on their test too
            if (m.member().possible() && m.satisfied().isTrue() && m.fact() instanceof Person p
                    && p.getLastTestDate() != null) {
                LocalDate d = p.getLastTestDate();
                earliest = earliest == null || d.isBefore(earliest) ? d : earliest;
            }
        }
        return earliest == null ? f : f.withValidUntil(capped(earliest.plusDays(days.intValue())));
    }

    /** Every village satisfies the requirement; a commune with no village row is undecided. */
    public Finding everyVillage(String criterion, String condition, List<Member> members) {
        return onSheet(criterion, condition, VILLAGES, Holds.FAIL, () -> {
            if (members.isEmpty()) {
                return new FindingBuilder(criterion, condition).outcome(Outcome.INSUFFICIENT_DATA).variant("norows")
                        .missing(Set.of(new CellRef(file, VILLAGES, null, 0, null))).build();
            }
            return every(criterion, condition, members, null);
        });
    }

    /** @param days the test window the requirement asks for, named by the causes of an undecided person; may be null */
    private Finding every(String criterion, String condition, List<Member> unordered, Integer days) {
        List<Member> members = ordered(unordered);
        List<Member> failing = new ArrayList<>(0);
        List<Member> undecided = new ArrayList<>(0);
        int total = 0;
        int satisfied = 0;
        for (Member m : members) { // one pass: this runs for every condition of every commune
            if (m.fails()) {
                failing.add(m);
            } else if (m.undecided()) {
                undecided.add(m);
            }
            total += m.member().isTrue() ? 1 : 0;
            satisfied += m.satisfies() ? 1 : 0;
        }
        FindingBuilder b = new FindingBuilder(criterion, condition).arg("total", total).arg("unknown", undecided.size());
        if (!failing.isEmpty()) {
            int gap = failing.stream().mapToInt(m -> m.gap() == null ? 0 : m.gap()).sum();
            b.outcome(Outcome.FAIL).counts(total, satisfied, failing.size()).arg("failed", failing.size())
                    .arg("ids", ids(failing)).arg("gap", gap);
            failing.forEach(m -> b.evidence(evidence(m, Set.of())));
            return b.build();
        }
        if (!undecided.isEmpty()) {
            b.outcome(Outcome.INSUFFICIENT_DATA).counts(total, satisfied, null).arg("ids", ids(undecided));
            addUndecided(b, undecided, days);
            return b.build();
        }
        b.outcome(Outcome.PASS).counts(total, satisfied, 0);
        return (total == 0 ? b.variant("empty") : b).build();
    }

    // ---- counts with a range ---------------------------------------------------------------------

    /** Fewer than {@code limit} persons are in the population (9 passes a limit of 10, 10 fails). */
    public Finding personsFewerThan(String criterion, String condition, List<Member> members, Parameter limit) {
        return onSheet(criterion, condition, PERSONS, Holds.FAIL,
                () -> countBelow(criterion, condition, members, limit.intValue(), Set.of()));
    }

    /** No more persons in the population now than {@code f[boundKey]} (e.g. the baseline at registration). */
    public Finding personsAtMost(String criterion, String condition, List<Member> members, Fact f, String boundKey) {
        return onSheet(criterion, condition, PERSONS, Holds.FAIL, () -> {
            Integer bound = (Integer) f.value(boundKey);
            if (bound == null) {
                return unknownCell(criterion, condition, f.cell(boundKey));
            }
            return countBelow(criterion, condition, members, bound + 1, Set.of()).withArg("bound", bound);
        });
    }

    /**
     * Fewer persons in the population now than the sum of {@code f[boundKeys]}, or none at all when
     * that sum is zero ("kiềm chế, làm giảm"); a decided finding against a zero sum has variant
     * {@code zero}, so that a pass does not read "down from 0".
     */
    public Finding personsDecreased(String criterion, String condition, List<Member> members, Fact f,
                                    String... boundKeys) {
        return onSheet(criterion, condition, PERSONS, Holds.FAIL, () -> {
            int sum = 0;
            Set<CellRef> blank = new LinkedHashSet<>();
            for (String k : boundKeys) {
                Integer v = (Integer) f.value(k);
                if (v == null) {
                    blank.add(f.cell(k));
                } else {
                    sum += v;
                }
            }
            if (!blank.isEmpty()) {
                return new FindingBuilder(criterion, condition).outcome(Outcome.INSUFFICIENT_DATA).missing(blank).build();
            }
            Finding decided = countBelow(criterion, condition, members, Math.max(sum, 1), Set.of()).withArg("bound", sum);
            return sum == 0 && decided.outcome() != Outcome.INSUFFICIENT_DATA ? decided.withVariant("zero") : decided;
        });
    }

    private Finding countBelow(String criterion, String condition, List<Member> unordered, int limit, Set<CellRef> extra) {
        List<Member> members = ordered(unordered);
        List<Member> certain = members.stream().filter(m -> m.member().isTrue()).toList();
        List<Member> possible = members.stream().filter(m -> m.member().isUnknown()).toList();
        int lower = certain.size();
        int upper = lower + possible.size();
        FindingBuilder b = new FindingBuilder(criterion, condition).arg("limit", limit).arg("upper", upper)
                .arg("ids", ids(certain));
        if (lower >= limit) {
            b.outcome(Outcome.FAIL).counts(limit - 1, lower, lower - limit + 1);
            certain.forEach(m -> b.evidence(evidence(m, Set.of())));
        } else if (upper < limit) {
            b.outcome(Outcome.PASS).counts(limit - 1, lower, 0);
        } else {
            b.outcome(Outcome.INSUFFICIENT_DATA).counts(limit - 1, lower, null).arg("ids", ids(possible)).missing(extra);
            addUndecided(b, possible, null);
        }
        return b.build();
    }

    // ---- shares -----------------------------------------------------------------------------------

    /**
     * More than {@code percent} % of the population satisfies the requirement ({@code strict}), or at
     * least that share; decided in whole numbers, whatever the blank cells hold. An empty population passes.
     */
    public Finding personsShare(String criterion, String condition, List<Member> unordered, Parameter percent,
                                boolean strict) {
        List<Member> members = ordered(unordered);
        return onSheet(criterion, condition, PERSONS, Holds.NOTHING, () -> {
            int p = percent.intValue();
            int certainSat = 0;
            int certain = 0;
            int possibleUnsat = 0;
            int possibleSat = 0;
            int possibleMembersNotFailing = 0;
            for (Member m : members) {
                if (m.member().isTrue()) {
                    certain++;
                    certainSat += m.satisfied().isTrue() ? 1 : 0;
                    possibleSat += m.satisfied().possible() ? 1 : 0;
                } else if (m.member().isUnknown()) {
                    possibleUnsat += m.satisfied().isTrue() ? 0 : 1;
                    if (m.satisfied().possible()) {
                        possibleMembersNotFailing++;
                        possibleSat++;
                    }
                }
            }
            boolean minPasses = shareHolds(certainSat, certain + possibleUnsat, p, strict);
            boolean maxPasses = shareHolds(possibleSat, certain + possibleMembersNotFailing, p, strict);
            int needed = needed(certain, p, strict);
            FindingBuilder b = new FindingBuilder(criterion, condition).arg("part", certainSat).arg("whole", certain)
                    .arg("percent", p).arg("needed", needed);
            if (minPasses) {
                b.outcome(Outcome.PASS).counts(needed, certainSat, 0);
                if (certain == 0) {
                    b.variant("empty");
                }
            } else if (!maxPasses) {
                b.outcome(Outcome.FAIL).counts(needed, certainSat, needed - certainSat);
                List<Member> failing = members.stream().filter(Member::fails).toList();
                b.arg("ids", ids(failing));
                failing.forEach(m -> b.evidence(evidence(m, Set.of())));
            } else {
                b.outcome(Outcome.INSUFFICIENT_DATA).counts(needed, certainSat, null);
                List<Member> undecided = members.stream().filter(Member::undecided).toList();
                b.arg("ids", ids(undecided));
                addUndecided(b, undecided, null);
            }
            return b.build();
        });
    }

    private static boolean shareHolds(long part, long whole, int percent, boolean strict) {
        if (whole == 0) {
            return true;
        }
        return strict ? 100 * part > (long) percent * whole : 100 * part >= (long) percent * whole;
    }

    /** The least part of {@code whole} that meets the share. */
    private static int needed(int whole, int percent, boolean strict) {
        long scaled = (long) percent * whole;
        return (int) (strict ? scaled / 100 + 1 : (scaled + 99) / 100);
    }

    // ---- "at least one" ---------------------------------------------------------------------------

    /** At least one model qualifies; no model row at all fails (a commune may truly have none). */
    public Finding atLeastOneModel(String criterion, String condition, List<Member> unordered) {
        List<Member> members = ordered(unordered);
        return onSheet(criterion, condition, MODELS, Holds.PASS, () -> {
            List<Member> qualifying = members.stream().filter(Member::satisfies).toList();
            List<Member> undecided = members.stream().filter(m -> !m.satisfies() && m.member().possible()
                    && m.satisfied().possible()).toList();
            FindingBuilder b = new FindingBuilder(criterion, condition).arg("total", members.size());
            if (!qualifying.isEmpty()) {
                return b.outcome(Outcome.PASS).counts(1, qualifying.size(), 0).arg("ids", ids(qualifying)).build();
            }
            if (undecided.isEmpty()) {
                b.outcome(Outcome.FAIL).counts(1, 0, 1).arg("ids", ids(members));
                members.forEach(m -> b.evidence(evidence(m, Set.of())));
                return (members.isEmpty() ? b.variant("empty") : b).build();
            }
            b.outcome(Outcome.INSUFFICIENT_DATA).counts(1, 0, null).arg("ids", ids(undecided));
            addUndecided(b, undecided, null);
            return b.build();
        });
    }

    // ---- single cells -----------------------------------------------------------------------------

    /** The count in {@code f[key]} is zero. */
    public Finding zero(String criterion, String condition, Fact f, String key) {
        Integer v = (Integer) f.value(key);
        if (v == null) {
            return unknownCell(criterion, condition, f.cell(key));
        }
        FindingBuilder b = new FindingBuilder(criterion, condition).counts(0, v, v).arg("value", v)
                .arg("cell", f.cell(key).a1());
        if (v == 0) {
            return b.outcome(Outcome.PASS).build();
        }
        return b.outcome(Outcome.FAIL).evidence(Evidence.of(f.getRow(), f.label(), Set.of())).build();
    }

    /** The yes/no cell {@code f[key]} is yes. */
    public Finding isTrue(String criterion, String condition, Fact f, String key) {
        Tri t = f.flag(key);
        if (t.isUnknown()) {
            return unknownCell(criterion, condition, f.cell(key));
        }
        FindingBuilder b = new FindingBuilder(criterion, condition).arg("cell", f.cell(key).a1());
        if (t.isTrue()) {
            return b.outcome(Outcome.PASS).build();
        }
        return b.outcome(Outcome.FAIL).evidence(Evidence.of(f.getRow(), f.label(), Set.of())).build();
    }

    /**
     * The cell {@code f[key]} is filled (e.g. the commune has been classified): a blank cell fails,
     * since what is checked is the filling itself. On a pass, {@code {value}} is the Vietnamese label
     * of the value, {@code {valueEn}} its English label and {@code {code}} its code.
     */
    public Finding filled(String criterion, String condition, Fact f, String key) {
        Object v = f.value(key);
        FindingBuilder b = new FindingBuilder(criterion, condition).arg("cell", f.cell(key).a1());
        if (v == null) {
            return b.outcome(Outcome.FAIL).evidence(Evidence.of(f.getRow(), f.label(), Set.of(f.cell(key)))).build();
        }
        if (v instanceof vn.xkmt.commune.Labelled l) {
            b.arg("value", l.label()).arg("code", l.name()).arg("valueEn", l.labelEn());
        } else {
            b.arg("value", v).arg("code", v).arg("valueEn", v);
        }
        return b.outcome(Outcome.PASS).build();
    }

    /**
     * The cell {@code f[key]} holds a value (e.g. the commune has been classified, whatever the class):
     * a blank or unreadable cell is unknown, as every blank (criteria.md), so the condition is then
     * undecided naming the cell, never failed. On a pass, {@code {value}} is the Vietnamese label of the
     * value, {@code {valueEn}} its English label and {@code {code}} its code.
     */
    public Finding known(String criterion, String condition, Fact f, String key) {
        Object v = f.value(key);
        if (v == null) {
            return unknownCell(criterion, condition, f.cell(key));
        }
        FindingBuilder b = new FindingBuilder(criterion, condition).arg("cell", f.cell(key).a1());
        if (v instanceof vn.xkmt.commune.Labelled l) {
            b.arg("value", l.label()).arg("code", l.name()).arg("valueEn", l.labelEn());
        } else {
            b.arg("value", v).arg("code", v).arg("valueEn", v);
        }
        return b.outcome(Outcome.PASS).build();
    }

    /** The date in {@code c[key]} lies within {@code days} days before the request date R. */
    public Finding dateWithin(String criterion, String condition, Commune c, String key, Parameter days) {
        LocalDate r = c.getRequestDate();
        LocalDate d = (LocalDate) c.value(key);
        int n = days.intValue();
        Tri known = Tri.all(c.known(key), c.known("request_date"));
        if (!known.isTrue()) {
            return new FindingBuilder(criterion, condition).outcome(Outcome.INSUFFICIENT_DATA).arg("days", n)
                    .missing(known.missing()).build();
        }
        FindingBuilder b = new FindingBuilder(criterion, condition).arg("days", n).arg("date", d)
                .arg("earliest", r.minusDays(n)).arg("cell", c.cell(key).a1());
        if (d.isAfter(r)) {
            return b.outcome(Outcome.INSUFFICIENT_DATA).variant("after").missing(Set.of(c.cell(key))).build();
        }
        if (d.isBefore(r.minusDays(n))) {
            return b.outcome(Outcome.FAIL).evidence(Evidence.of(c.getRow(), c.label(), Set.of())).build();
        }
        return b.outcome(Outcome.PASS).validUntil(capped(d.plusDays(n))).build();
    }

    // ---- figures of an annual row -----------------------------------------------------------------

    /**
     * Compares two figures of a row in whole numbers: {@code 100 × part OP percent × whole}, with
     * OP one of {@code >}, {@code >=}, {@code =}, {@code <=}; never in floating point. With
     * {@code emptyWholePasses}, a whole of zero passes and says so (variant {@code empty}).
     * <p>
     * Figures are counts (never negative). When one of the two cells is blank the condition is still
     * decided if it would come out the same whatever that cell held (variant {@code blank}, naming
     * the cell in {@code {blank}}): {@code 0 > 105 × ?} fails, {@code 0 <= 100 × ?} passes. Otherwise
     * it is undecided. With {@code =}, a part beyond the target fails with variant {@code over}
     * (inconsistent figures), {@code {short}} then being the excess.
     * <p>
     * Arguments: {@code part}, {@code whole}, {@code percent}, {@code growth} ({@code percent − 100}:
     * "5" for "5 % more than last year"), {@code needed} (the least part that passes; for {@code <=}
     * the most), and from the counts {@code required}, {@code found}, {@code short}.
     */
    public Finding ratio(String criterion, String condition, Fact f, String partKey, String op, Parameter percent,
                         String wholeKey, boolean emptyWholePasses) {
        if (!List.of(">", ">=", "=", "<=").contains(op)) {
            throw new IllegalArgumentException("Unknown comparison '" + op + "': use >, >=, = or <=");
        }
        Integer part = (Integer) f.value(partKey);
        Integer whole = (Integer) f.value(wholeKey);
        int p = percent.intValue();
        FindingBuilder b = new FindingBuilder(criterion, condition).arg("percent", p).arg("growth", p - 100)
                .arg("part", part).arg("whole", whole);
        Long neededLong = whole == null ? null : neededFor(op, p, whole);
        Integer needed = neededLong == null ? null : saturated(neededLong);
        if (neededLong != null) {
            b.arg("needed", neededLong <= Integer.MAX_VALUE ? Integer.valueOf(needed) : (Object) neededLong);
        }
        if (whole != null && whole == 0 && emptyWholePasses) {
            return b.outcome(Outcome.PASS).counts(0, part, 0).variant("empty").build();
        }
        if (part == null || whole == null) {
            Tri known = Tri.all(f.known(partKey), f.known(wholeKey));
            Boolean decided = decideOverBlank(part, whole, op, p, emptyWholePasses);
            if (decided == null) {
                return b.outcome(Outcome.INSUFFICIENT_DATA).missing(known.missing()).build();
            }
            b.variant("blank").arg("blank", (part == null ? f.cell(partKey) : f.cell(wholeKey)).a1())
                    .counts(needed, part, decided ? 0 : null);
            if (decided) {
                return b.outcome(Outcome.PASS).build();
            }
            return b.outcome(Outcome.FAIL).evidence(Evidence.of(f.getRow(), f.label(), Set.of())).build();
        }
        if (compare(100L * part, op, (long) p * whole)) {
            return b.outcome(Outcome.PASS).counts(needed, part, 0).build();
        }
        boolean over = "=".equals(op) && 100L * part > (long) p * whole;
        long shortBy = "<=".equals(op) || over ? part - neededLong : neededLong - part;
        if (over) {
            b.variant("over");
        }
        return b.outcome(Outcome.FAIL).counts(needed, part, saturated(Math.max(shortBy, 1)))
                .evidence(Evidence.of(f.getRow(), f.label(), Set.of())).build();
    }

    private static boolean compare(long left, String op, long right) {
        return switch (op) {
            case ">" -> left > right;
            case ">=" -> left >= right;
            case "=" -> left == right;
            default -> left <= right;
        };
    }

    /** The least part that passes (for {@code <=}, the most; for {@code =}, the target rounded down). */
    private static long neededFor(String op, int percent, int whole) {
        long right = (long) percent * whole;
        return switch (op) {
            case ">" -> right / 100 + 1;
            case ">=" -> (right + 99) / 100;
            default -> right / 100;
        };
    }

    private static int saturated(long v) {
        return (int) Math.min(v, Integer.MAX_VALUE);
    }

    /**
     * With exactly one figure blank: TRUE if the comparison holds whatever it holds, FALSE if it holds
     * for no value, null otherwise. The comparison is linear in the blank figure, so its truth over
     * the figures 0, 1, 2, … is an interval (or one point, for {@code =}); probing 0, a huge value and
     * the integers around the boundary decides it exactly.
     */
    private static Boolean decideOverBlank(Integer part, Integer whole, String op, int percent, boolean emptyWholePasses) {
        if (part == null && whole == null) {
            return null;
        }
        long huge = 1_000_000_000_000L;
        List<Long> probes = new ArrayList<>(List.of(0L, 1L, huge));
        if (part == null) {
            long boundary = (long) percent * whole / 100;
            probes.addAll(List.of(boundary, boundary + 1));
        } else if (percent != 0) {
            long boundary = 100L * part / percent;
            probes.addAll(List.of(boundary, boundary + 1));
        }
        boolean any = false;
        boolean all = true;
        for (long x : probes) {
            long pa = part == null ? x : part;
            long wh = whole == null ? x : whole;
            boolean holds = (wh == 0 && emptyWholePasses) || compare(100L * pa, op, percent * wh);
            any |= holds;
            all &= holds;
        }
        return all ? Boolean.TRUE : any ? null : Boolean.FALSE;
    }

    // ---- helpers ----------------------------------------------------------------------------------

    /** Members in sheet order, whatever order the engine gathered them in. */
    private static List<Member> ordered(List<Member> members) {
        if (inOrder(members)) { // as the engine usually gathers them: no copy, no sort
            return members;
        }
        List<Member> out = new ArrayList<>(members);
        out.sort(SHEET_ORDER);
        return out;
    }

    private static final java.util.Comparator<Member> SHEET_ORDER = java.util.Comparator
            .comparing((Member m) -> m.fact().getRow().sheet()).thenComparingInt(m -> m.fact().getRow().row());

    private static boolean inOrder(List<Member> members) {
        for (int i = 1, n = members.size(); i < n; i++) {
            if (SHEET_ORDER.compare(members.get(i - 1), members.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The finding of a condition over a member sheet: undecided when the workbook lacks the sheet;
     * else decided on the rows read, unless rows of that sheet that may belong to this unit were lost
     * and the outcome could change with them — then undecided, naming why the rows were lost.
     */
    private Finding onSheet(String criterion, String condition, String sheet, Holds holds,
                            java.util.function.Supplier<Finding> decide) {
        java.util.Optional<Finding> missing = sheetMissing(criterion, condition, sheet);
        if (missing.isPresent()) {
            return missing.get();
        }
        Finding decided = decide.get();
        if (lostRows.isEmpty()) {
            return decided;
        }
        List<LostRows> lost = lostRows.stream().filter(l -> l.sheet().equals(sheet)).toList();
        if (lost.isEmpty() || decided.outcome().name().equals(holds.name())) {
            return decided;
        }
        return lost(criterion, condition, lost, decided);
    }

    /** Undecided because rows were lost: the first cause explains it, every cause's cells are to fill. */
    private static Finding lost(String criterion, String condition, List<LostRows> lost, Finding decided) {
        LostRows first = lost.stream().min(java.util.Comparator.comparing(LostRows::cause)).orElseThrow();
        List<LostRows> same = lost.stream().filter(l -> l.cause() == first.cause()).toList();
        List<String> rows = new ArrayList<>();
        int count = 0;
        for (LostRows l : same) {
            l.rows().forEach(r -> rows.add(String.valueOf(r)));
            count += l.count();
        }
        FindingBuilder b = new FindingBuilder(criterion, condition).args(decided.args())
                .outcome(Outcome.INSUFFICIENT_DATA).variant(first.cause().variant())
                .arg("sheet", first.sheetName()).arg("contract", first.sheet()).arg("other", first.other())
                .arg("rows", FindingBuilder.ids(rows)).arg("count", count)
                .arg("row", first.rows().isEmpty() ? null : first.rows().get(0)).arg("causes", lost.size());
        Set<CellRef> cells = new LinkedHashSet<>();
        lost.stream().sorted(java.util.Comparator.comparing(LostRows::cause)).forEach(l -> cells.addAll(l.cells()));
        cells.addAll(decided.missing());
        b.missing(cells);
        decided.evidence().forEach(b::evidence);
        return b.build();
    }

    private java.util.Optional<Finding> sheetMissing(String criterion, String condition, String sheet) {
        if (presentSheets.contains(sheet)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new FindingBuilder(criterion, condition).outcome(Outcome.INSUFFICIENT_DATA)
                .variant("nosheet").arg("sheet", sheet).missing(Set.of(new CellRef(file, sheet, null, 0, null))).build());
    }

    private static Finding unknownCell(String criterion, String condition, CellRef cell) {
        return new FindingBuilder(criterion, condition).outcome(Outcome.INSUFFICIENT_DATA).arg("cell", cell.a1())
                .missing(Set.of(cell)).build();
    }

    /**
     * The cells the undecided rows wait for, as evidence and cells to fill, and {@code {causes}}: for
     * each row, why (a blank or unreadable cell, a test dated after R and the window {@code days} asks for).
     */
    private void addUndecided(FindingBuilder b, List<Member> undecided, Integer days) {
        List<Causes.Row> rows = new ArrayList<>(undecided.size());
        for (Member m : undecided) {
            Set<CellRef> cells = new LinkedHashSet<>();
            if (!m.member().isTrue()) {
                cells.addAll(m.member().missing());
            }
            if (!m.satisfied().isTrue()) {
                cells.addAll(m.satisfied().missing());
            }
            b.missing(cells).evidence(evidence(m, cells));
            rows.add(new Causes.Row(m.fact().label(), cells.stream().map(c -> cause(m.fact(), c, days)).toList()));
        }
        b.arg("causes", new Causes(rows));
    }

    private Causes.Cause cause(Fact f, CellRef cell, Integer days) {
        if (f instanceof Person p && referenceDate != null && p.testAfter(referenceDate)
                && cell.equals(p.cell("last_test_date"))) {
            return new Causes.TestAfter(cell, p.getLastTestDate(), referenceDate, days);
        }
        return new Causes.Blank(cell);
    }

    private static Evidence evidence(Member m, Set<CellRef> missing) {
        return Evidence.of(m.fact().getRow(), m.fact().label(), missing);
    }

    private static String ids(List<Member> members) {
        List<String> ids = new ArrayList<>();
        members.forEach(m -> ids.add(m.fact().label()));
        return FindingBuilder.ids(ids);
    }
}
