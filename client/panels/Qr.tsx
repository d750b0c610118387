/** A QR code of a join link (the qrcode library, rendered as inline SVG: nothing fetched), and the origin its links carry. */
import QRCode from "qrcode";
import { useEffect, useState } from "preact/hooks";
import { isLoopback } from "../../protocol/hosts.ts";
import { fetchLanUrls, joinOrigin } from "../net/join-link.ts";

export { joinLink } from "../net/join-link.ts";

/** The origin join links and QR codes use on this page (net/join-link.ts joinOrigin); `known`: LAN URLs the server already sent. */
export function useJoinOrigin(known?: readonly string[]): string {
  const [origin, setOrigin] = useState(() => joinOrigin(location.origin, known ?? []));
  useEffect(() => {
    if (known || !isLoopback(location.hostname)) return;
    void fetchLanUrls().then((lan) => setOrigin(joinOrigin(location.origin, lan)));
  }, []);
  return origin;
}

export function Qr(props: { text: string; size?: number }) {
  const [svg, setSvg] = useState("");
  useEffect(() => {
    void QRCode.toString(props.text, { type: "svg", margin: 1, errorCorrectionLevel: "M" }).then(setSvg);
  }, [props.text]);
  return <div class="qr" style={{ width: `${props.size ?? 120}px` }} data-testid="qr" dangerouslySetInnerHTML={{ __html: svg }} />;
}
