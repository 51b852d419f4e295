// Checks GET /api/stream against the document's x-vrss-events: two users, one following the other; a follow, a post,
// a deletion and a sign-out make the server send notification, feed.update, post.delete and stream.closed. Every
// event must be declared and its data must match the declared schema; each expected event must arrive.
// Usage: node stream.mjs <base-url>
import { loadDocument, compiler, describeErrors } from './schema.mjs';

const base = process.argv[2];
const document = await loadDocument(base);
const schema = compiler(document);
const declared = document.paths['/api/stream'].get['x-vrss-events'];
const PASSWORD = 'Correct-Horse-42';

async function call(procedure, input, token) {
  const response = await fetch(new URL('/api/rpc', base), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token ?? ''}` },
    body: JSON.stringify({ procedure, input }),
  });
  const body = await response.json();
  if (!body.success) throw new Error(`${procedure} answered ${response.status}: ${JSON.stringify(body)}`);
  return body.data;
}

async function register(prefix) {
  const username = `${prefix}${process.pid}`.slice(0, 30);
  const data = await call('auth.register', { username, email: `${username}@stream.example`, password: PASSWORD });
  return { username, id: data.user.id, token: data.sessionToken };
}

const problems = [];
const seen = new Map();
const waiters = [];

function received(who, event) {
  const key = `${who}:${event.event}`;
  const entry = declared[event.event];
  if (!entry) {
    problems.push(`${who} got an undeclared event ${event.event}`);
  } else {
    const name = entry.data.$ref.split('/').pop();
    const validate = schema(name);
    let data;
    try { data = JSON.parse(event.data); } catch { problems.push(`${key}: data is not JSON: ${event.data}`); return; }
    if (!validate(data)) problems.push(`${key}: data does not match ${name}: ${describeErrors(validate)}: ${event.data}`);
  }
  seen.set(key, (seen.get(key) ?? 0) + 1);
  for (const waiter of waiters.splice(0)) waiter();
}

function until(key) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${key} event within 20 s; seen: ${[...seen.keys()].join(', ')}`)), 20_000);
    const check = () => { if (seen.has(key)) { clearTimeout(timer); resolve(); } else waiters.push(check); };
    check();
  });
}

async function open(who, token) {
  const response = await fetch(new URL('/api/stream', base), { headers: { authorization: `Bearer ${token}` } });
  if (response.status !== 200) throw new Error(`${who}: /api/stream answered ${response.status}`);
  if (!response.headers.get('content-type')?.startsWith('text/event-stream')) throw new Error(`${who}: not an event stream`);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ done: true }));
      if (done) return;
      buffer += value;
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = {};
        for (const line of block.split('\n')) {
          if (line.startsWith(':')) continue;
          const colon = line.indexOf(':');
          event[line.slice(0, colon)] = line.slice(colon + 1).replace(/^ /, '');
        }
        if (event.event) received(who, event);
      }
    }
  })();
  // The server sends the headers only after it subscribed to the user's events: from here on nothing is missed.
  return reader;
}

const alice = await register('sa');
const bob = await register('sb');
await open('alice', alice.token);
await open('bob', bob.token);

await call('social.follow', { userId: alice.id }, bob.token);
await until('alice:notification');
const post = await call('post.create', { type: 'text_short', content: 'Hello, stream', visibility: 'public' }, alice.token);
await until('bob:feed.update');
await call('post.delete', { postId: post.post.id }, alice.token);
await until('bob:post.delete');
await call('auth.logout', {}, alice.token);
await until('alice:stream.closed');

console.log(JSON.stringify({ events: Object.fromEntries(seen), problems: problems.length }));
if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  process.exit(1);
}
process.exit(0);
