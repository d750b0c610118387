/**
 * Scores that order plays sensibly (issue 10 §11). Each section is scored on the scenario's
 * opportunities (scenario-opportunities.ts: every report owed, spot question, linkage duty, resource
 * requirement, the cordon, the groups to protect, the outcome), each worth the rubric points of
 * failing it completely; W, their sum, is the same for every play of the scenario. A finding takes
 * points from its own opportunity only, never more than that opportunity is worth (a late,
 * incomplete report never costs more than no report); a missing report or a notice never given fails
 * it whole; a finding that follows from another (causedBy) costs nothing again. L: the rubric points lost on findings.
 *
 * Set aside (S, "不计入"): one act earns or loses once (issue 10 §2). A part of one of the scenario's
 * opportunities that was left undone only as the consequence of another finding (随 Fx: a notice never
 * given because the enterprise never reported, already deducted in 信息报告; a report late because its
 * sender was told late), that this play never gave rise to (a report whose reporter was never told), or
 * that the scenario's inject did instead of a player (a notice no player gave in its own limit) is
 * neither deducted nor earned: like a not-applicable item on a score sheet it leaves the points
 * attainable (不适用项不计分, 按实得分 / 应得分 折算百分制), and the report names the finding that left
 * it so. A notice given late as a consequence is set aside whole (its notice part): only a notice given
 * within its own limit earns it.
 * Never acting costs at least acting late (r24-call, the one rule for a fault's consequences): whatever a fault left
 * undone is deducted or set aside once, on the fault that left it (one late arrival is one part, however many agencies'
 * findings see it: oncePerCode), so a later or missing act never earns a point an earlier act would not.
 * A rubric point is worth weight / W of its section whatever is set aside (so a small remainder never
 * magnifies a fault). Section: attainable A = weight × (W − S) / W; deducted = the unplanned faults' X × weight / W
 * plus D = (L − X) × weight / W on the scenario's opportunities. Rounding, once: each finding's points are rounded to
 * hundredths from their exact product (its part within W rounded once, its part beyond W, X, the rest of its figure);
 * every figure above a finding adds printed figures and is never rounded again: a rubric row is the sum of its findings,
 * a section's deduction the sum of its rows (D and X apart), the overall deduction the sum of the sections. Where every
 * point judged is lost, D is exactly A and the findings' in-W parts are apportioned to it by largest remainder
 * (apportion.ts); there alone two equal products may print a cent apart. score = 100 × (A − D) / A from those figures, within
 * [0, 100]; a section with W − S = 0 (nothing to judge) says 未展示 and is left
 * out, so doing nothing earns no points. Overall = 100 × max(0, Σ attainable − Σ deducted) / Σ attainable,
 * from the figures as printed.
 * What the scenario did not plan (a duty this play alone gave rise to, a fault outside any opportunity
 * such as a unit sent for a task no requirement asks for and it cannot do, or a concealment in a report nobody owed, the part of a 瞒报 or 谎报
 * beyond the worth of the report it spoils) costs its rubric points × weight / W without adding to W:
 * never diluted, and off the overall score rather than its section's rate, so a section already lost
 * cannot absorb it. A 瞒报 or 谎报 takes what is left of its report and the rest of its own points
 * beyond, so it costs at least what the missing report would (493号令 第三十六条 punishes it beyond
 * 第三十五条's 漏报). The unplanned faults of a section cost in all no more than its W (failing all of
 * it): in a drill cut early with little due, one of them never outweighs the whole section.
 */
import type { LocalText } from "../model/ids.ts";
import type { RubricProfile } from "../scenario/rubric-schema.ts";
import type { Scored } from "./score.ts";
import type { Correction } from "./corrections.ts";
import { SECTION_TEXT, type Finding, type FindingCode, type OpportunityScore, type SectionId, type SectionScore } from "./report-model.ts";
import { keptByUncorrected } from "./kept-by-lie.ts";
import type { Opportunity } from "./opportunity.ts";
import { apportion } from "./apportion.ts";
import { LATE_BOUND } from "./late-grade.ts";
import { aggravate, type Counted } from "./aggravations.ts";
import { reportPoints } from "./report-weight.ts";
import { beyondOnce } from "./one-lie.ts";

/**
 * What consequences alone leave undone of one opportunity, set aside once (r24-call: "never acting costs at least acting
 * late"; one late arrival is one part): a finding following another on the same opportunity adds nothing (as markedDown
 * below: the idle units behind a late ambulance, 力量闲置 随 到场迟延), and one code's part counts once at its largest (the
 * late notifier's 到场迟延, notice-shortfall.ts, and the owner's own, for the same ambulance). Summed, the school's 120
 * call at 00:25 set aside all 3 points of the triage need (2 + 2 + 1) while its call at 00:50 (the 120 then within its own
 * window) set aside 2 and earned 1: the later call scored higher (17.2 > 16.8).
 */
function oncePerCode(fs: Finding[], part: (f: Finding) => number): number {
  const most = new Map<FindingCode, number>();
  for (const f of fs) most.set(f.code, Math.max(most.get(f.code) ?? 0, part(f)));
  return [...most.values()].reduce((a, b) => a + b, 0);
}

/** Codes that fail their opportunity whole, whatever their own points. */
const WHOLE: ReadonlySet<FindingCode> = new Set(["REPORT_MISSING", "LINKAGE_NOT_NOTIFIED"]);
/** Fails its opportunity whole: a notice never sent to an agency that heard from elsewhere fails its notice part only (its act was still owed). */
const whole = (f: Finding): boolean => WHOLE.has(f.code) && f.heardElsewhere !== true;
/**
 * A report that conceals or falsifies casualties fails its duty worse than no report (493号令
 * 第三十六条 punishes 谎报、瞒报 beyond 第三十五条's 迟报、漏报): it takes its own rubric points even
 * beyond what the report is worth, whether the report was owed or not — the same fault, the same points.
 */
const WORSE_THAN_NONE: ReadonlySet<FindingCode> = new Set(["REPORT_CONCEALED", "REPORT_FALSE"]);
/**
 * Priced beyond its report's worth: a stated untrue figure (谎报) or an accident hidden (瞒报), not a 漏报伤亡 (figures left
 * out: `omission`), nor another's false figure passed on (`relayed`: it spoils its report, the 谎报 is its originator's).
 */
const worseThanNone = (f: Finding): boolean => WORSE_THAN_NONE.has(f.code) && f.omission !== true && f.relayed !== true;
/** A linkage duty's notice, on time or late. */
const NOTICE: ReadonlySet<FindingCode> = new Set(["LINKAGE_NOT_NOTIFIED", "LINKAGE_NOTIFIED_LATE"]);
const round = (n: number, d: number) => Math.round(n * 10 ** d) / 10 ** d;
/** The one opportunity whose findings the rubric items' caps bound (counts of people or minutes against the outcome). */
const CAPPED = "outcomes";

/** Scored by opportunity; `score` and `band` are null when nothing was judged (未评分: no grade, never 0 不合格). */
export type ScoredByOpportunity = Omit<Scored, "score" | "band"> & { score: number | null; band: LocalText | null };


/**
 * `opportunities`: the scenario's (W); `arising`: opportunities this play gave rise to beyond them
 * (a finding citing one not in either is a fault of its own). Shapes: report-model.ts SectionScore.
 */
export function scoreByOpportunity(rubric: RubricProfile, all: readonly Finding[], opportunities: readonly Opportunity[], arising: readonly Opportunity[] = []): ScoredByOpportunity {
  // (a correction owed only in this play is among `arising`: the mine's 谎报 makes its own)
  const findings = keptByUncorrected(all, [...opportunities, ...arising]);
  const item = new Map<string, { points: number; followUpPoints?: number; id: string; annexA: Finding["annexA"]; section: number }>();
  rubric.sections.forEach((s, i) => s.items.forEach((it) => it.codes.forEach((c) => item.set(c, { points: it.points, ...(it.followUpPoints !== undefined ? { followUpPoints: it.followUpPoints } : {}), id: it.id, annexA: it.annexA, section: i }))));
  // an item's cap still bounds what its findings take in all (e.g. people exposed)
  const capLeft = new Map<string, number>();
  rubric.sections.forEach((s) => s.items.forEach((it) => capLeft.set(it.id, it.cap ?? s.weight)));
  const pts = (c: FindingCode) => item.get(c)?.points ?? 0;
  /** what failing `c` costs on opportunity `id`: a missing 续报 at its own weight (report-weight.ts) */
  const ptsOn = (c: FindingCode, id: string) => reportPoints(item.get(c), c, id);
  /** the rubric points a finding costs on `o` before any cap: the whole duty, or points × quantity */
  // a 瞒报 (an accident never reported, hidden-accident.ts) is the 漏报 of its report and the dishonesty of a 谎报 on top:
  // the report's worth and its own points beyond, so it never costs less than the same report made with false figures
  const cost = (f: Finding, o: Counted): number => (f.code === "REPORT_CONCEALED" ? o.worth + pts(f.code) * f.quantity : whole(f) ? o.worth : pts(f.code) * f.quantity);
  /** the part of `o` a consequence leaves undone: a notice given late or never is its whole notice part (only a notice in its own limit earns it) */
  const partOf = (f: Finding, o: Counted): number => {
    if (NOTICE.has(f.code) && !whole(f) && o.failCodes.includes("LINKAGE_NOT_NOTIFIED")) return pts("LINKAGE_NOT_NOTIFIED");
    // a late act graded by windows (late-grade.ts) sets aside no more than the act part
    const never = LATE_BOUND[f.code as keyof typeof LATE_BOUND];
    return never !== undefined && o.failCodes.includes(never) ? Math.min(cost(f, o), pts(never)) : cost(f, o);
  };
  const counted = (o: Opportunity, inW: boolean): Counted => ({ ...o, worth: o.worth ?? o.failCodes.reduce((s, c) => s + ptsOn(c, o.id), 0) * (o.count ?? 1), lost: 0, inW, findings: [] });
  const opp = new Map(opportunities.map((o) => [o.id, counted(o, true)]));
  const extra = new Map(arising.map((o) => [o.id, o]));
  for (const f of findings) {
    const planned = f.opportunity !== undefined && opp.has(f.opportunity);
    const key = planned ? f.opportunity! : f.opportunity !== undefined && extra.has(f.opportunity) ? f.opportunity : `own:${f.id}`;
    if (!opp.has(key)) opp.set(key, extra.has(key) ? counted(extra.get(key)!, false) : { id: key, section: f.section, failCodes: [f.code], worth: pts(f.code) * f.quantity, lost: 0, inW: false, findings: [] });
    opp.get(key)!.findings.push(f);
  }
  const take = new Map<string, number>();
  // of each finding's take, the part outside W (beyond its opportunity's worth, or on one the scenario did not plan): X
  const outTake = new Map<string, number>();
  const once = beyondOnce(findings, worseThanNone);
  const how = new Map<string, NonNullable<Finding["counted"]>>();
  // what the scenario did not plan costs in all no more than the section's W (as much as failing all of it): an
  // unplanned fault is never diluted, but never weighs more than the whole section (a drill cut at 00:07 with one
  // report due would have charged a 10-point 瞒报 at 30 / 8 each)
  const outsideLeft = new Map<SectionId, number>(rubric.sections.map((s) => [s.id, [...opp.values()].filter((o) => o.inW && o.section === s.id).reduce((a, o) => a + o.worth, 0)]));
  for (const o of opp.values()) {
    // (a relayed figure after the report's own faults too, so the report's faults take their points first, as printed)
    const worse = (f: Finding) => (worseThanNone(f) ? 2 : f.relayed ? 1 : 0);
    // dishonest figures last: the report's own faults (late, 要素不全 under 第十二条) take their points within
    // its worth, and the 瞒报/谎报 (第四条) its full points on top — separate faults, one never zeroes the
    // other (review8 mine item 5)
    // a late notifier's share of a need (notice-shortfall.ts, key `req:<id>:notice`) after the owner's own faults on it:
    // an owner that never sent a unit bears the whole shortfall, the notifier only what is left (review16 school 1)
    const share = (f: Finding) => (f.key?.endsWith(":notice") ? 1 : 0);
    // (a 迟报（他方所致） row is priced only as the lateness it caused: aggravations.ts)
    const charged = o.findings.filter((f) => f.causedBy === undefined && !f.causedOnly && item.has(f.code)).sort((a, b) => worse(a) - worse(b) || share(a) - share(b));
    for (const f of charged) {
      const it = item.get(f.code)!;
      // item caps bound counts of people or minutes against the outcome; an opportunity's worth bounds the rest
      const capped = o.id === CAPPED;
      const each = pts(f.code);
      const all = whole(f);
      const want = cost(f, o);
      const itemLeft = capped ? capLeft.get(it.id)! : Infinity;
      // a 漏报伤亡 (figures left out) still told its recipient of the incident: at most the report's worth less what
      // timeliness is worth (REPORT_LATE), so the same report on time scores above it late (score-accounting.test)
      // a late notice or late start, grown per started window (late-grade.ts), takes at most its opportunity's part for the
      // duty never done, with every finding of its kind there together: never more than the missing notice or 联而不动
      // (review16 school 1, review18 chemical A2)
      const never = LATE_BOUND[f.code as keyof typeof LATE_BOUND];
      const noticePart = never !== undefined && o.failCodes.includes(never) ? Math.max(0, pts(never) - o.findings.reduce((a, g) => a + (g.code === f.code ? (take.get(g.id) ?? 0) : 0), 0)) : Infinity;
      // …and on a report nobody owed (outside any opportunity) no more than on an owed one: a report's worth is a missing
      // report's points, not the 漏报's own 10 (review17 school: 漏报涉险人员 cost 2 on the unowed 01:20 report, 1.33 on an owed one)
      const reportWorth = o.id.startsWith("own:") ? Math.min(o.worth, pts("REPORT_MISSING")) : o.worth;
      // the honesty points beyond a report's worth once per agency (one-lie.ts): a later false report only spoils its own
      const oppLeft = worseThanNone(f) ? (once.has(f.id) ? Infinity : Math.max(0, o.worth - o.lost)) : f.omission ? Math.max(0, Math.min(o.worth - o.lost, reportWorth - pts("REPORT_LATE"))) : Math.min(o.worth - o.lost, noticePart);
      // the part beyond the opportunity's worth (all of it outside W) draws on the section's budget for unplanned faults
      const within = o.inW ? Math.max(0, o.worth - o.lost) : 0;
      const sectionLeft = within + (outsideLeft.get(o.section) ?? 0);
      const t = Math.max(0, Math.min(want, itemLeft, oppLeft, sectionLeft));
      if (t > within) {
        outsideLeft.set(o.section, (outsideLeft.get(o.section) ?? 0) - (t - within));
        outTake.set(f.id, (outTake.get(f.id) ?? 0) + t - within);
      }
      if (capped) capLeft.set(it.id, capLeft.get(it.id)! - t);
      o.lost += t;
      take.set(f.id, t);
      // the working the report prints: points each (× quantity), the whole duty's points, the limit that cut them
      how.set(f.id, {
        each,
        ...(all ? { whole: { parts: o.failCodes.map((c) => ({ code: c, points: ptsOn(c, o.id) })), count: o.count ?? 1 } } : {}),
        // a 瞒报: the missing report's points and its own (cost above)
        ...(f.code === "REPORT_CONCEALED" ? { whole: { parts: [...o.failCodes.map((c) => ({ code: c, points: ptsOn(c, o.id) * (o.count ?? 1) })), { code: f.code, points: each * f.quantity }], count: 1 } } : {}),
        ...(t < want ? { cap: { by: sectionLeft < Math.min(itemLeft, oppLeft) ? ("section" as const) : itemLeft <= oppLeft ? ("item" as const) : ("opportunity" as const), at: round(t, 4) } } : {}),
      });
    }
  }
  // what a finding made impossible beyond its own opportunity: the correction a standing 谎报 owed, what a 漏报 cut or
  // silence kept, the lateness a late relay caused (aggravations.ts)
  aggravate(findings, { opp, take, outside: outTake, how, pts, open: (key, section) => (extra.has(key) ? counted(extra.get(key)!, false) : counted({ id: key, section, failCodes: ["REPORT_MISSING"] }, false)) });
  // not achieved without a fault of its own: failed only through another finding, or never arose
  // the consequences that mark a part down (not the outcome's: there a consequence is the same harm
  // counted another way, AEGL-3 under AEGL-2; not one whose root is charged on this same opportunity;
  // not a late notice inside a notice the scenario gave anyway)
  const markedDown = (o: Counted) =>
    o.findings.filter((f) => o.id !== CAPPED && f.causedBy !== undefined && item.has(f.code) && !o.findings.some((r) => r.id === f.causedBy) && !(o.unearnedCodes?.includes("LINKAGE_NOT_NOTIFIED") && NOTICE.has(f.code)));
  // the 瞒报 finding on a concealing report (corrections.ts names reports by message id)
  const concealment = (message: string | undefined) => (message === undefined ? undefined : findings.find((f) => WORSE_THAN_NONE.has(f.code) && f.evidence.messages.includes(message)));
  // the finding a correction's relay follows: the 瞒报 it corrects, or the late report whose old news it passes on (corrections.ts)
  const corrected = (c: Correction | undefined) => (c?.late ? findings.find((f) => f.code === "REPORT_LATE" && f.evidence.messages.includes(c.message)) : concealment(c?.message));
  // the finding a notice part set aside follows (not "no participant gave it"): the notifier's own notice finding (a notice
  // never sent or late, the agency told by the scenario's inject), or the 瞒报 that spoilt a notice given in time (review10 school 4, mine 4)
  const noticeFault = (o: Counted): Finding | undefined =>
    !o.unearnedCodes?.includes("LINKAGE_NOT_NOTIFIED") ? undefined
      : o.findings.find((f) => NOTICE.has(f.code) && f.causedBy === undefined) ?? concealment(o.noticeBy)
        ?? findings.find((f) => f.opportunity === o.noticeReport && (f.code === "REPORT_MISSING" || f.code === "REPORT_CONCEALED" || f.code === "REPORT_LATE") && f.causedBy === undefined);
  // the rubric row a part not achieved is shown on: that of the notice finding it follows, when in the same section
  const rowOf = (o: Counted, c: FindingCode): FindingCode => {
    const f = c === "LINKAGE_NOT_NOTIFIED" ? noticeFault(o) : undefined;
    return f && f.section === o.section ? f.code : c;
  };
  const unearned = (o: Counted) => {
    if (!o.inW) return 0;
    // a follow-up that only corrects a 瞒报 is no 续报 duty: whatever its own faults did not take is set aside, none earned
    if (o.correction) return Math.max(0, o.worth - o.lost);
    const own = o.findings.some((f) => f.causedBy === undefined && item.has(f.code));
    if (o.notArisen && o.findings.length === 0) return o.worth;
    // failed only through other findings: the parts they mark down, not the parts done (a notice given on time
    // earns its points though the act it led to was late through another's fault; review9 mine 1, issue 10 §11)
    if (!own && o.findings.length > 0) {
      return Math.min(o.worth, oncePerCode(o.findings.filter((f) => item.has(f.code) && !o.findings.some((r) => r.id === f.causedBy)), (f) => partOf(f, o)));
    }
    // a part done late or badly only through another's fault (a report late because its sender was told late)
    const after = markedDown(o).reduce((a, f) => a + partOf(f, o), 0);
    const part = (o.unearnedCodes ?? []).reduce((a, c) => a + pts(c), 0) + after;
    return Math.max(0, Math.min(part, o.worth - o.lost));
  };
  const unearnedIn = (id: SectionId) => [...opp.values()].filter((o) => o.section === id).reduce((a, o) => a + unearned(o), 0);
  // where U went, by rubric item (the rubric table shows it on the row of the fault that left it unearned)
  const unearnedByItem = (o: Counted): Map<string, number> => {
    const u = unearned(o);
    const out = new Map<string, number>();
    if (u <= 0) return out;
    const own = o.findings.some((f) => f.causedBy === undefined && item.has(f.code));
    // the codes that left it unearned: its consequences, the parts not achieved, or (never arose) what failing it would be
    const why: Array<{ code: FindingCode; w: number }> = o.correction ? [{ code: o.correction.late ? "REPORT_LATE" : "REPORT_FALSE", w: u }]
      : !own && o.findings.length > 0
      ? o.findings.filter((f) => item.has(f.code)).map((f) => ({ code: f.code, w: partOf(f, o) }))
      : !own ? o.failCodes.map((c) => ({ code: c, w: ptsOn(c, o.id) }))
      : [...(o.unearnedCodes ?? []).map((c) => ({ code: rowOf(o, c), w: pts(c) })), ...markedDown(o).map((f) => ({ code: f.code, w: partOf(f, o) }))];
    const known = why.filter((x) => item.has(x.code) && x.w > 0);
    const total = known.reduce((a, x) => a + x.w, 0);
    if (total <= 0) return out;
    for (const x of known) {
      const id = item.get(x.code)!.id;
      out.set(id, (out.get(id) ?? 0) + (u * x.w) / total);
    }
    return out;
  };
  // W (the scenario's): in-W losses (each within its opportunity) make the section's score; what the play's own
  // unplanned faults cost (X: a 瞒报's excess, a fault outside any opportunity, a duty this play alone gave rise to)
  // comes off the total at the same scale, never added to W: never diluted, never saturating the section
  const beyond = (o: Counted) => (o.inW ? Math.max(0, o.lost - o.worth) : o.lost);
  const worthOf = (id: SectionId) => [...opp.values()].filter((o) => o.section === id && o.inW).reduce((a, o) => a + o.worth, 0);
  const lostIn = (id: SectionId) => [...opp.values()].filter((o) => o.section === id).reduce((a, o) => a + o.lost, 0);
  const outsideIn = (id: SectionId) => [...opp.values()].filter((o) => o.section === id).reduce((a, o) => a + beyond(o), 0);
  // a rubric point is worth weight / W of the section, whatever is set aside (a not-applicable item leaves the points
  // attainable, never raises what the others cost)
  const scaleOf = (id: SectionId, weight: number) => (worthOf(id) > 1e-9 ? weight / worthOf(id) : 0);
  /** each finding's points as printed (each rounded once, below) */
  const printedPoints = new Map<string, number>();
  const sections: SectionScore[] = rubric.sections.map((s) => {
    const mine = [...opp.values()].filter((o) => o.section === s.id);
    const worth = worthOf(s.id);
    const lost = lostIn(s.id);
    const outside = outsideIn(s.id);
    const notEarned = unearnedIn(s.id);
    // the points judged: W − S (S set aside, neither deducted nor earned)
    const base = Math.max(0, worth - notEarned);
    // judged: some of the scenario's opportunities left to judge (W − S > 0)
    const judged = base > 1e-9;
    const scale = scaleOf(s.id, s.weight);
    const inW = Math.min(lost - outside, base);
    const attainable = round(base * scale, 2);
    // in-W losses never exceed W − S: every point judged lost deducts exactly the points attainable (review10 chemical 5)
    const whole = judged && inW >= base - 1e-9;
    // each finding's points are rounded once, from its exact product, where it prints them: the same product always prints
    // the same figure (review22 mine B8), and a reader redoing a finding's working finds it. Its part within W and its part
    // beyond (X) are told apart: the in-W part rounded once, the X part what is left of the printed figure, so the in-W
    // deduction of a 谎报 is what the missing report's would be (review12 chemical 2). Every sum above a finding adds printed
    // figures and is never rounded again: a row is the sum of its findings, the section's deduction the sum of its rows (its
    // in-W part and X apart), the total the sum of the sections (rubric-sums.test, chem-r20-rows.test). Only where every
    // point judged is lost (or the in-W parts' own rounding passes the points attainable) are the in-W parts apportioned by
    // largest remainder to the points attainable, which is what the section then deducts, never a cent either side
    // (review10 chemical 5); there alone two equal products may print a cent apart.
    const own = findings.filter((f) => f.section === s.id && (take.get(f.id) ?? 0) > 0);
    const parts = own.map((f) => {
      const t = take.get(f.id)!;
      const x = Math.min(t, outTake.get(f.id) ?? 0);
      const printed = round(t * scale, 2);
      const inPart = round((t - x) * scale, 2);
      return { f, exactIn: (t - x) * scale, inPart, xPart: round(printed - inPart, 2) };
    });
    const inSum = round(parts.reduce((a, p) => a + p.inPart, 0), 2);
    const inTarget = whole ? attainable : judged && inSum > attainable ? Math.min(attainable, round(inW * scale, 2)) : inSum;
    const inParts = inTarget === inSum ? parts.map((p) => p.inPart) : apportion(parts.map((p) => p.exactIn), inTarget);
    parts.forEach((p, j) => printedPoints.set(p.f.id, round(inParts[j]! + p.xPart, 2)));
    const inWDeducted = inTarget;
    const outsideDeducted = round(parts.reduce((a, p) => a + p.xPart, 0), 2);
    const deducted = round(inWDeducted + outsideDeducted, 2);
    const shares = new Map<string, number>();
    for (const o of mine) for (const [id, u] of unearnedByItem(o)) shares.set(id, (shares.get(id) ?? 0) + u);
    const exact = s.items.map((it) => {
      const fs = findings.filter((f) => it.codes.includes(f.code) && f.section === s.id);
      // a row adds up its findings' printed points
      return { it, fs, printed: round(fs.reduce((a, f) => a + (printedPoints.get(f.id) ?? 0), 0), 2), unearned: shares.get(it.id) ?? 0 };
    });
    const rows = exact.map((x) => x.printed);
    const cells = [...rows, ...exact.map((x) => round(x.unearned, 2))];
    const items = exact.map(({ it, fs }, j) => ({
      id: it.id, text: it.text, annexA: it.annexA, ...(it.annexRef ? { annexRef: it.annexRef } : {}), points: it.points, ...(it.followUpPoints !== undefined ? { followUpPoints: it.followUpPoints } : {}), cap: it.cap ?? s.weight,
      ...(mine.some((o) => o.id === CAPPED) ? {} : { capApplies: false }),
      deducted: cells[j]!, ...(cells[exact.length + j]! > 0 ? { unearned: cells[exact.length + j]! } : {}), findings: fs.length,
    }));
    // the section's score: the share of the points attainable kept on the scenario's opportunities, from the figures
    // as printed (attainable and the in-W deduction), so a reader rebuilds it from the overview
    const score = !judged ? 0 : attainable > 0 ? round((100 * Math.min(attainable, Math.max(0, attainable - inWDeducted))) / attainable, 1) : round(100 * (1 - inW / base), 1);
    return {
      id: s.id, text: s.text ?? SECTION_TEXT[s.id], weight: s.weight, deducted, ...(outside > 1e-9 ? { outside: outsideDeducted } : {}),
      ...(judged ? { attainable } : {}),
      score, judged, items, scoring: scoring(mine, worth, lost, notEarned, base),
    };
  });
  const judged = sections.filter((s) => s.judged);
  // the points attainable: each judged section's weight × (W − S) / W (不适用项不计分, 按实得分 / 应得分 折算百分制)
  const attainable = round(judged.reduce((a, s) => a + s.attainable!, 0), 2);
  // nothing judged (a drill stopped before anything was due): no score and no band, never 0 不合格
  if (attainable <= 0) return { findings: scoredFindings(), sections, score: null, band: null };
  // the total from the figures as printed, so a reader redoes it: every finding's printed points come off the points
  // attainable once (a section's in-W losses never exceed its W − S, so no section goes below 0), never below 0 in all
  const deducted = round(sections.reduce((a, s) => a + s.deducted, 0), 2);
  const score = round((100 * Math.max(0, attainable - deducted)) / attainable, 1);
  const band = [...rubric.bands].sort((a, b) => b.min - a.min).find((b) => score >= b.min)?.text ?? rubric.bands[rubric.bands.length - 1]!.text;
  return { findings: scoredFindings(), sections, score, band };

  function scoredFindings(): Finding[] {
    return findings.map((f) => {
      const it = item.get(f.code);
      const sec = sections.find((s) => s.id === f.section)!;
      const scale = scaleOf(f.section, sec.weight);
      return { ...f, ...(it ? { item: it.id, annexA: it.annexA } : {}), points: printedPoints.get(f.id) ?? round((take.get(f.id) ?? 0) * scale, 2), ...(take.has(f.id) ? { rubricPoints: round(take.get(f.id)!, 4), counted: how.get(f.id)! } : {}) };
    });
  }

  /**
   * The findings an opportunity's unearned part follows from: its own findings' causes; or, for a follow-up report
   * that never arose, the first report to the same addressee never made (review9 mine 10: the mine's follow-ups to
   * 能源局 and 省局 "随 F13/F14 未完成", not "未产生该项义务").
   */
  function followsOf(o: Counted, mine: readonly Counted[]): string[] {
    const hid = o.correction ? corrected(o.correction) : concealment(o.notArisen ? o.keptBy : undefined);
    if (hid) return [hid.id];
    const notice = noticeFault(o);
    if (notice) return [notice.id, ...followsOf({ ...o, unearnedCodes: undefined }, mine).filter((id) => id !== notice.id)];
    const own = [...new Set((o.findings.every((f) => f.causedBy !== undefined) ? o.findings : markedDown(o)).map((f) => f.causedBy).filter((c): c is string => c !== undefined))];
    const fu = /^rep:([^|]*)\|fu:[^|]*\|/.exec(o.id);
    if (own.length > 0 || !fu || o.findings.length > 0) return own;
    // a first report made to that addressee: the follow-up never arose because nothing changed (未产生), not through a missing written report
    if (mine.some((m) => m.id.startsWith(`rep:${fu[1]}|first|`) && !m.notArisen && !m.findings.some((f) => f.code === "REPORT_MISSING" || f.code === "REPORT_CONCEALED"))) return [];
    return mine.filter((m) => m.id.startsWith(`rep:${fu[1]}|first|`)).flatMap((m) => m.findings.filter((f) => (f.code === "REPORT_MISSING" || f.code === "REPORT_CONCEALED") && f.causedBy === undefined).map((f) => f.id));
  }

  /** What the report prints so a reader can recompute the section: every opportunity with its worth and what it lost, W and the points lost. */
  function scoring(mine: readonly Counted[], worth: number, lost: number, notEarned: number, base: number): NonNullable<SectionScore["scoring"]> {
    const kinds = new Map<string, { kind: string; count: number; worth: number }>();
    for (const o of mine.filter((x) => x.inW && x.worth > 0)) {
      const kind = o.id.split(":")[0]!;
      const k = kinds.get(kind) ?? { kind, count: 0, worth: 0 };
      k.count++;
      k.worth = round(k.worth + o.worth, 4);
      kinds.set(kind, k);
    }
    const list: OpportunityScore[] = mine
      // the scenario's opportunities, what the play's own faults cost, and every duty this play alone gave rise to
      .filter((o) => (o.inW && o.worth > 0) || o.lost > 0 || (!o.inW && !o.id.startsWith("own:")))
      .map((o) => ({
        id: o.id, kind: o.inW ? o.id.split(":")[0]! : o.id.startsWith("own:") ? "own" : "arising", inW: o.inW,
        ...(o.label ? { label: o.label } : {}),
        worth: round(o.inW ? o.worth : o.lost, 4), ...(o.inW && beyond(o) > 0 ? { beyond: round(beyond(o), 4), beyondBy: o.findings.filter((f) => worseThanNone(f) && f.causedBy === undefined).map((f) => f.id) } : {}), parts: o.failCodes.map((c) => ({ code: c, points: ptsOn(c, o.id) })), count: o.count ?? 1, lost: round(o.lost, 4),
        findings: [...new Set(o.findings.map((f) => f.id))],
        ...(o.findings.some((f) => f.causedBy !== undefined) ? { consequences: o.findings.filter((f) => f.causedBy !== undefined).map((f) => f.id) } : {}),
        ...(unearned(o) > 0 && o.unearnedCodes && !noticeFault(o) ? { unearnedParts: o.unearnedCodes } : {}),
        ...(o.actNotJudged ? { actNotJudged: o.actNotJudged } : {}),
        ...(o.metEarly ? { early: o.decidedCodes ? { decided: o.decidedCodes } : {} } : {}),
        ...(unearned(o) > 0 ? { unearned: round(unearned(o), 4), follows: followsOf(o, mine), ...(o.unverified ? { unverified: true } : {}) } : {}),
        ...(o.correction && corrected(o.correction) ? { correction: { of: corrected(o.correction)!.id, own: o.correction.own, atMs: corrected(o.correction)!.atMs, ...(o.correction.late ? { late: true } : {}) } } : {}),
      }));
    const w0 = mine.filter((o) => o.inW).reduce((a, o) => a + o.worth, 0);
    return { worth: round(worth, 4), planned: round(w0, 4), lost: round(lost, 4), unearned: round(notEarned, 4), base: round(base, 4), opportunities: [...kinds.values()], items: list };
  }
}
