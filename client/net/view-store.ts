/**
 * Synced state → ConsoleModel (plain objects). Placeholder until the server's schema lands:
 * reads the state's JSON.
 */
import type { Room } from "@colyseus/sdk";
import type { ConsoleModel } from "../model/console.ts";
import { Store } from "./store.ts";

export class ViewStore {
  readonly model = new Store<ConsoleModel | undefined>(undefined);
  attach(room: Room): void {
    room.onStateChange((s: unknown) => {
      const json = (s as { toJSON?: () => unknown }).toJSON?.() ?? s;
      this.model.set(json as ConsoleModel);
    });
  }
  message(_type: string, _payload: unknown): void {}
}
