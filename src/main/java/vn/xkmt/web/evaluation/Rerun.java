package vn.xkmt.web.evaluation;

import java.util.List;

/**
 * A stored evaluation evaluated again from its stored bytes.
 *
 * @param inputIntact    the stored bytes still have the recorded SHA-256
 * @param matches        the new result equals the stored one (times of the run aside)
 * @param ruleSetsThen   rule set versions recorded ({@code id@version#hash})
 * @param ruleSetsNow    rule set versions used now
 * @param differences    what changed, one line each (at most 50)
 */
public record Rerun(long id, String sha256, boolean inputIntact, boolean matches, List<String> ruleSetsThen,
                    List<String> ruleSetsNow, List<String> differences) {}
