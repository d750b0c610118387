/** What the happy-dom form tests share: a console panel by file and name, typing, waiting for Preact, the chemical leak at 00:05. */
import type { ComponentType } from "preact";
import { compiled, runPlay } from "../helpers.ts";

/** A panel component (the panels are .tsx: vitest loads them, the root tsc need not). */
export const panel = async <P,>(file: string, name: string): Promise<ComponentType<P>> => ((await import(/* @vite-ignore */ `../../client/panels/${file}`)) as Record<string, ComponentType<P>>)[name]!;

export const settle = () => new Promise((r) => setTimeout(r, 30));
export const chem = compiled("chemical-leak");
export const state = runPlay(chem, [], 7, 5 * 60_000).state;

/** Type `value` into a box as a person would (an input event). */
export function type(el: HTMLTextAreaElement | HTMLInputElement, value: string) {
  el.value = value;
  el.dispatchEvent(new Event("input", { bubbles: true }));
}
