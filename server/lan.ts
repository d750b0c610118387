/**
 * Where people reach the server (newcomer run 6, item 11): the host it binds (HOST / --host; all
 * interfaces when unset, as before) and the URLs a phone on the same network opens. A phone cannot
 * open http://localhost:PORT/, so the start line and the codes page's QR codes use the computer's
 * LAN addresses: its non-internal IPv4 addresses (os.networkInterfaces()), the private ranges of
 * RFC 1918 first (192.168/16, then 10/8, then 172.16/12, where a Docker bridge usually sits), each
 * kind in the order the system lists them. Pure: the interface list is passed in.
 */
import type { NetworkInterfaceInfo } from "node:os";
import { isLoopback } from "../protocol/hosts.ts";

export type Interfaces = NodeJS.Dict<NetworkInterfaceInfo[]>;

/** Hosts that mean "every interface": unset, 0.0.0.0 or ::. */
export function isAnyHost(host: string | undefined): boolean {
  return host === undefined || host === "" || host === "0.0.0.0" || host === "::";
}

function rank(ip: string): number {
  if (ip.startsWith("192.168.")) return 0;
  if (ip.startsWith("10.")) return 1;
  if (/^172\.(1[6-9]|2\d|3[01])\./.test(ip)) return 2;
  if (ip.startsWith("169.254.")) return 4; // link-local: no DHCP answered, rarely what a phone reaches
  return 3;
}

/** The computer's non-internal IPv4 addresses, most likely LAN first (see the module note). */
export function lanAddresses(ifaces: Interfaces): string[] {
  const all = Object.values(ifaces).flatMap((list) => (list ?? []).filter((i) => !i.internal && (i.family === "IPv4" || (i.family as unknown) === 4)).map((i) => i.address));
  return [...new Set(all)].map((ip, i) => ({ ip, i })).sort((a, b) => rank(a.ip) - rank(b.ip) || a.i - b.i).map((x) => x.ip);
}

/**
 * The base URLs (`http://IP:PORT`, no trailing slash) phones on the network open, given the bound
 * host: every LAN address when bound to all interfaces, the host itself when bound to one
 * non-loopback address, none when bound to loopback (reachable from this computer only).
 */
export function lanUrls(host: string | undefined, port: number, ifaces: Interfaces): string[] {
  if (isAnyHost(host)) return lanAddresses(ifaces).map((ip) => `http://${ip}:${port}`);
  if (isLoopback(host!)) return [];
  return [`http://${host!.includes(":") ? `[${host}]` : host}:${port}`];
}

/** The start lines: where this computer opens the server, and where phones do (or that they cannot). */
export function startLines(host: string | undefined, port: number, ifaces: Interfaces): string[] {
  const here = isAnyHost(host) || isLoopback(host!) ? `http://localhost:${port}/` : `${lanUrls(host, port, ifaces)[0]}/`;
  const lan = lanUrls(host, port, ifaces);
  const lines = [`联演 Lianyan drill server: ${here}  (this computer 本机)`];
  if (lan.length > 0) lines.push(`phones and other computers on the network open 同一网络的手机和电脑打开: ${lan.map((u) => `${u}/`).join("  ")}`);
  else if (!isAnyHost(host) && isLoopback(host!)) lines.push(`listening on ${host} only: other devices cannot connect (HOST unset or HOST=0.0.0.0 lets them) 仅本机可访问`);
  else lines.push("no network address found: phones cannot connect until this computer joins a network 未找到局域网地址");
  return lines;
}
