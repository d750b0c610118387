/**
 * What a console talks to: the model to draw, the commands it sent and their fate, the
 * connection state, and `send`. The live session (net/live.ts) implements it over Colyseus;
 * the replay viewer's is read-only.
 */
import type { ConsoleModel } from "../model/console.ts";

/** A play-format command without `at`/`by` (the room fills them in). */
export type OutCommand = { type: string } & Record<string, unknown>;

/** What a console's forms call to give a command: returns its client id (net/drafts.ts keeps the form's input by it). */
export type Send = (c: OutCommand) => string | void;

export type CommandState =
  | { state: "queued" }
  | { state: "pending" }
  | { state: "acked"; seq: number; atMs: number }
  | { state: "rejected"; code: string; reason: string; params?: Record<string, string | number> };

export interface CommandEntry {
  id: string;
  command: OutCommand;
  /** when the person gave it (wall clock, for ordering only) */
  createdAt: number;
  status: CommandState;
}

export type Connection = "connecting" | "online" | "offline" | "closed";

export interface SessionSnapshot {
  model?: ConsoleModel;
  commands: CommandEntry[];
  connection: Connection;
  /** commands waiting for the connection */
  outbox: number;
  /** the person's display name and the drill id */
  name: string;
  drillId: string;
  error?: string;
  /** set when the director reissued the code this session joined with (the server's reason) */
  revoked?: string;
  /** set with `revoked` when the director handed this seat to a bot (not a reissue: the same code opens it again later) */
  toBot?: boolean;
  /** set when a rejoin is refused for its code (a server director code from before a restart): the console closes, the join page says why */
  codeGone?: boolean;
}

/**
 * What a failed rejoin means: a refusal of the code itself (HTTP 401 from the room's auth, e.g. the
 * server's director code printed before a restart, which each start replaces) will never succeed, so the
 * console stops retrying and says so (newcomer trial 14: it showed "reconnecting" for good); anything else
 * (the server still down, a timeout) is worth another try.
 */
export function rejoinOutcome(error: unknown): "retry" | "codeGone" {
  return (error as { code?: unknown } | null)?.code === 401 ? "codeGone" : "retry";
}

export interface Session {
  get(): SessionSnapshot;
  subscribe(fn: () => void): () => void;
  /** Returns the client-made id of the command. */
  send(command: OutCommand): string;
  /** director / evaluator messages other than commands (clock, end, observation, …) */
  control(type: string, body: unknown): Promise<unknown>;
  leave(): void;
}
