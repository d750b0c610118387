/**
 * The ground-truth outcome: map-level groups, responders' crews and the hazard model's own
 * occupants, rounded to whole people. A change is an event; so is the re-grade it causes.
 */
import { emit, type Tx } from "../tx.ts";
import { gradeIncident } from "../rules/grading.ts";
import { workMask } from "../rules/duty-work.ts";
import { groupCasualties, thresholdLoad, SUSCEPTIBILITY } from "./exposure.ts";
import { crewCasualties } from "./tick.ts";

export function updateOutcome(tx: Tx): { regraded: boolean } {
  let deaths = 0;
  let serious = 0;
  let injured = 0;
  let exposed = 0;
  let evacuated = 0;
  const tox = tx.c.hazard.toxicology?.(tx.c.scenario);
  for (const g of tx.s.groups) {
    const c = groupCasualties(g);
    // sampled mode: whole people per group by stochastic rounding (floor(x + u)); expected: fractions, rounded in the total
    const whole = (x: number) => (g.draw === undefined ? x : Math.floor(x + g.draw));
    deaths += whole(c.deaths);
    serious += whole(c.seriousInjuries);
    injured += whole(c.injured);
    if (g.status === "evacuated") evacuated += g.count;
    const vul = SUSCEPTIBILITY[tx.c.groups.get(g.id)!.vulnerability] ?? 1;
    if (tox && g.toxicLoad * vul >= thresholdLoad(tox.aegl2, tox)) exposed += g.count;
  }
  if (tox) {
    for (const u of tx.s.units) {
      const c = crewCasualties(u, tx.c.units.get(u.id)!.crew, tox);
      deaths += c.deaths;
      serious += c.seriousInjuries;
      injured += c.injured;
    }
  }
  const occ = tx.c.hazard.occupants?.(tx.s.hazard);
  const next = {
    deaths: Math.round(deaths) + (occ?.deaths ?? 0),
    seriousInjuries: Math.round(serious) + (occ?.seriousInjuries ?? 0),
    injured: Math.round(injured) + (occ?.injured ?? 0),
    missing: occ?.missing ?? 0,
    exposed: exposed + (occ?.exposed ?? 0),
    evacuated: evacuated + (occ?.evacuated ?? 0),
    trapped: occ?.trapped ?? 0,
  };
  const prev = tx.s.casualties;
  // Deaths and serious injuries are news at every change; injuries and exposures when they cross a band.
  // and so is the first person trapped, hurt or evacuated: a duty conditional on it now has work (rules/duty-work.ts)
  if (next.deaths !== prev.deaths || next.seriousInjuries !== prev.seriousInjuries || band(next.injured) !== band(prev.injured) || band(next.exposed) !== band(prev.exposed) || workMask(next) !== workMask(prev)) {
    emit(tx, { type: "casualtiesChanged", deaths: next.deaths, seriousInjuries: next.seriousInjuries, injured: next.injured, exposed: next.exposed, trapped: next.trapped, missing: next.missing, evacuated: next.evacuated });
  }
  tx.s.casualties = next;
  const { grade, criterion } = gradeIncident(tx.c.rules, next.deaths, next.seriousInjuries, tx.s.lossCNY);
  // A grade only rises during a drill: 493号令 第二十条 re-grades upwards as casualties grow.
  if (grade < tx.s.grade) {
    emit(tx, { type: "gradeChanged", from: tx.s.grade, to: grade, criterion });
    tx.s.grade = grade;
    return { regraded: true };
  }
  return { regraded: false };
}

const BANDS = [1, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000];

function band(n: number): number {
  let b = 0;
  while (b < BANDS.length && n >= BANDS[b]!) b++;
  return b;
}
