package vn.xkmt.batch;

/**
 * How a run chooses rule sets.
 *
 * @param ruleSetId      evaluate every unit under this rule set (null: chosen by each row's province)
 * @param ruleSetVersion use this version (null: the one in force on each row's reference date)
 * @param threads        worker threads (0: one per core)
 */
public record RunOptions(String ruleSetId, String ruleSetVersion, int threads) {

    public static final RunOptions DEFAULT = new RunOptions(null, null, 0);

    public int effectiveThreads() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }
}
