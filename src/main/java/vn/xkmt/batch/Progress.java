package vn.xkmt.batch;

/** Told how a run advances: a progress bar on a terminal, plain lines elsewhere, nothing in tests. */
public interface Progress {

    Progress NONE = new Progress() {
    };

    /** A stage begins with this many steps ("Đọc tệp", "Đánh giá"). */
    default void stage(String name, int steps) {
    }

    default void step() {
    }

    default void done() {
    }
}
