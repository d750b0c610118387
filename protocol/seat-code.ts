/**
 * A seat code as the server reads it, typed or pasted: case, spaces and dashes ignored, O read as 0 and I, L as 1
 * (Crockford's base-32 rule: the letters a person may type for those digits). The server hashes this form
 * (server/live/seats.ts hashCode); the client compares kept codes by it (client/net/seat-memory.ts sameCode).
 */
export function canonicalCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
}
