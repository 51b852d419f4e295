import { useState } from 'react';

/** The ten recovery codes, shown once: copy or download them, then confirm they are saved. */
export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  const text = codes.join('\n');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  const download = `data:text/plain;charset=utf-8,${encodeURIComponent(`VRSS recovery codes\n\n${text}\n`)}`;
  return (
    <section aria-labelledby="recovery-title" className="recovery-codes" role="region">
      <h3 id="recovery-title">Your recovery codes</h3>
      <p>
        Each code signs you in once if you lose your authenticator. <strong>They are shown only this once:</strong> keep them somewhere safe.
      </p>
      <ol aria-label="Recovery codes" className="code-list">
        {codes.map((c) => (
          <li key={c}>
            <code>{c}</code>
          </li>
        ))}
      </ol>
      <div className="row">
        {typeof navigator !== 'undefined' && navigator.clipboard ? (
          <button type="button" className="secondary" onClick={() => void copy()}>
            {copied ? 'Copied' : 'Copy codes'}
          </button>
        ) : null}
        <a className="button secondary" href={download} download="vrss-recovery-codes.txt">
          Download codes
        </a>
        <button type="button" onClick={onDone}>
          I have saved my codes
        </button>
      </div>
    </section>
  );
}
