package vn.xkmt.commune;

/** Kết quả xét nghiệm / latest drug test result. */
public enum TestResult implements Labelled {
    NEGATIVE("Âm tính"),
    POSITIVE("Dương tính"),
    NOT_TESTED("Chưa xét nghiệm");

    private final String label;

    TestResult(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
