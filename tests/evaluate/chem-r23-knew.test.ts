/**
 * Review r22 chemical-leak §4 item 1 (b): an agency visibly acting knows the incident from its first command about it
 * (blame.ts knewAt), in every should-have-known lookup — not from a later message. Variant of the chemical poor play,
 * seed 7 (tests/evaluate/plays/chem-r22-v9-no-119.yaml = the reviewer's v9): the enterprise never calls 119; the brigade
 * dispatches four vehicles from 00:13 all the same; its own recon team's report (inject inj-08, fired by its hazmat
 * truck's arrival) reaches it at 00:56:48 — the engine's first "notice" to it.
 * Hand calculation:
 *   - cordon (ERG initial isolation, cordon.ts; domain.md §5.2: 30 min from when the holder knew): the brigade knew at
 *     00:13 (its dispatch), so its part was due 00:13 + 30 = 00:43:00, not 00:56:48 + 30 = 01:26:48 (before the fix);
 *   - the hazmat team (需求 一级防护的防化救援力量, due 00:40 counted from the should-know 00:10 + 30) was sent only at
 *     00:50 by the brigade's own choice, on scene 00:53:48: 13 min 48 s late, the brigade's (力量派出迟延, as the poor play's
 *     F26), not the enterprise's (before the fix: 「非临江县消防救援大队之责：…00:56:48 才获知」 charged to the enterprise).
 */
import { describe, expect, it } from "vitest";
import { playOf } from "../helpers.ts";
import { chem, judge } from "./chem-variant.ts";

const r = judge(playOf(chem, "tests/evaluate/plays/chem-r22-v9-no-119.yaml"));

describe("review r22 chemical (b): the brigade dispatching from 00:13 knew the incident by then, though never called", () => {
  it("its cordon part falls due at 00:43:00 (00:13 + 30), not 01:26:48 (its recon team's 00:56:48 report + 30)", () => {
    const f = r.findings.find((g) => g.code === "CORDON_LATE")!;
    expect(f.message.zh).toContain("临江县消防救援大队（时限 00:43:00，00:13:00 获知起算");
    expect(f.message.zh).not.toContain("01:26:48");
  });

  it("the hazmat team's late arrival (00:53:48 against 00:40:00) is the brigade's, never the enterprise's", () => {
    const late = r.findings.filter((g) => g.code === "DISPATCH_LATE" && g.message.zh.includes("00:53:48"));
    expect(late.map((g) => g.agency)).toEqual(["fire"]);
    expect(late[0]!.message.zh).toContain("00:50:00 才调派");
  });
});
