/**
 * Every resource requirement (力量需求) of the shipped scenarios says where it is to be met, by the name of its own
 * place (its `place:`), in both languages (newcomer 22 #7: chemical-leak's req-curtain read 「下风向设置水幕稀释氯气」,
 * the place being tank V-101; a user sent a tender "downwind" to 江湾村口, 863 m from the tank, and was charged
 * 派错地点). The place's name counts without its bracketed note: 临江化工有限公司（厂区大门、中控室） → 临江化工有限公司.
 */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";

type Named = { zh: string; en: string };
const short = (n: Named): Named => ({ zh: n.zh.replace(/（.*$/, ""), en: n.en.replace(/ \(.*$/, "") });

describe("each requirement names its place", () => {
  for (const id of ["chemical-leak", "mine-flood", "school-fire"]) {
    it(id, () => {
      const s = parse(readFileSync(`scenarios/${id}.yaml`, "utf8")) as { map: { places: Array<{ id: string; name: Named }> }; requirements: Array<{ id: string; place: string; text: Named }> };
      const names = new Map(s.map.places.map((p) => [p.id, short(p.name)]));
      const unnamed = s.requirements.flatMap((r) => {
        const n = names.get(r.place)!;
        return [
          ...(r.text.zh.includes(n.zh) ? [] : [`${r.id} zh 「${r.text.zh}」 does not name ${n.zh}`]),
          ...(r.text.en.toLowerCase().includes(n.en.toLowerCase()) ? [] : [`${r.id} en "${r.text.en}" does not name ${n.en}`]),
        ];
      });
      expect(s.requirements.length).toBeGreaterThan(4);
      expect(unnamed).toEqual([]);
    });
  }
  it("the water curtain is at tank V-101, not just 'downwind'", () => {
    const s = parse(readFileSync("scenarios/chemical-leak.yaml", "utf8")) as { requirements: Array<{ id: string; place: string; text: Named }> };
    const curtain = s.requirements.find((r) => r.id === "req-curtain")!;
    expect(curtain.place).toBe("tank-v101");
    expect(curtain.text.zh).toContain("临江化工液氯罐区V-101储罐下风向");
  });
});
