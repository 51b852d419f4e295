// Shared by the contract tools: loads /api/openapi.json and compiles its schemas with ajv (JSON Schema 2020-12,
// the dialect of OpenAPI 3.1).
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export async function loadDocument(base) {
  const response = await fetch(new URL('/api/openapi.json', base));
  if (response.status !== 200) throw new Error(`GET /api/openapi.json answered ${response.status}`);
  return response.json();
}

export function compiler(document) {
  // strict: false because the document carries OpenAPI's own keywords (discriminator) and x-vrss-* extensions.
  const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: true });
  addFormats(ajv);
  ajv.addSchema({ $id: 'vrss:doc', components: document.components });
  const cache = new Map();
  return (name) => {
    if (!cache.has(name)) {
      const validate = ajv.compile({ $ref: `vrss:doc#/components/schemas/${name}` });
      cache.set(name, validate);
    }
    return cache.get(name);
  };
}

export function describeErrors(validate) {
  return (validate.errors ?? []).map(e => `${e.instancePath || '/'} ${e.message}`).join('; ');
}
