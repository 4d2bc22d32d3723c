package vn.xkmt.web.evaluation;

import java.util.List;

/**
 * A stored evaluation evaluated again from its stored bytes, under the rule set versions it recorded.
 *
 * @param inputIntact    the stored bytes still have the recorded SHA-256
 * @param matches        the new result equals the stored one (times of the run aside)
 * @param ruleSetsThen   rule set versions recorded ({@code id@version#hash})
 * @param ruleSetsNow    rule set versions the re-run used (the recorded ones when they were kept)
 * @param restored       recorded versions no longer in force, rebuilt from their stored snapshot
 * @param missing        recorded versions neither in force nor kept (the version in force stood in)
 * @param differences    what changed, one line each (at most 50)
 */
public record Rerun(long id, String sha256, boolean inputIntact, boolean matches, List<String> ruleSetsThen,
                    List<String> ruleSetsNow, List<String> restored, List<String> missing, List<String> differences) {}
