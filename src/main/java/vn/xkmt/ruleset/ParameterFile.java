package vn.xkmt.ruleset;

import java.util.Map;

/** One entry of {@code parameters.yaml}: OpenFisca-style dated values. */
record ParameterFile(String description, String unit, String reference, Map<String, Object> values) {}
