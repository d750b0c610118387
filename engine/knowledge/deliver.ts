/**
 * Knowledge is explicit (design.md): an agency knows what its own units observed and what a
 * source the scenario marks reliable told it (injects by default, `reliableSource` agencies);
 * figures other agencies report to it are claims, possibly false, kept apart
 * (`claimedCasualties`). Delivery records the first notification, which the linkage rules time from.
 */
import type { Casualties, AgencyKnowledge, Message } from "../model/state.ts";
import type { Tx } from "../tx.ts";

/** What a delivery tells: casualty figures (known when `reliable`, else a claim) and fact ids. */
export interface Reveals {
  casualties?: Casualties;
  reliable?: boolean;
  facts?: readonly string[];
  /** work told without figures (rules/duty-work.ts bits): a call's or report's words, an inject's `reveals.work` */
  work?: number;
}

/** `notifies`: whether it tells the recipients of the incident (an inject only when the scenario says so). */
export function deliver(tx: Tx, msg: Message, reveals?: Reveals, notifies = true): void {
  const known = reveals?.casualties && reveals.reliable ? reveals.casualties : undefined;
  const claimed = reveals?.casualties && !reveals.reliable ? reveals.casualties : undefined;
  tx.s.messages = [...tx.s.messages, msg];
  for (const agency of msg.to) {
    updateKnowledge(tx, agency, (k) => ({
      ...k,
      ...(notifies || k.notifiedAtMs !== undefined ? { notifiedAtMs: k.notifiedAtMs ?? tx.t } : {}),
      inbox: [...k.inbox, msg.id],
      knownCasualties: known ? updateKnown(k.knownCasualties, known) : k.knownCasualties,
      claimedCasualties: claimed ? updateKnown(k.claimedCasualties, claimed) : k.claimedCasualties,
      facts: reveals?.facts ? union(k.facts, reveals.facts) : k.facts,
      ...(reveals?.work ? { toldWork: (k.toldWork ?? 0) | reveals.work } : {}),
    }));
  }
}

export function learnFacts(tx: Tx, agency: string, facts: readonly string[]): void {
  updateKnowledge(tx, agency, (k) => (facts.every((f) => k.facts.includes(f)) ? k : { ...k, facts: union(k.facts, facts) }));
}

export function learnCasualties(tx: Tx, agency: string, c: Casualties): void {
  updateKnowledge(tx, agency, (k) => ({ ...k, knownCasualties: maxCasualties(k.knownCasualties, c) }));
}

/**
 * Record an accepted command: the first one after being told counts as the acknowledgement,
 * and the kinds of action taken let a later linkage rule see an agency that acted on its own.
 */
export function noteAction(tx: Tx, agency: string, kinds: readonly string[]): void {
  updateKnowledge(tx, agency, (k) => {
    const first = k.firstActionAtMs === undefined && k.notifiedAtMs !== undefined ? { firstActionAtMs: tx.t } : {};
    const fresh = kinds.filter((x) => k.acted[x] === undefined);
    if (fresh.length === 0 && !("firstActionAtMs" in first)) return k;
    const acted = { ...k.acted };
    for (const x of fresh) acted[x] = tx.t;
    return { ...k, ...first, acted };
  });
}

/** Everything an agency has heard of casualties, known or claimed: what its own reports must keep up with (续报). */
export function heardCasualties(k: AgencyKnowledge): Casualties {
  return { ...maxCasualties(k.knownCasualties, k.claimedCasualties), missing: Math.max(k.knownCasualties.missing, k.claimedCasualties.missing) };
}

export function knowledgeOf(tx: Tx, agency: string): AgencyKnowledge | undefined {
  return tx.s.knowledge.find((k) => k.agency === agency);
}

function updateKnowledge(tx: Tx, agency: string, f: (k: AgencyKnowledge) => AgencyKnowledge): void {
  const i = tx.s.knowledge.findIndex((k) => k.agency === agency);
  if (i >= 0) tx.s.knowledge[i] = f(tx.s.knowledge[i]!);
}

/**
 * What a new report or inject tells: deaths and injuries only grow (they are not undone), but
 * the missing count is whatever the latest word says (a missing pupil can be found).
 */
function updateKnown(a: Casualties, b: Casualties): Casualties {
  return { ...maxCasualties(a, b), missing: b.missing };
}

export function maxCasualties(a: Casualties, b: Casualties): Casualties {
  return {
    deaths: Math.max(a.deaths, b.deaths),
    seriousInjuries: Math.max(a.seriousInjuries, b.seriousInjuries),
    injured: Math.max(a.injured, b.injured),
    missing: Math.max(a.missing, b.missing),
  };
}

function union(a: readonly string[], b: readonly string[]): string[] {
  const out = [...a];
  for (const f of b) if (!out.includes(f)) out.push(f);
  return out.sort();
}
