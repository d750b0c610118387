/** A QR code of a join link (the qrcode library, rendered as inline SVG: nothing fetched). */
import QRCode from "qrcode";
import { useEffect, useState } from "preact/hooks";

/** The link a seat opens: `/join/<code>`, with the drill id so no lookup is needed. */
export function joinLink(code: string, drillId?: string): string {
  return `${location.origin}/join/${encodeURIComponent(code)}${drillId ? `?drill=${encodeURIComponent(drillId)}` : ""}`;
}

export function Qr(props: { text: string; size?: number }) {
  const [svg, setSvg] = useState("");
  useEffect(() => {
    void QRCode.toString(props.text, { type: "svg", margin: 1, errorCorrectionLevel: "M" }).then(setSvg);
  }, [props.text]);
  return <div class="qr" style={{ width: `${props.size ?? 120}px` }} data-testid="qr" dangerouslySetInnerHTML={{ __html: svg }} />;
}
