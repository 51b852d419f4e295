// Property-based fuzzer of /api/rpc, driven by /api/openapi.json: for every procedure it sends inputs the document
// calls valid and inputs that break exactly one declared rule, anonymously and signed in, and checks that
//   - nothing answers 5xx;
//   - every answer conforms to the document (the envelope of its status, and on success the procedure's
//     x-vrss-response schema), so only declared statuses and error codes appear;
//   - an input the document calls invalid is refused with 400 / 12xx (or 401 first, for an anonymous caller of a
//     procedure that needs a session; or 403 / 1101 first, for the fuzzer's member account calling a procedure whose
//     x-vrss-role is staff);
//   - an input the document calls valid is not refused as invalid (400 / 12xx), unless the input's schema states
//     rules beyond JSON Schema in its description (cross-field rules).
// Usage: node fuzz.mjs <base-url> [--seed N] [--runs N] [--procedure name] [--valid-only]
import fc from 'fast-check';
import { loadDocument, compiler, describeErrors } from './schema.mjs';
import { valid, invalid } from './arbitraries.mjs';

const args = process.argv.slice(2);
const base = args[0];
const option = (name, fallback) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : fallback; };
const seed = Number(option('seed', process.env.VRSS_FUZZ_SEED ?? 17));
const runs = Number(option('runs', 60));
const only = option('procedure', null);
// Through a validating proxy (Prism) only valid requests are sent: the proxy itself refuses the others.
const validOnly = args.includes('--valid-only');
const PASSWORD = 'Correct-Horse-42';

const document = await loadDocument(base);
const schema = compiler(document);
const schemas = document.components.schemas;
const mapping = schemas.RpcRequest.discriminator.mapping;
const procedures = Object.keys(mapping).filter(p => !only || p === only).sort();

async function call(procedure, input, token) {
  const headers = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(new URL('/api/rpc', base), { method: 'POST', headers, body: JSON.stringify({ procedure, input }) });
  const text = await response.text();
  let body;
  try { body = JSON.parse(text); } catch { body = undefined; }
  return { status: response.status, body, text };
}

let counter = 0;
async function signIn() {
  const username = `fz${process.pid}_${counter++}_${Math.floor(Math.random() * 1e6)}`.slice(0, 30);
  const answer = await call('auth.register', { username, email: `${username}@fuzz.example`, password: PASSWORD });
  if (answer.status !== 200 || !answer.body?.data?.sessionToken) throw new Error(`could not register: ${answer.status} ${answer.text}`);
  return answer.body.data.sessionToken;
}

let token = await signIn();
// Real things for the generated calls to name: a post and a comment of the main user, and another user.
const other = await call('auth.register', { username: `fzo${process.pid}`.slice(0, 30), email: `fzo${process.pid}@fuzz.example`, password: PASSWORD });
const post = await call('post.create', { type: 'text_short', content: 'A post to fuzz', visibility: 'public' }, token);
const postId = post.body?.data?.post?.id;
const comment = await call('post.comment', { postId, content: 'A comment to fuzz' }, token);
const known = {
  postId,
  commentId: comment.body?.data?.comment?.id,
  username: other.body?.data?.user?.username,
  userId: other.body?.data?.user?.id,
};
if (Object.values(known).some(v => v === undefined)) throw new Error(`could not create the fixtures: ${JSON.stringify(known)}`);
const failures = [];
const stats = { cases: 0, valid: 0, invalid: 0, statuses: {}, codes: {}, validRefused: {} };

function fail(procedure, kind, input, signedIn, answer, why) {
  failures.push({ procedure, kind, signedIn, why, status: answer.status, input: JSON.stringify(input)?.slice(0, 300), answer: answer.text.slice(0, 300) });
}

function conforms(procedure, answer) {
  if (answer.status >= 500) return `answered ${answer.status}`;
  if (answer.body === undefined) return 'the body is not JSON';
  if (answer.status === 200) {
    const envelope = schema('SuccessEnvelope');
    if (!envelope(answer.body)) return `success envelope: ${describeErrors(envelope)}`;
    const output = schema(`output.${procedure}`);
    if (!output(answer.body.data)) return `data does not match output.${procedure}: ${describeErrors(output)}`;
    return null;
  }
  const name = `ErrorEnvelope.${answer.status}`;
  if (!schemas[name]) return `status ${answer.status} is not in the document`;
  const envelope = schema(name);
  if (!envelope(answer.body)) return `${name}: ${describeErrors(envelope)}`;
  return null;
}

const isValidation = (code) => code >= 1200 && code <= 1203;

for (const procedure of procedures) {
  const member = schemas[`request.${procedure}`];
  const inputSchema = schemas[`input.${procedure}`];
  const needsSession = member['x-vrss-auth'] === 'session';
  // The fuzzer signs in as a member: staff procedures refuse it before they read the input.
  const needsStaff = typeof member['x-vrss-role'] === 'string' && member['x-vrss-role'] !== 'member';
  const hasRules = typeof inputSchema.description === 'string';
  const checkInput = schema(`input.${procedure}`);
  // Deleting the shared post would leave the procedures after it only 404s to answer.
  const names = procedure === 'post.delete' ? {} : known;
  // Signing out ends the session the other cases use: it gets one of its own each time.
  const ownSession = procedure === 'auth.logout';

  const property = fc.asyncProperty(
    validOnly
      ? valid(inputSchema, names).map(input => ({ kind: 'valid', input }))
      : fc.oneof(valid(inputSchema, names).map(input => ({ kind: 'valid', input })), invalid(inputSchema, names).map(c => ({ kind: 'invalid', ...c }))),
    fc.boolean(),
    async (testCase, signedIn) => {
      const { kind, input } = testCase;
      // Keep the classes honest: the document itself decides what is valid.
      const documentSaysValid = input !== null && typeof input === 'object' && !Array.isArray(input) && checkInput(input);
      if ((kind === 'valid') !== documentSaysValid) return;
      const caller = signedIn ? (ownSession ? await signIn() : token) : null;
      const answer = await call(procedure, input, caller);
      stats.cases++;
      stats[kind]++;
      stats.statuses[answer.status] = (stats.statuses[answer.status] ?? 0) + 1;
      const code = answer.body?.error?.code;
      if (code !== undefined) stats.codes[code] = (stats.codes[code] ?? 0) + 1;
      const problem = conforms(procedure, answer);
      if (problem) { fail(procedure, kind, input, signedIn, answer, problem); return; }
      if (signedIn && !ownSession && (code === 1000 || code === 1002)) token = await signIn();
      if (kind === 'invalid') {
        const refusedFirst = (!signedIn && needsSession && answer.status === 401)
          || (signedIn && needsStaff && answer.status === 403 && code === 1101);
        if (!refusedFirst && !(answer.status === 400 && isValidation(code))) {
          fail(procedure, `invalid (${testCase.rule} of ${testCase.field})`, input, signedIn, answer, 'an input the document refuses was not refused as invalid');
        }
      } else if (isValidation(code)) {
        stats.validRefused[procedure] = (stats.validRefused[procedure] ?? 0) + 1;
        if (!hasRules) fail(procedure, kind, input, signedIn, answer, 'an input the document accepts was refused as invalid');
      }
    });
  await fc.assert(property, { seed, numRuns: runs, endOnFailure: true }).catch(() => { /* failures are collected above */ });
}

console.log(JSON.stringify({ seed, runs, procedures: procedures.length, ...stats, failures: failures.length }));
if (failures.length > 0) {
  for (const f of failures.slice(0, 40)) console.error(JSON.stringify(f));
  console.error(`${failures.length} failures; reproduce with --seed ${seed}`);
  process.exit(1);
}
