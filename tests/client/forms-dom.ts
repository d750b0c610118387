/** What the happy-dom form tests share: a console panel by file and name, typing, waiting for Preact, the chemical leak at 00:05. */
import { h, render, type ComponentType } from "preact";
import { expect, vi } from "vitest";
import { consoleModel } from "../../client/local/model.ts";
import type { OutCommand } from "../../client/net/session.ts";
import { compiled, runPlay } from "../helpers.ts";

/** A panel component (the panels are .tsx: vitest loads them, the root tsc need not). */
export const panel = async <P,>(file: string, name: string): Promise<ComponentType<P>> => ((await import(/* @vite-ignore */ `../../client/panels/${file}`)) as Record<string, ComponentType<P>>)[name]!;

export const settle = () => new Promise((r) => setTimeout(r, 30));
export const chem = compiled("chemical-leak");
export const state = runPlay(chem, [], 7, 5 * 60_000).state;

/** A panel (`name` in client/panels/`file`) rendered with `props` in a detached root, its first render settled. */
export async function mount(file: string, name: string, props: Record<string, unknown>): Promise<HTMLElement> {
  const C = await panel<Record<string, unknown>>(file, name);
  const root = document.createElement("div");
  render(h(C, props), root);
  await settle();
  return root;
}

/** Tick the box `selector` finds in `root` as a person would (its change event), settled: the box. */
export async function tick(root: ParentNode, selector: string): Promise<HTMLInputElement> {
  const box = root.querySelector<HTMLInputElement>(selector)!;
  box.checked = true;
  box.dispatchEvent(new Event("change", { bubbles: true }));
  await settle();
  return box;
}

/** Type `value` into a box as a person would (an input event). */
export function type(el: HTMLTextAreaElement | HTMLInputElement, value: string) {
  el.value = value;
  el.dispatchEvent(new Event("input", { bubbles: true }));
}

/** The police seat's measures panel with 警戒 (cordon) chosen, sending into `sent`: its form. */
export async function cordonForm(sent: OutCommand[]): Promise<HTMLFormElement> {
  const ActionsPanel = await panel<Record<string, unknown>>("ActionsPanel.tsx", "ActionsPanel");
  const root = document.createElement("div");
  render(h(ActionsPanel, { model: consoleModel(chem, state, "police"), send: (c: OutCommand) => void sent.push(c) }), root);
  root.querySelector<HTMLButtonElement>("[data-testid=measure-cordon]")!.click();
  await settle();
  return root.querySelector<HTMLFormElement>("[data-testid=actions]")!;
}

/** A page (the report's, the replay's) rendered for drill "d1" in a detached root, its first requests settled. */
export async function openPage(Page: ComponentType<{ drillId: string }>): Promise<HTMLElement> {
  const root = document.createElement("div");
  render(h(Page, { drillId: "d1" }), root);
  // its first answer landed: the loading line (no testid) gave way to the code form or the page — a fixed wait was too
  // short on a loaded machine (r29 full run: the English code form not yet drawn)
  await vi.waitFor(() => expect(root.querySelector("[data-testid]")).not.toBeNull(), { timeout: 10_000 });
  return root;
}

/** Send a page's code form (data-testid `testid`) as a person would (Enter or the button), and let its answer land. */
export async function submitCode(root: HTMLElement, testid: string): Promise<void> {
  await settle();
  root.querySelector(`[data-testid="${testid}"]`)!.dispatchEvent(new Event("submit", { bubbles: true, cancelable: true }));
  await settle();
}
