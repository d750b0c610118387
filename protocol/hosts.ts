/**
 * Host names the server and the browser client both judge: a loopback host reaches this computer
 * only, so a join link or QR code made on a page opened at http://localhost/ must not carry it
 * (server/lan.ts, client/panels/Qr.tsx).
 */

/** localhost, 127.0.0.0/8 and ::1 (with or without brackets). */
export function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || host === "[::1]" || /^127\./.test(host);
}
