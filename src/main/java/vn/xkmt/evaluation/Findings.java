package vn.xkmt.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.xkmt.commune.Commune;
import vn.xkmt.commune.DataContract;
import vn.xkmt.commune.Fact;
import vn.xkmt.commune.LostRows;

/**
 * The findings API that rules call (as the global {@code findings}). Each method applies the
 * uniform three-valued semantics of criteria.md, "How every criterion is decided", to the rows a
 * rule selected, and returns a {@link Finding} for the rule to insert. Nothing here knows any
 * province: which rows, which requirement and which threshold are the rule's.
 * <p>
 * This is the one class of the evaluation core the rules see (the rule allowlist names its methods);
 * each family of conditions is decided by a class of its own ({@link EveryConditions},
 * {@link CountConditions}, {@link ShareConditions}, {@link ModelConditions}, {@link CellConditions},
 * {@link DateConditions}, {@link RatioConditions}).
 */
public final class Findings {

    public static final String PERSONS = DataContract.PERSONS.name();
    public static final String VILLAGES = DataContract.VILLAGES.name();
    public static final String MODELS = DataContract.MODELS.name();

    private final EveryConditions every;
    private final CountConditions counts;
    private final ShareConditions shares;
    private final ModelConditions models;
    private final DateConditions dates;

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
        MemberSheets sheets = new MemberSheets(file, presentSheets, lostRows);
        UndecidedRows undecided = new UndecidedRows(referenceDate);
        VersionEnd end = new VersionEnd(versionEnd);
        this.every = new EveryConditions(sheets, undecided, end);
        this.counts = new CountConditions(sheets, undecided);
        this.shares = new ShareConditions(sheets, undecided);
        this.models = new ModelConditions(sheets, undecided);
        this.dates = new DateConditions(end);
    }

    // ---- "every X" over persons, villages ------------------------------------------------------

    /** Every person of the population satisfies the requirement ("100 % …"). */
    public Finding everyPerson(String criterion, String condition, List<Member> members) {
        return every.everyPerson(criterion, condition, members);
    }

    /**
     * As {@link #everyPerson}, for a requirement resting on tests at most {@code days} old: a pass
     * states the last request date on which it would still hold — the earliest of the tests that
     * met it, those of persons whose category or residence is unknown but who passed anyway included,
     * plus {@code days}, and never past the rule set version's last day.
     */
    public Finding everyPersonTested(String criterion, String condition, List<Member> members, Parameter days) {
        return every.everyPersonTested(criterion, condition, members, days);
    }

    /** Every village satisfies the requirement; a commune with no village row is undecided. */
    public Finding everyVillage(String criterion, String condition, List<Member> members) {
        return every.everyVillage(criterion, condition, members);
    }

    // ---- counts with a range ---------------------------------------------------------------------

    /** Fewer than {@code limit} persons are in the population (9 passes a limit of 10, 10 fails). */
    public Finding personsFewerThan(String criterion, String condition, List<Member> members, Parameter limit) {
        return counts.personsFewerThan(criterion, condition, members, limit);
    }

    /** No more persons in the population now than {@code f[boundKey]} (e.g. the baseline at registration). */
    public Finding personsAtMost(String criterion, String condition, List<Member> members, Fact f, String boundKey) {
        return counts.personsAtMost(criterion, condition, members, f, boundKey);
    }

    /**
     * Fewer persons in the population now than the sum of {@code f[boundKeys]}, or none at all when
     * that sum is zero ("kiềm chế, làm giảm"); a decided finding against a zero sum has variant
     * {@code zero}, so that a pass does not read "down from 0".
     */
    public Finding personsDecreased(String criterion, String condition, List<Member> members, Fact f,
                                    String... boundKeys) {
        return counts.personsDecreased(criterion, condition, members, f, boundKeys);
    }

    // ---- shares -----------------------------------------------------------------------------------

    /**
     * More than {@code percent} % of the population satisfies the requirement ({@code strict}), or at
     * least that share; decided in whole numbers, whatever the blank cells hold. An empty population passes.
     */
    public Finding personsShare(String criterion, String condition, List<Member> members, Parameter percent,
                                boolean strict) {
        return shares.personsShare(criterion, condition, members, percent, strict);
    }

    // ---- "at least one" ---------------------------------------------------------------------------

    /** At least one model qualifies; no model row at all fails (a commune may truly have none). */
    public Finding atLeastOneModel(String criterion, String condition, List<Member> members) {
        return models.atLeastOneModel(criterion, condition, members);
    }

    // ---- single cells -----------------------------------------------------------------------------

    /** The count in {@code f[key]} is zero. */
    public Finding zero(String criterion, String condition, Fact f, String key) {
        return CellConditions.zero(criterion, condition, f, key);
    }

    /** The yes/no cell {@code f[key]} is yes. */
    public Finding isTrue(String criterion, String condition, Fact f, String key) {
        return CellConditions.isTrue(criterion, condition, f, key);
    }

    /**
     * The cell {@code f[key]} is filled (e.g. the commune has been classified): a blank cell fails,
     * since what is checked is the filling itself. On a pass, {@code {value}} is the Vietnamese label
     * of the value, {@code {valueEn}} its English label and {@code {code}} its code.
     */
    public Finding filled(String criterion, String condition, Fact f, String key) {
        return CellConditions.filled(criterion, condition, f, key);
    }

    /**
     * The cell {@code f[key]} holds a value (e.g. the commune has been classified, whatever the class):
     * a blank or unreadable cell is unknown, as every blank (criteria.md), so the condition is then
     * undecided naming the cell, never failed. On a pass, {@code {value}} is the Vietnamese label of the
     * value, {@code {valueEn}} its English label and {@code {code}} its code.
     */
    public Finding known(String criterion, String condition, Fact f, String key) {
        return CellConditions.known(criterion, condition, f, key);
    }

    /** The date in {@code c[key]} lies within {@code days} days before the request date R. */
    public Finding dateWithin(String criterion, String condition, Commune c, String key, Parameter days) {
        return dates.dateWithin(criterion, condition, c, key, days);
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
        return RatioConditions.ratio(criterion, condition, f, partKey, op, percent, wholeKey, emptyWholePasses);
    }
}
