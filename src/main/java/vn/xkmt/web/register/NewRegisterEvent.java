package vn.xkmt.web.register;

import java.time.LocalDate;

/** An event a meeting writes into the register (see {@link Register#replaceMeetingEvents}). */
public record NewRegisterEvent(String unitCode, String unitName, LocalDate date, String kind, RegisterStatus statusAfter,
                               Long evaluationId, String decisionNo, boolean override, String reason) {}
