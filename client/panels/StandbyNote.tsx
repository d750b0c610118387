/**
 * Why a double-blind seat not yet told of the incident (standby) finds nothing to choose in a form,
 * and what it can do meanwhile: message the director (README "Run a live drill": such a seat may name
 * its own agency, the generic tasks and the director). Newcomer 21 item 1: 发往 was an empty box, unexplained.
 */
import { t } from "../i18n/index.ts";
import type { ConsoleModel } from "../model/console.ts";

/** The note, or nothing when the seat is not on standby. `say`: `why` (any form) or `message` (the 消息 form). */
export function StandbyNote(props: { model: Pick<ConsoleModel, "standby">; say?: "why" | "message" }) {
  if (!props.model.standby) return null;
  return <p class="standby-why" role="note" data-testid="standby-why">{t(`standby.${props.say ?? "why"}`)}</p>;
}
