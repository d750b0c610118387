/**
 * Measures the agency may order: cordon, evacuate, shelter, warning, activate response, and a
 * support request. Only the powers the agency has are shown (engine/rules/powers.ts).
 */
import { useState } from "preact/hooks";
import { local, t } from "../i18n/index.ts";
import { taskName, unitTypeName } from "../i18n/describe.ts";
import type { UnitKind } from "../../protocol/unit-kinds.ts";
import { startsOwnPlan, type ConsoleModel } from "../model/console.ts";
import type { OutCommand, Send } from "../net/session.ts";
import { keepDraft } from "../net/drafts.ts";
import { positiveProblem, radiusProblem, textProblem, type Problems } from "../model/form-checks.ts";
import { TEXT_LIMITS } from "../../protocol/limits.ts";
import { Field, FieldError, Select, Text, useRepeatGuard } from "./fields.tsx";
import { refusedLine } from "./MessageForm.tsx";
import { StandbyNote } from "./StandbyNote.tsx";

const MEASURES = ["cordon", "evacuate", "shelter", "warning", "activateResponse", "requestSupport"] as const;
type Measure = (typeof MEASURES)[number];

/** A unit kind in words: 消防车（搜救、水幕稀释） / fire engine (search and rescue, water curtain); the type alone when it has no tasks listed. */
export function kindLabel(k: UnitKind): string {
  const type = unitTypeName(k.type);
  return k.capabilities.length ? t("actions.kind", { type, caps: k.capabilities.map(taskName).join(t("punct.list")) }) : type;
}

/**
 * The support request's unit-type list (round 22 item 2: it was free text, and a typo was refused by the server): a
 * native select (keyboard and phone pickers work), the asked agency's own kinds first, then the others.
 */
function KindSelect(props: { kinds: UnitKind[]; from: string; fromName: string; value: string; onChange: (v: string) => void }) {
  const own = props.kinds.filter((k) => k.agencies.includes(props.from));
  const other = props.kinds.filter((k) => !k.agencies.includes(props.from));
  const opts = (ks: UnitKind[]) => ks.map((k) => <option key={k.type} value={k.type}>{kindLabel(k)}</option>);
  return (
    <select name="unitType" data-testid="unit-type" value={props.value} onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value)}>
      {own.length > 0 && other.length > 0
        ? [<optgroup key="own" label={t("actions.kindsOf", { agency: props.fromName })}>{opts(own)}</optgroup>, <optgroup key="other" label={t("actions.kindsOther")}>{opts(other)}</optgroup>]
        : opts([...own, ...other])}
    </select>
  );
}

export function ActionsPanel(props: { model: ConsoleModel; send: Send; picked?: string }) {
  const m = props.model;
  const can = MEASURES.filter((x) => m.powers.includes(x as never));
  const [which, setWhich] = useState<Measure>(can[0] ?? "requestSupport");
  const [place, setPlace] = useState(props.picked ?? m.incidentPlace ?? m.places[0]?.id ?? "");
  const [radius, setRadius] = useState("500");
  const [dest, setDest] = useState("");
  const [level, setLevel] = useState("4");
  const [warn, setWarn] = useState<"blue" | "yellow" | "orange" | "red">("orange");
  const [text, setText] = useState("");
  const others = m.agencies.filter((a) => a.id !== m.role);
  const [from, setFrom] = useState(others[0]?.id ?? "");
  const [unitType, setUnitType] = useState("");
  const [count, setCount] = useState("1");
  // problems show once the person tried to order, and follow the input from then on
  const [tried, setTried] = useState(false);
  const [refused, setRefused] = useState<string>();
  const repeat = useRepeatGuard();
  if (can.length === 0) return <StandbyNote model={m} />;
  // a site owner's activation starts its own plan, never the county's response (engine/commands/field.ts; review22 mine B1)
  const ownPlan = startsOwnPlan(m);
  const label = (x: Measure): string => t(`actions.${x === "activateResponse" && ownPlan ? "activatePlan" : x}`);
  // the kind asked for: the one picked while it is on the list, else the asked agency's first, else the list's first
  const kinds = m.unitKinds ?? [];
  const kind = kinds.some((k) => k.type === unitType) ? unitType : (kinds.find((k) => k.agencies.includes(from)) ?? kinds[0])?.type ?? "";
  const check = (): Problems => {
    const area = which !== "activateResponse" && which !== "requestSupport";
    const support = which === "requestSupport";
    const p = { radiusM: area ? radiusProblem(radius) : undefined, count: support ? positiveProblem(count) : undefined, unitType: support && !kind ? { key: "noKinds" as const } : undefined, text: which === "warning" ? textProblem(text, "text", false) : undefined };
    return Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined));
  };
  const problems = tried ? check() : {};
  const places = m.places.map((p) => ({ value: p.id, label: local(p.name) }));
  const r = Math.max(1, Number(radius) || 0);
  const build = (): OutCommand => {
    switch (which) {
      case "cordon": return { type: "cordon", place, radiusM: r };
      case "evacuate": return { type: "evacuate", place, radiusM: r, ...(dest ? { destination: dest } : {}) };
      case "shelter": return { type: "shelter", place, radiusM: r };
      case "warning": return { type: "warning", level: warn, place, radiusM: r, ...(text.trim() ? { text: text.trim() } : {}) };
      case "activateResponse": return { type: "activateResponse", level: Number(level) };
      case "requestSupport": return { type: "requestSupport", from, unitType: kind, count: Math.max(1, Math.floor(Number(count) || 1)), place };
    }
  };
  return (
    <form class="form" data-testid="actions" noValidate onSubmit={(e) => {
      e.preventDefault();
      setTried(true);
      setRefused(undefined);
      if (Object.keys(check()).length > 0) return;
      // the form keeps its input: a double click's second click sent the measure again (twice the support asked for)
      const command = build();
      if (repeat(command)) return;
      keepDraft(props.send(command), (why) => setRefused(refusedLine(why)));
      setTried(false);
    }}>
      <h3>{t("actions.title")}</h3>
      <StandbyNote model={m} />
      <div class="seg" role="tablist">
        {can.map((x) => <button type="button" key={x} role="tab" aria-selected={which === x} class={which === x ? "on" : ""} data-testid={`measure-${x}`} onClick={() => setWhich(x)}>{label(x)}</button>)}
      </div>
      {which === "activateResponse" ? (
        <Field label={t("actions.level")}><Select name="level" value={level} onChange={setLevel} options={["1", "2", "3", "4"].map((n) => ({ value: n, label: t(ownPlan ? "actions.ownLevel" : "actions.responseLevel", { n: t(`actions.levelNumeral.${n}`) }) }))} /></Field>
      ) : which === "requestSupport" ? (
        <div class="grid3">
          <Field label={t("actions.from")}><Select name="from" value={from} onChange={setFrom} options={others.map((a) => ({ value: a.id, label: local(a.name) }))} /></Field>
          <Field label={t("actions.unitType")} error={problems.unitType}><KindSelect kinds={kinds} from={from} fromName={local(others.find((a) => a.id === from)?.name ?? { zh: from, en: from })} value={kind} onChange={setUnitType} /></Field>
          <Field label={t("actions.count")} error={problems.count}><Text name="count" type="number" value={count} onInput={setCount} invalid={!!problems.count} /></Field>
          <Field label={t("actions.supportPlace")}><Select name="place" value={place} onChange={setPlace} options={places} /></Field>
        </div>
      ) : (
        <div class="grid2">
          <Field label={t("actions.place")}><Select name="place" value={place} onChange={setPlace} options={places} /></Field>
          <Field label={t("actions.radiusM")} error={problems.radiusM}><Text name="radiusM" type="number" value={radius} onInput={setRadius} invalid={!!problems.radiusM} /></Field>
          {which === "evacuate" ? <Field label={t("actions.destination")}><Select name="destination" value={dest} onChange={setDest} options={[{ value: "", label: "—" }, ...places]} /></Field> : null}
          {which === "warning" ? <Field label={t("actions.warnLevel")}><Select name="warn" value={warn} onChange={setWarn} options={(["blue", "yellow", "orange", "red"] as const).map((x) => ({ value: x, label: t(`warn.${x}`) }))} /></Field> : null}
          {which === "warning" ? <Field label={t("actions.text")} wide error={problems.text}><Text name="text" value={text} onInput={setText} maxLength={TEXT_LIMITS.text} invalid={!!problems.text} /></Field> : null}
        </div>
      )}
      <FieldError problem={refused} testid="measure-refused" />
      <div class="sticky-send"><button type="submit" class="btn-primary" data-testid="send-measure">{t("actions.send")}{t("punct.colon")}{label(which)}</button></div>
    </form>
  );
}
