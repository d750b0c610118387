/**
 * A jurisdiction rules profile (scenarios/rules/*.yaml): incident grading, reporting deadlines,
 * linkage and dispatch standards, as data. Every rule carries its basis so reports can cite it.
 * Agencies are named by kind (AGENCY_KINDS), so one profile serves every scenario.
 */
import { z } from "zod";
import { Basis, Id, LocalText } from "./common.ts";
import { AGENCY_KINDS, SITE_OWNER_KINDS } from "./schema.ts";
import { AlarmWords } from "./alarm-words-schema.ts";

const Grade = z.number().int().min(1).max(4);
/** An agency kind, or a role in the scenario: the incident's own agency, the lead agency, or the sender's superior. */
const AgencyRef = z.union([z.enum(AGENCY_KINDS), z.enum(["incidentAgency", "leadAgency", "superior"])]);
/** The basis in English, for English reports (the Chinese document title may stay as a citation). */
const BasisEn = z.string().min(1).optional().describe("The basis in English, for English reports");
/** A note to the scenario's authors (a secondary source, something unverified): kept for validate and authors, never shown as a basis. */
const AuthorNote = z.string().min(1).optional().describe("A note to the profile's authors (e.g. a secondary source); never printed as the basis");
const Tag = z.enum(["S", "S2", "P", "U", "D"]).describe("Source tag from domain.md: S statute, S2 secondary, P county document, U unverified, D design");

const ReportingRule = z
  .object({
    id: Id,
    text: LocalText,
    /** applies while the incident's grade is one of these (or the event is sensitive, if orSensitive) */
    when: z
      .object({ grades: z.array(Grade).min(1), orSensitive: z.boolean().default(false) })
      .strict(),
    /** not for a sensitive event, which follows the sensitive-event rule alone (e.g. CTY-01 against CTY-02) */
    notSensitive: z.boolean().default(false),
    /** only for these scenario kinds (all when absent) */
    scenarioKinds: z.array(z.enum(["chemical-leak", "mine-flood", "school-fire"])).optional(),
    from: AgencyRef,
    to: AgencyRef,
    mode: z.enum(["oral", "written", "any"]),
    /** report kinds that count (any when absent) */
    kinds: z.array(z.enum(["initial", "followUp", "final"])).optional(),
    withinMin: z.number().positive(),
    /** occurrence: from the event that triggers the rule (the incident, or the re-grade); receipt: from when `from` was first told */
    clockStartsAt: z.enum(["occurrence", "receipt"]),
    basis: Basis,
    basisEn: BasisEn,
    note: AuthorNote,
    tag: Tag,
  })
  .strict();

const FollowUpRule = z
  .object({
    id: Id,
    text: LocalText,
    from: AgencyRef,
    to: AgencyRef,
    /** a follow-up (续报) is due within this long of the reporter learning of new casualties */
    withinMin: z.number().positive(),
    /**
     * new developments (493号令 第十三条 新情况) that each owe their own follow-up: hazard event codes (`hazardChanged.what`,
     * the `when.what` of the injects that bring the news: "secondInrush", "pumpRoomFlooded"), due from when the reporter
     * learns of one after reporting to the addressee (rules/obligations.ts)
     */
    developments: z.array(z.string()).default([]),
    /** only for these scenario kinds (all when absent) */
    scenarioKinds: z.array(z.enum(["chemical-leak", "mine-flood", "school-fire"])).optional(),
    basis: Basis,
    basisEn: BasisEn,
    note: AuthorNote,
    tag: Tag,
  })
  .strict();

const Action = z
  .object({
    type: Id,
    task: Id.optional(),
    /** a message counts only when it reaches an agency of one of these kinds (issue 10 §4: no duty is met by any message) */
    to: z.array(z.enum(AGENCY_KINDS)).min(1).optional(),
    /** the command also counts when an agency of one of these kinds gives it: the holder's own organ (the mine's dispatch room gives the mine's withdrawal order) */
    by: z.array(z.enum(AGENCY_KINDS)).min(1).optional(),
  })
  .strict();

/** The commands that carry words an alarm is judged by (a call's text, a report's fields): the only ones `alarm` may list. */
export const ALARM_WORDS: readonly string[] = ["message", "report"];

/**
 * What an alarm call must give (evaluate/alarm-call.ts reads each from the call's words): the unit's name, where (an address
 * or a place the scenario knows), what happened (the hazard's own words: a fire, a leak, an inrush), the people trapped or
 * in danger and, at a chemical release, the substance (both as far as the caller knew them: told-rescuers.ts), the caller.
 */
export const ALARM_ELEMENTS = ["unit", "where", "what", "people", "substance", "caller"] as const;
/** An alarm row's elements and the basis an evaluator cites for them (issue 10 §4, §13: data, not code). */
const AlarmCheck = z.object({ elements: z.array(z.enum(ALARM_ELEMENTS)).min(1), basis: Basis, basisEn: BasisEn, note: AuthorNote, tag: Tag }).strict();

const LinkageRule = z
  .object({
    id: Id,
    agency: z.enum(AGENCY_KINDS),
    text: LocalText,
    /** who must tell it (domain.md §5); the evaluator charges a missing or late notice to this agency (default: the lead agency) */
    notifiedBy: AgencyRef.optional(),
    /** must have been told of the incident within this long of its occurrence (or of `noticeFrom`) */
    notifiedWithinMin: z.number().positive().optional(),
    /**
     * when the notice's clock starts: `occurrence`, the accident (scenario `incidentAt`; or when its work
     * arises, `workWhen`); `found`, when the incident unit found the incident or its warning signs (scenario
     * `incidentFoundAt`: the school's 119/120 calls under 消防法 第四十四条 "发现火灾", the mine head told of the
     * signs of an inrush); for a duty with `workWhen`, from when that work arises if later (no
     * call to the 120 falls due before anyone is hurt)
     */
    noticeFrom: z.enum(["occurrence", "found"]).default("occurrence"),
    /**
     * the duty has work only once one of these holds (domain.md §5 "Trigger"): casualties, people trapped
     * or missing, people evacuated; until then no notice is owed and nothing is judged (rules/duty-work.ts)
     */
    workWhen: z.array(z.enum(["casualties", "trapped", "evacuation"])).min(1).optional(),
    /** must take one of `actions` within this long of being told */
    actWithinMin: z.number().positive().optional(),
    /**
     * why a duty with no `actWithinMin` has its act left unjudged (review21 mine 1: the county coal-safety bureau told
     * and idle read 「已完成」): an outside or simulated unit (「省级局为县外单位，不由本县演练评判」), work after the drill
     * (参加事故调查), a duty not yet verified. Required exactly when `actWithinMin` is absent, so no profile can carry a
     * silent row; the report prints it wherever the duty's act would be judged (its points, the linkage table)
     */
    actNotJudged: LocalText.optional(),
    actions: z.array(Action).default([]),
    /**
     * parts of the duty each owed by the act deadline, beyond whichever of `actions` opened it (issue 10 §6, review9
     * mine 6: the bureau that reports late and whose head never goes to the scene, 493号令 第十五条): a part never
     * done is its own finding (LINKAGE_PART_UNDONE), with the part's basis. Parts judged elsewhere (reports up, the
     * notices to other agencies) are not listed here.
     */
    parts: z
      .array(
        z
          .object({
            text: LocalText,
            actions: z.array(Action).min(1),
            /**
             * the part's own time limit (minutes) when its duty text implies one other than the duty's first act
             * (review22 school 8: a cordon is drawn once the crews are on the fire ground, not within the 1-minute
             * turn-out): counted from `from`; without it the part is owed by the duty's act deadline. A part done after
             * its limit is charged as late (duty-parts.ts), a part never done as undone.
             */
            withinMin: z.number().positive().optional(),
            /** what `withinMin` counts from: `arrival`, the holder's first unit on scene (unitArrived) */
            from: z.enum(["arrival"]).optional(),
            basis: Basis,
            basisEn: BasisEn,
          })
          .strict(),
      )
      .optional(),
    /**
     * notices the duty's own words name as part of it (LNK-SCH-SCHOOL 「立即报警（119），组织引导师生疏散」: the 119
     * call), by the kind of agency told: each is judged once, as that agency's notice (its rule's `noticeBasis`,
     * charged to the notifier, blame.ts), never again under this duty. The deadline board shows this duty done
     * only once its holder has given them too (evaluate/board-parties.ts partsLeft; newcomer 19 item 1).
     */
    withNotices: z.array(z.enum(AGENCY_KINDS)).min(1).optional(),
    /** everyone out of the building within this long of the alarm signal (judged on the last person out) */
    evacuateWithinMin: z.number().positive().optional(),
    /** the basis of the evacuation's duration (EVACUATION_SLOW), when it is not the duty's own `basis` (the signal's) */
    evacuateBasis: Basis.optional(),
    evacuateBasisEn: BasisEn,
    /**
     * the fault's own name when the duty is met late or never (LINKAGE_SLOW, LINKAGE_IDLE), where the duty has one an
     * evaluator would write: the dispatch room's 发现透水征兆未立即撤人（违反先撤人后汇报） rather than only 响应迟缓
     */
    fault: LocalText.optional(),
    /** the agency's own duty (what `actions` and `actWithinMin` judge): the basis of a finding charged to it */
    basis: Basis,
    basisEn: BasisEn,
    note: AuthorNote,
    tag: Tag,
    /**
     * the notifier's duty to tell it (`notifiedBy`, `notifiedWithinMin`): the basis of a missing or late
     * notice, charged to the notifier (issue 10 §12: a finding cites the duty of the agency charged)
     */
    noticeBasis: Basis.optional(),
    noticeBasisEn: BasisEn,
    noticeTag: Tag.optional(),
    /**
     * the notifier's commands (sent to this agency) that are its alarm call (报警) to this rescuer (issue 10 §4: each duty
     * lists the commands that meet it, as data; domain.md §1: the unit dials 119/110/120 at once): a call (`message`) or
     * a report phoned to 119/120 (`report`). Each is judged in 信息报告 as the alarm (evaluate/alarm-call.ts: its elements,
     * the people and medium its caller knew), never as an accident report; none made while the notice is missing is 未报警.
     * Only with `notifiedBy` (the incident's own unit calling its rescuers).
     */
    alarm: z.array(Action).min(1).optional(),
    /** what each alarm call to this rescuer must give, and the basis cited when it does not: required with `alarm` */
    alarmCheck: AlarmCheck.optional(),
  })
  .strict()
  .refine((r) => r.alarm === undefined || r.notifiedBy !== undefined, {
    message: "`alarm` lists the notifier's alarm commands: set `notifiedBy` (who must call this rescuer)",
    path: ["alarm"],
  })
  // every alarm row is judged on its elements (issue 10 §4): a row without them would judge its calls on nothing
  .refine((r) => (r.alarm === undefined) === (r.alarmCheck === undefined), {
    message: `\`alarm\` and \`alarmCheck\` go together: an alarm row says what its call must give (expected \`alarmCheck: { elements: [${ALARM_ELEMENTS.join(", ")}], basis }\` beside \`alarm\`)`,
    path: ["alarm"],
  })
  // an alarm is judged by its words (evaluate/alarm-call.ts, told-rescuers.ts: what happened, where, who is in danger);
  // only a message or a report carries words. A support request (`requestSupport`) carries a unit type, a count and a
  // place, nothing a rescuer reads: listed as an alarm, every call by request would be judged on words it cannot hold
  // (round 29: the mine calls its rescue team by request, the words come by its call or report to the team)
  .superRefine((r, ctx) => {
    (r.alarm ?? []).forEach((a, i) => {
      if (!ALARM_WORDS.includes(a.type)) ctx.addIssue({ code: "custom", path: ["alarm", i, "type"], message: `an alarm is judged by its words: \`${a.type}\` carries none (list \`message\` or \`report\`)` });
    });
  })
  // a duty is either timed or says why it is not judged (review21 mine 1): never silently "done" once told
  .refine((r) => r.actWithinMin !== undefined || r.actNotJudged !== undefined, {
    message: "a linkage duty without `actWithinMin` must say why its act is not judged (`actNotJudged`: e.g. 模拟单位，不评判), or set the deadline with its basis",
    path: ["actWithinMin"],
  })
  .refine((r) => r.actWithinMin === undefined || r.actNotJudged === undefined, {
    message: "a linkage duty with `actWithinMin` is judged: drop `actNotJudged`",
    path: ["actNotJudged"],
  })
  // a site owner's activation is its own plan's (commands/field.ts), a government's the county's response: a row asking
  // the other could never be met, and its holder would be charged 联而不动 for a command it gave (review22 mine B1)
  .superRefine((r, ctx) => {
    const owner = (SITE_OWNER_KINDS as readonly string[]).includes(r.agency);
    r.actions.forEach((a, i) => {
      const by = [r.agency, ...(a.by ?? [])];
      if (a.type === "activatePlan" && !by.every((k) => (SITE_OWNER_KINDS as readonly string[]).includes(k))) {
        ctx.addIssue({ code: "custom", path: ["actions", i, "type"], message: `\`activatePlan\` (a unit starting its own emergency plan) is a site owner's act (${SITE_OWNER_KINDS.join(", ")}), not a ${by.filter((k) => !(SITE_OWNER_KINDS as readonly string[]).includes(k)).join(", ")}'s: use \`activateResponse\`` });
      }
      if (a.type === "activateResponse" && owner) {
        ctx.addIssue({ code: "custom", path: ["actions", i, "type"], message: `a ${r.agency}'s activation starts its own emergency plan, never the county's response: use \`activatePlan\`` });
      }
    });
  });

const DispatchStandard = z
  .object({
    id: Id,
    unitType: Id,
    text: LocalText,
    /** the unit must leave its base within this long of the order (or of the call, `turnOutFrom`) */
    turnOutMaxS: z.number().int().positive().optional(),
    /**
     * when the turn-out clock starts: `order`, the unit's turn-out order (a fire station's 接到出动指令后); `call`,
     * when its agency took the call (a mine rescue team's 接警后: the order is the team's own, inside the minute),
     * and then the arrival is due `turnOutMaxS` + `arriveWithinMin` (the travel) after the call
     */
    turnOutFrom: z.enum(["order", "call"]).default("order"),
    /** and be on scene within this long of the order (after the turn-out, for a standard counted from the call) */
    arriveWithinMin: z.number().positive(),
    /** the arrival target is indicative (e.g. beyond the station's district): reported, not deducted */
    arrivalIndicative: z.boolean().default(false),
    basis: Basis,
    basisEn: BasisEn,
    note: AuthorNote,
    tag: Tag,
  })
  .strict();

export const RulesProfile = z
  .object({
    id: Id,
    title: LocalText,
    grading: z
      .object({
        basis: Basis,
    basisEn: BasisEn,
    note: AuthorNote,
        /** minimums per grade; "以上" includes the number; the highest grade any criterion reaches wins */
        thresholds: z
          .array(
            z
              .object({ grade: Grade, deaths: z.number().int().min(1), seriousInjuries: z.number().int().min(1), lossCNY: z.number().positive() })
              .strict(),
          )
          .min(1),
      })
      .strict(),
    reporting: z.array(ReportingRule),
    followUp: z.array(FollowUpRule).default([]),
    /**
     * what each development code a follow-up rule lists is, in words (the report names the follow-up by its news), and
     * `terms`: other words by which a report's text reports it (its zh and en names always do; review17 mine A2)
     */
    developments: z.record(z.string(), LocalText.extend({ terms: z.array(z.string().min(1)).default([]) }).strict()).default({}),
    linkage: z
      .object({
        "chemical-leak": z.array(LinkageRule).default([]),
        "mine-flood": z.array(LinkageRule).default([]),
        "school-fire": z.array(LinkageRule).default([]),
      })
      .strict()
      // the substance is a chemical release's (危化条例 第七十三条): no fire or mine call can name it
      .superRefine((l, ctx) => (["mine-flood", "school-fire"] as const).forEach((k) => l[k].forEach((r, i) => r.alarmCheck?.elements.forEach((e, j) => {
        if (e === "substance") ctx.addIssue({ code: "custom", path: [k, i, "alarmCheck", "elements", j], message: `\`substance\` is an element of a chemical-leak alarm only, not of a ${k} one (expected one of ${ALARM_ELEMENTS.filter((x) => x !== "substance").join(", ")})` });
      })))),
    /** the words that count as each element of an alarm call, per hazard model (alarm-words-schema.ts; issue 10 §4) */
    alarmWords: AlarmWords,
    dispatch: z.array(DispatchStandard).default([]),
    /**
     * what "under control" means for each hazard, and the target time from the incident (the
     * rubric's controlWithinMin is the fallback): a leak stopped, water held by pumping, a fire under control
     */
    control: z
      .partialRecord(
        z.enum(["chemical-leak", "mine-flood", "school-fire"]),
        z
          .object({
            withinMin: z.number().positive(),
            /** the unit tasks that bring this hazard under control (a late or missing one explains late control; evaluate/causes.ts) */
            tasks: z.array(Id).optional(),
            text: LocalText,
            basis: Basis,
            basisEn: BasisEn,
            note: AuthorNote,
            tag: Tag,
          })
          .strict(),
      )
      .default({}),
    /**
     * What counts as telling (issue 10 §3, engine/rules/telling.ts): a message or acknowledgement made only
     * of these holding phrases ("正在核实，稍后报告") tells nothing — it notifies no one, answers no spot
     * question and meets no duty; the phrases are regular expressions on the lower-cased words
     * (punctuation read as a space), and a text is a holding reply when they make up all of it.
     */
    telling: z
      .object({
        holding: z.array(z.string().min(1).refine((p) => { try { new RegExp(p, "u"); return true; } catch { return false; } }, "a valid regular expression")).min(1),
        basis: Basis,
        basisEn: BasisEn,
        note: AuthorNote,
        tag: Tag,
      })
      .strict()
      .optional(),
    /** a request for help from a party at risk (an inject's `requests`) is acted on within this long (help-requests.ts) */
    helpRequests: z
      .object({
        withinMin: z.number().positive(),
        /**
         * a message answers a request only when it reaches the party that asked: sent to the kinds the request's action
         * names (its `to`, required), and, to the director (导调) playing that party, naming it (the request's `party`
         * words): the enterprise's reply to the director about anything else is no answer to its neighbour (review20
         * school 3). false: any message of the kinds named counts (the old reading)
         */
        requesterOnly: z.boolean().default(true),
        basis: Basis, basisEn: BasisEn, note: AuthorNote, tag: Tag,
      })
      .strict()
      .default({
        withinMin: 15,
        requesterOnly: true,
        basis: "求助15分钟内派员或采取措施（本县设定）",
        basisEn: "a request for help is acted on within 15 minutes (set by this county)",
        tag: "D",
      }),
    /**
     * a report of the incident from the public (an inject's `forwardTo`) is verified or passed on by its receiver within
     * this long, unless the agency it goes to already knows (forwarding.ts; 突发事件应对法（2024）第六十条)
     */
    forwarding: z
      .object({ withinMin: z.number().positive(), basis: Basis, basisEn: BasisEn, note: AuthorNote, tag: Tag })
      .strict()
      .default({
        withinMin: 2,
        basis: "突发事件应对法（2024）第六十条（接到报告的单位应当立即核实处理，不属于其职责的立即移送相关单位）；“立即”按接报后2分钟计（转接报警为一次通话，本县设定）",
        basisEn: "Emergency Response Law (2024), Art. 60 (the unit that receives a report verifies and handles it at once, and passes at once to the competent unit what is not its own duty); \"at once\" counted as 2 minutes after receipt (passing on a call is one call: set by this county)",
        tag: "S",
      }),
    /** a spot question (随机提问) must be answered (a message, report or acknowledgement) within this long */
    spotQuestions: z
      .object({ withinMin: z.number().positive(), text: LocalText, basis: Basis, basisEn: BasisEn, note: AuthorNote, tag: Tag })
      .strict()
      .default({
        withinMin: 10,
        text: { zh: "随机提问须在10分钟内答复", en: "A spot question is answered within 10 minutes" },
        // the 10 minutes are a local choice (no statute sets them), in any drill format: not "双盲演练" (review8 chemical 13a, mine 11)
        basis: "生产安全事故应急演练评估规范（AQ/T 9009-2015）附录A 2.5（适应突袭抽查式演练）；随机提问10分钟内答复（本县设定）",
        basisEn: "Specification for the evaluation of production safety accident emergency drills (生产安全事故应急演练评估规范, AQ/T 9009-2015), Annex A 2.5 (able to handle unannounced spot-check drills); a spot question is answered within 10 minutes (set by this county)",
        tag: "D",
      }),
  })
  .strict();

export type RulesProfile = z.infer<typeof RulesProfile>;
export type ReportingRule = z.infer<typeof ReportingRule>;
export type LinkageRule = z.infer<typeof LinkageRule>;
export type DispatchStandard = z.infer<typeof DispatchStandard>;
export type AgencyRef = z.infer<typeof AgencyRef>;
