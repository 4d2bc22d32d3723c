package vn.xkmt.web.council;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import vn.xkmt.report.ResultJson;
import vn.xkmt.web.audit.AuditEntry;
import vn.xkmt.web.communeresult.EvaluatedUnit;
import vn.xkmt.web.security.XkmtUser;

/**
 * The council's record over HTTP, with the same province scoping and rules as the pages: meetings,
 * their frozen packs, decisions with overrides, closing and amendments; every write names the version
 * it was based on and gets 409 when someone else changed the record since.
 */
@RestController
@RequestMapping(path = "/api/council/meetings", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "council", description = "Recognition meetings of the appraisal council: pack, decisions, minutes")
@SecurityRequirement(name = "basic")
class CouncilApi {

    private final Meetings meetings;

    CouncilApi(Meetings meetings) {
        this.meetings = meetings;
    }

    /** A new meeting. */
    record NewMeeting(String province, LocalDate date, String place, List<String> members) {}

    /** Communes to add, with the meeting's version. */
    record NewItems(List<String> codes, Purpose purpose, int version) {}

    /** The meeting's version, for freezing. */
    record Version(int version) {}

    /** The province's decision that closes the record (or amends it, with {@code reason}). */
    record Closing(String decisionNo, LocalDate decisionDate, String reason, int version) {}

    /** A decision; {@code amendReason} only for an amendment of a closed record. */
    record DecisionBody(Decision decision, int votesFor, int votesAgainst, int votesAbstain, String reason,
                        Map<String, DecisionInput.OverrideInput> overrides, int version, String amendReason) {

        DecisionInput input() {
            return new DecisionInput(decision, votesFor, votesAgainst, votesAbstain, reason, overrides, version);
        }
    }

    /**
     * One commune of the pack as the API gives it: the frozen copy read back ({@code result}, in the result
     * document's shape), overrides, a newer evaluation.
     */
    record ApiItem(long id, int seq, Purpose purpose, String unitCode, String unitName, String district, long evaluationId,
                   String inputSha256, String ruleSet, String verdict, OffsetDateTime evaluatedAt, Decision decision,
                   Integer votesFor, Integer votesAgainst, Integer votesAbstain, String reason, boolean override,
                   String decidedBy, OffsetDateTime decidedAt, int version, JsonNode result,
                   List<CriterionOverride> overrides, EvaluatedUnit newer) {

        static ApiItem of(ItemView v) {
            MeetingItem i = v.item();
            return new ApiItem(i.id(), i.seq(), i.purpose(), i.unitCode(), i.unitName(), i.district(), i.evaluationId(),
                    i.inputSha256(), i.ruleSet(), i.verdict(), i.evaluatedAt(), i.decision(), i.votesFor(), i.votesAgainst(),
                    i.votesAbstain(), i.reason(), i.override(), i.decidedBy(), i.decidedAt(), i.version(), ResultJson.tree(v.result()),
                    v.overrides(), v.newer());
        }
    }

    /** A meeting with its pack and audit trail. */
    record ApiMeeting(Meeting meeting, List<ApiItem> items, List<AuditEntry> audit) {}

    @GetMapping
    @Operation(summary = "Meetings of a province (the account's provinces only)")
    List<Meeting> list(@AuthenticationPrincipal XkmtUser me, @RequestParam String province) {
        return meetings.list(province, me);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a meeting (SECRETARIAT of the province, or ADMIN)", description = "201 with the meeting")
    ResponseEntity<ApiMeeting> create(@AuthenticationPrincipal XkmtUser me, @RequestBody NewMeeting body) {
        long id = meetings.create(me, body.province(), body.date(), body.place(),
                body.members() == null ? "" : String.join("\n", body.members()));
        return ResponseEntity.created(URI.create("/api/council/meetings/" + id)).body(fetch(me, id));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A meeting with its pack (frozen copies of the evaluations), decisions, overrides, audit trail")
    ApiMeeting fetch(@AuthenticationPrincipal XkmtUser me, @PathVariable long id) {
        MeetingView v = meetings.view(id, me);
        return new ApiMeeting(v.meeting(), v.items().stream().map(ApiItem::of).toList(), v.audit());
    }

    @GetMapping("/{id}/candidates")
    @Operation(summary = "Communes that can be added: latest evaluation of each, filtered by verdict code, district, day")
    List<Candidate> candidates(@AuthenticationPrincipal XkmtUser me, @PathVariable long id,
                               @RequestParam(required = false) String verdict, @RequestParam(required = false) String district,
                               @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
        return meetings.candidates(id, me, verdict, district, from, to);
    }

    @PostMapping(path = "/{id}/items", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add communes to a draft meeting, each with a copy of its latest evaluation (409 once frozen)")
    ApiMeeting add(@AuthenticationPrincipal XkmtUser me, @PathVariable long id, @RequestBody NewItems body) {
        meetings.add(id, me, body.codes(), body.purpose() == null ? Purpose.RECOGNITION : body.purpose(), body.version());
        return fetch(me, id);
    }

    @PostMapping(path = "/{id}/freeze", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Freeze the pack: nothing in it changes afterwards")
    ApiMeeting freeze(@AuthenticationPrincipal XkmtUser me, @PathVariable long id, @RequestBody Version body) {
        meetings.freeze(id, me, body.version());
        return fetch(me, id);
    }

    @PutMapping(path = "/{id}/items/{itemId}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record the council's decision on one commune (frozen meetings; 409 when closed or changed since)",
            description = "A commune whose evaluation is not ELIGIBLE is recognised (or kept) only with overrides: "
                    + "criterion id → {reason, evidence} for every criterion that did not pass.")
    ApiMeeting decide(@AuthenticationPrincipal XkmtUser me, @PathVariable long id, @PathVariable long itemId,
                      @RequestBody DecisionBody body) {
        meetings.decide(id, itemId, me, body.input());
        return fetch(me, id);
    }

    @PostMapping(path = "/{id}/close", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Enter the province's decision number and date and close the record")
    ApiMeeting close(@AuthenticationPrincipal XkmtUser me, @PathVariable long id, @RequestBody Closing body) {
        meetings.close(id, me, body.decisionNo(), body.decisionDate(), body.version());
        return fetch(me, id);
    }

    @PostMapping(path = "/{id}/items/{itemId}/amend", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Amend a decision of a closed record (amendReason required; kept in the audit trail)")
    ApiMeeting amend(@AuthenticationPrincipal XkmtUser me, @PathVariable long id, @PathVariable long itemId,
                     @RequestBody DecisionBody body) {
        meetings.amendDecision(id, itemId, me, body.input(), body.amendReason());
        return fetch(me, id);
    }

    @PostMapping(path = "/{id}/amend", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Amend the decision number or date of a closed record (reason required)")
    ApiMeeting amendNumber(@AuthenticationPrincipal XkmtUser me, @PathVariable long id, @RequestBody Closing body) {
        meetings.amendDecisionNumber(id, me, body.decisionNo(), body.decisionDate(), body.reason(), body.version());
        return fetch(me, id);
    }
}
