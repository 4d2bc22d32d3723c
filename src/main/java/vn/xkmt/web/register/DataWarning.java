package vn.xkmt.web.register;

import java.util.Map;

/**
 * A registration in an evaluation's data that the register did not take: its date is before 2000 or
 * after the request date (REFUSED), or it differs from a registration entered by hand (DIFFERS,
 * expected = the register's, found = the data's).
 *
 * @param cells   {@code Xa!F3 Xa!I3 Xa!J3}
 * @param message {@code vi} and {@code en}
 */
public record DataWarning(String kind, String unitCode, long evaluationId, String cells, String expected, String found,
                          Map<String, String> message) {}
