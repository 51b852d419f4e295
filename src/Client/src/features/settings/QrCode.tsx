import { useEffect, useState } from 'react';
import QRCode from 'qrcode';

/**
 * A QR code of `text` as an SVG image. The SVG is made locally (the secret never leaves the page) and shown
 * through a data: URL in an `<img>`, so no markup is injected into the document.
 */
export function QrCode({ text, label, size = 200 }: { text: string; label: string; size?: number }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 })
      .then((svg) => {
        if (live) setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
      })
      .catch(() => {
        if (live) setSrc(null);
      });
    return () => {
      live = false;
    };
  }, [text]);
  if (!src) return null;
  return <img className="qr-code" src={src} alt={label} width={size} height={size} />;
}
