/**
 * The result of a run as one tree of plain records, built once from the engine's run and read by every page,
 * answer and report: run → unit → criterion → condition finding, with evidence, remedies, cells to fill and
 * texts in vi and en. No JSON library here: {@code vn.xkmt.report.ResultJson} writes and reads it.
 */
package vn.xkmt.report.result;
