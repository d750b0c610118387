/**
 * Which address a request comes from (item 3 of round 20): the TCP peer, unless the peer is a reverse proxy the
 * operator named in `LIANYAN_TRUSTED_PROXIES` (addresses or CIDR ranges, comma-separated: "127.0.0.1, 10.0.0.0/24,
 * ::1"); only then is X-Forwarded-For read, from the right: each proxy appends the address it got the request
 * from, so the right-most entry that is not itself a trusted proxy is the client (entries left of it are whatever
 * the client wrote, never believed). Unset, the header is ignored: a guesser writes it himself (MDN
 * X-Forwarded-For "Security and privacy concerns"; the same rule as Express' `trust proxy` and nginx realip's
 * `real_ip_recursive on`). An entry that is no IP address stops the walk at the last trusted hop.
 */
import { BlockList, isIP } from "node:net";

/** The operator's trusted proxies, checked by `trusts`; `none` trusts nobody (the default). */
export class TrustedProxies {
  private constructor(private readonly list: BlockList | undefined, readonly entries: readonly string[]) {}

  static readonly none = new TrustedProxies(undefined, []);

  /**
   * `text`: "" or unset (nobody), or addresses and CIDR ranges separated by commas or spaces.
   * Throws an Error naming the entry when one is neither, so a typo in the setting never silently trusts nobody.
   */
  static parse(text: string | undefined): TrustedProxies {
    const entries = (text ?? "").split(/[\s,]+/).filter((e) => e.length > 0);
    if (entries.length === 0) return TrustedProxies.none;
    const list = new BlockList();
    for (const e of entries) {
      const [addr = "", bits] = e.split("/");
      const a = plain(addr);
      const v = isIP(a);
      const n = bits === undefined ? undefined : Number(bits);
      if (v === 0 || (n !== undefined && !(Number.isInteger(n) && n >= 0 && n <= (v === 4 ? 32 : 128)))) {
        throw new Error(`LIANYAN_TRUSTED_PROXIES: "${e}" is not an IP address or CIDR range`);
      }
      if (n === undefined) list.addAddress(a, v === 4 ? "ipv4" : "ipv6");
      else list.addSubnet(a, n, v === 4 ? "ipv4" : "ipv6");
    }
    return new TrustedProxies(list, entries);
  }

  /** Is `address` (IPv4, IPv6, or IPv4 written as IPv6 "::ffff:10.0.0.1") one of the trusted proxies? */
  trusts(address: string): boolean {
    if (!this.list) return false;
    const a = plain(address);
    const v = isIP(a);
    return v !== 0 && this.list.check(a, v === 4 ? "ipv4" : "ipv6");
  }
}

/** `address` without a port, IPv6 brackets, zone or the IPv4-mapped prefix ("[::ffff:10.0.0.1]:443" → "10.0.0.1", "10.0.0.1:80" → "10.0.0.1"). */
function plain(address: string): string {
  const a = address.trim().replace(/^\[(.*)\](?::\d+)?$/, "$1").replace(/^(\d+\.\d+\.\d+\.\d+):\d+$/, "$1").split("%")[0]!;
  const m = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(a);
  return m ? m[1]! : a;
}

/**
 * The client's address: `peer` (the socket's remote address, "unknown" when none), or when `peer` is a trusted
 * proxy, the right-most X-Forwarded-For entry (`forwarded`: the header's value, or its values when sent several
 * times) that is not a trusted proxy; the left-most entry when all are; `peer` when the header is missing.
 */
export function clientAddress(peer: string, forwarded: string | string[] | undefined, trusted: TrustedProxies): string {
  if (!trusted.trusts(peer) || forwarded === undefined) return peer;
  const hops = (Array.isArray(forwarded) ? forwarded.join(",") : forwarded).split(",").map((h) => plain(h)).filter((h) => h.length > 0);
  let client = peer;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i]!;
    if (isIP(hop) === 0) return client; // a proxy wrote no address here: the last trusted hop is all we know
    client = hop;
    if (!trusted.trusts(hop)) return hop;
  }
  return client;
}
