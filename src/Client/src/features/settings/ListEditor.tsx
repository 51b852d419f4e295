import type { ReactNode } from 'react';

interface ListEditorProps<T> {
  /** Section title, e.g. "Links". */
  legend: string;
  /** What one entry is called, e.g. "link": the buttons read "Add link" and "Remove link 2". */
  noun: string;
  items: T[];
  max: number;
  blank: () => T;
  onChange: (items: T[]) => void;
  /** The fields of one entry; `set` replaces that entry. */
  renderItem: (item: T, set: (next: T) => void, index: number) => ReactNode;
}

/** A repeatable group of fields (links, credits, education) with Add and Remove buttons, each entry a fieldset. */
export function ListEditor<T>({ legend, noun, items, max, blank, onChange, renderItem }: ListEditorProps<T>) {
  return (
    <fieldset className="list-editor">
      <legend>{legend}</legend>
      {items.length === 0 ? <p className="hint">None yet.</p> : null}
      {items.map((item, i) => (
        <fieldset key={i} className="list-editor-item">
          <legend>
            {noun[0]!.toUpperCase() + noun.slice(1)} {i + 1}
          </legend>
          {renderItem(item, (next) => onChange(items.map((old, j) => (j === i ? next : old))), i)}
          <button type="button" className="link-button danger" onClick={() => onChange(items.filter((_, j) => j !== i))}>
            Remove {noun} {i + 1}
          </button>
        </fieldset>
      ))}
      <button type="button" className="secondary" disabled={items.length >= max} onClick={() => onChange([...items, blank()])}>
        Add {noun}
      </button>
    </fieldset>
  );
}
