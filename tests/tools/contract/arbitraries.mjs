// fast-check arbitraries derived from the document's input schemas: valid inputs (every declared type, length,
// pattern, range, enum and required field respected) and invalid ones (exactly one declared rule broken).
import fc from 'fast-check';

// Characters a validator must take in any text field: letters, digits, accents and an emoji outside the BMP
// (a surrogate pair that JSON Schema and the validator both count as one character). No spaces at the ends, so
// trimming never changes a length.
const SAFE = ['a', 'Z', 'q', '7', '0', '_', '-', '.', 'é', 'ß', 'ж', '中', '😀'];
const safeChar = fc.constantFrom(...SAFE);

function types(schema) {
  if (schema.enum) return ['enum'];
  const t = schema.type;
  return (Array.isArray(t) ? t : t ? [t] : []).filter(x => x !== 'null');
}

const nullable = (schema) => (Array.isArray(schema.type) && schema.type.includes('null')) || (schema.enum ?? []).includes(null);

function text(schema) {
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? 200;
  if (schema.format === 'email') {
    return fc.tuple(fc.stringMatching(/^[a-z0-9]{1,20}$/), fc.stringMatching(/^[a-z]{2,10}$/))
      .map(([local, domain]) => `${local}@${domain}.example`);
  }
  if (schema.format === 'uri') {
    return fc.stringMatching(/^[a-z0-9]{1,30}$/).map(path => `https://example.com/${path}`);
  }
  if (schema.format === 'date-time') {
    return fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
      .map(d => d.toISOString());
  }
  if (schema.pattern) {
    return fc.stringMatching(new RegExp(schema.pattern))
      .filter(s => [...s].length >= min && [...s].length <= max);
  }
  const short = fc.array(safeChar, { minLength: min, maxLength: Math.max(min, Math.min(max, 40)) }).map(a => a.join(''));
  // The boundary: exactly the most characters, many of them surrogate pairs.
  const longest = fc.constantFrom('a', '😀', 'é').map(c => c.repeat(max));
  return fc.oneof({ weight: 4, arbitrary: short }, { weight: 1, arbitrary: longest });
}

// known: values that name real things (a post id, a username), mixed into the fields of that name so that the
// generated calls also reach the answers of things that exist, not only 404.
export function valid(schema, known = {}) {
  const [type] = types(schema);
  let arbitrary;
  switch (type) {
    case 'enum': arbitrary = fc.constantFrom(...schema.enum.filter(v => v !== null)); break;
    case 'string': arbitrary = text(schema); break;
    case 'integer': arbitrary = fc.integer({ min: schema.minimum ?? 0, max: schema.maximum ?? 1_000_000 }); break;
    case 'number': arbitrary = fc.double({ min: schema.minimum ?? 0, max: schema.maximum ?? 1_000_000, noNaN: true }); break;
    case 'boolean': arbitrary = fc.boolean(); break;
    case 'array': arbitrary = fc.array(valid(schema.items ?? {}, known), { maxLength: Math.min(schema.maxItems ?? 5, 5) }); break;
    case 'object': arbitrary = object(schema, known); break;
    default: arbitrary = fc.constant({});
  }
  return arbitrary;
}

function object(schema, known) {
  const properties = schema.properties ?? {};
  // A cursor is opaque: only one the server gave is valid, so valid inputs start lists from the top.
  const keys = Object.keys(properties).filter(k => k !== 'cursor');
  const required = schema.required ?? [];
  const field = (k) => known[k] === undefined ? valid(properties[k], known) : fc.oneof(valid(properties[k], known), fc.constant(known[k]));
  const record = fc.record(Object.fromEntries(keys.map(k => [k, field(k)])), { requiredKeys: required.filter(k => keys.includes(k)) });
  const anyOf = (schema.anyOf ?? []).map(a => a.required?.[0]).filter(Boolean);
  if (anyOf.length === 0) return record;
  return fc.tuple(record, fc.constantFrom(...anyOf))
    .chain(([value, key]) => anyOf.some(k => value[k] !== undefined && value[k] !== null)
      ? fc.constant(value)
      : field(key).map(v => ({ ...value, [key]: v })));
}

// Ways to break one declared rule of one field; each returns the broken value, or undefined to drop the field.
function breakers(name, schema, required) {
  const out = [];
  const [type] = types(schema);
  if (required) {
    out.push({ rule: 'required (absent)', drop: true });
    out.push({ rule: 'required (null)', value: null });
  }
  const wrongType = { string: 42, integer: 'seven', number: 'seven', boolean: 'yes', array: 'not a list', object: 5, enum: 12 }[type];
  if (wrongType !== undefined) out.push({ rule: 'type', value: wrongType });
  if (type === 'integer') out.push({ rule: 'type (fraction)', value: 1.5 });
  if (type === 'string' || type === 'enum') {
    if (schema.maxLength !== undefined) out.push({ rule: `maxLength ${schema.maxLength}`, value: 'a'.repeat(schema.maxLength + 1) });
    if (schema.maxLength !== undefined) out.push({ rule: `maxLength ${schema.maxLength} (pairs)`, value: '😀'.repeat(schema.maxLength + 1) });
    if (schema.minLength > 0) out.push({ rule: `minLength ${schema.minLength}`, value: 'a'.repeat(schema.minLength - 1) });
    if (schema.pattern) {
      for (const candidate of ['a b', 'ab!', 'ü', 'abcdef ']) {
        if (!new RegExp(schema.pattern).test(candidate)) { out.push({ rule: `pattern ${schema.pattern}`, value: candidate }); break; }
      }
    }
    if (schema.enum) out.push({ rule: 'enum', value: 'no_such_value' });
  }
  if (type === 'integer' || type === 'number') {
    if (schema.minimum !== undefined) out.push({ rule: `minimum ${schema.minimum}`, value: schema.minimum - 1 });
    if (schema.maximum !== undefined) out.push({ rule: `maximum ${schema.maximum}`, value: schema.maximum + 1 });
  }
  if (type === 'array' && schema.maxItems !== undefined) {
    out.push({ rule: `maxItems ${schema.maxItems}`, items: schema.maxItems + 1 });
  }
  return out.map(b => ({ ...b, field: name }));
}

// An invalid input: a valid one with one rule of one field broken (the caller checks with ajv that it is invalid).
export function invalid(schema, known = {}) {
  const properties = schema.properties ?? {};
  const required = schema.required ?? [];
  const all = Object.entries(properties).flatMap(([k, s]) => breakers(k, s, required.includes(k)));
  const wholeInput = [{ rule: 'input is a list', whole: [] }, { rule: 'input is text', whole: 'x' }];
  return fc.tuple(valid(schema, known), fc.constantFrom(...all, ...wholeInput)).chain(([value, breaker]) => {
    if (breaker.whole !== undefined) return fc.constant({ input: breaker.whole, rule: breaker.rule, field: 'input' });
    const copy = { ...value };
    if (breaker.drop) delete copy[breaker.field];
    else if (breaker.items !== undefined) {
      return fc.array(valid(properties[breaker.field].items ?? {}), { minLength: breaker.items, maxLength: breaker.items })
        .map(items => ({ input: { ...copy, [breaker.field]: items }, rule: breaker.rule, field: breaker.field }));
    } else copy[breaker.field] = breaker.value;
    return fc.constant({ input: copy, rule: breaker.rule, field: breaker.field });
  });
}
