package vn.xkmt.web.council;

import vn.xkmt.web.WebProblem;

/** The refusals of the council's record, in Vietnamese and English. */
final class CouncilProblems {

    private CouncilProblems() {
    }

    static WebProblem conflict() {
        return new WebProblem(409, "edit-conflict",
                "Hồ sơ này vừa được người khác thay đổi trong lúc bạn đang sửa, nên thay đổi của bạn chưa được ghi. "
                        + "Hãy tải lại trang, xem thay đổi của họ rồi ghi lại.",
                "Someone else changed this record while you were editing it, so your change was not saved. "
                        + "Reload the page, look at their change, then save again.");
    }

    static WebProblem notSecretariat() {
        return new WebProblem(403, "forbidden-role",
                "Chỉ thư ký Hội đồng thẩm định (hoặc quản trị viên) được ghi hồ sơ cuộc họp",
                "Only the appraisal council's secretariat (or an admin) may write the meeting's record");
    }

    static WebProblem notDraft() {
        return new WebProblem(409, "pack-frozen",
                "Hồ sơ cuộc họp đã được chốt: không thêm, bớt xã được nữa",
                "The meeting's pack is frozen: communes can no longer be added or removed");
    }

    static WebProblem notFrozen() {
        return new WebProblem(409, "not-frozen",
                "Cần chốt hồ sơ cuộc họp trước khi ghi quyết định của Hội đồng",
                "Freeze the meeting's pack before recording the council's decisions");
    }

    static WebProblem closed() {
        return new WebProblem(409, "meeting-closed",
                "Biên bản đã khóa sau khi nhập số quyết định: chỉ sửa được bằng đính chính có ghi lý do",
                "The record is closed since the decision number was entered: only an amendment with a reason can change it");
    }

    static WebProblem notClosed() {
        return new WebProblem(409, "not-closed",
                "Chỉ đính chính biên bản đã khóa; khi chưa khóa, hãy sửa trực tiếp",
                "Only a closed record is amended; while it is open, change it directly");
    }

    static WebProblem invalid(String vi, String en) {
        return new WebProblem(400, "invalid-decision", vi, en);
    }
}
