package vn.xkmt.evaluation;

/** The comparison a ratio condition makes of {@code 100 × part} with {@code percent × whole}, in whole numbers. */
enum Comparison {
    GREATER(">"), AT_LEAST(">="), EQUAL("="), AT_MOST("<=");

    private final String op;

    Comparison(String op) {
        this.op = op;
    }

    /** The comparison a rule writes as {@code >}, {@code >=}, {@code =} or {@code <=}. */
    static Comparison of(String op) {
        for (Comparison c : values()) {
            if (c.op.equals(op)) {
                return c;
            }
        }
        throw new IllegalArgumentException("Unknown comparison '" + op + "': use >, >=, = or <=");
    }

    boolean holds(long left, long right) {
        return switch (this) {
            case GREATER -> left > right;
            case AT_LEAST -> left >= right;
            case EQUAL -> left == right;
            case AT_MOST -> left <= right;
        };
    }

    /** The least part that passes (for {@code <=}, the most; for {@code =}, the target rounded down). */
    long needed(int percent, int whole) {
        long right = (long) percent * whole;
        return switch (this) {
            case GREATER -> right / 100 + 1;
            case AT_LEAST -> (right + 99) / 100;
            case EQUAL, AT_MOST -> right / 100;
        };
    }
}
