package vn.xkmt.web.dashboard;

import java.util.Map;

/**
 * One district of a province's dashboard: its units counted by latest verdict code.
 *
 * @param district the district's name, or empty for rows that name none
 */
public record DistrictGroup(String district, int units, Map<String, Integer> counts) {}
