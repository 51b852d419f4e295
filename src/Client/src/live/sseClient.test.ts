import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ServerResponse } from 'node:http';
import { HttpStub } from '../test/httpStub';
import { openStream, type StreamEvent } from './sseClient';
import { setOnline } from '../test/network';

const stub = new HttpStub();
let connections: { lastEventId: string | undefined; res: ServerResponse }[] = [];
let onConnect: (index: number, res: ServerResponse) => void = () => undefined;

beforeAll(async () => {
  await stub.start();
  stub.raw = (req, res) => {
    if (req.url !== '/api/stream') return false;
    const header = req.headers['last-event-id'];
    connections.push({ lastEventId: Array.isArray(header) ? header[0] : header, res });
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store' });
    res.flushHeaders();
    onConnect(connections.length - 1, res);
    return true;
  };
});
afterAll(() => stub.stop());
beforeEach(() => {
  connections = [];
});

/** Collects events until `stop` says so. */
function collect(stop: (events: StreamEvent[]) => boolean) {
  const events: StreamEvent[] = [];
  let resolve!: () => void;
  const done = new Promise<void>((r) => (resolve = r));
  return {
    events,
    done,
    onEvent: (e: StreamEvent) => {
      events.push(e);
      if (stop(events)) resolve();
    },
  };
}

describe('openStream', () => {
  it('parses events, skips heartbeats, and resumes with Last-Event-ID after the connection drops', async () => {
    onConnect = (i, res) => {
      if (i === 0) {
        res.write(': heartbeat\n\n');
        res.write('id: 7\nevent: notification\ndata: {"id":"n1",\ndata: "read":false}\n\n');
        // An event split across writes, with CRLF line ends.
        res.write('id: 8\r\nevent: feed.upd');
        res.end('ate\r\ndata: {"post":{"id":"p1"}}\r\n\r\n');
      } else {
        res.write('id: 9\nevent: post.delete\ndata: {"postId":"p1"}\n\n');
      }
    };
    const sink = collect((events) => events.length === 3);
    const stream = openStream({ url: `${stub.url}/api/stream`, onEvent: sink.onEvent, backoff: () => 5 });
    await sink.done;
    stream.close();
    expect(sink.events).toEqual([
      { id: '7', event: 'notification', data: '{"id":"n1",\n"read":false}' },
      { id: '8', event: 'feed.update', data: '{"post":{"id":"p1"}}' },
      { id: '9', event: 'post.delete', data: '{"postId":"p1"}' },
    ]);
    expect(connections.map((c) => c.lastEventId)).toEqual([undefined, '8']);
    expect(stream.lastEventId).toBe('9');
  });

  it('sends the stored Last-Event-ID on the first connection and passes reset on', async () => {
    onConnect = (_, res) => res.write('id: 20\nevent: reset\ndata: {"reason":"gap"}\n\n');
    const ids: string[] = [];
    const sink = collect((events) => events.length === 1);
    const stream = openStream({ url: `${stub.url}/api/stream`, lastEventId: '12', onEvent: sink.onEvent, onLastEventId: (id) => ids.push(id) });
    await sink.done;
    stream.close();
    expect(connections[0]!.lastEventId).toBe('12');
    expect(sink.events[0]).toEqual({ id: '20', event: 'reset', data: '{"reason":"gap"}' });
    expect(ids).toEqual(['20']);
  });

  it('stops for good on stream.closed, keeping the last id (the event has none)', async () => {
    onConnect = (_, res) => {
      res.write('id: 3\nevent: notification\ndata: {}\n\n');
      res.end('event: stream.closed\ndata: {"reason":"session_revoked"}\n\n');
    };
    let ended!: (reason: string) => void;
    const end = new Promise<string>((r) => (ended = r));
    const sink = collect(() => false);
    const stream = openStream({ url: `${stub.url}/api/stream`, onEvent: sink.onEvent, onEnd: ended, backoff: () => 1 });
    expect(await end).toBe('session_revoked');
    // A reconnect would have happened within the 1 ms backoff; a round trip to the server lets it show.
    await fetch(`${stub.url}/health`).catch(() => undefined);
    expect(connections).toHaveLength(1);
    expect(sink.events.map((e) => e.event)).toEqual(['notification', 'stream.closed']);
    expect(stream.lastEventId).toBe('3');
  });

  it('ends with "unauthorized" on 401 instead of retrying', async () => {
    const previous = stub.raw;
    stub.raw = (req, res) => {
      if (req.url !== '/api/stream') return false;
      connections.push({ lastEventId: undefined, res });
      res.writeHead(401, { 'Content-Type': 'application/json' }).end('{}');
      return true;
    };
    try {
      const reason = await new Promise<string>((resolve) => openStream({ url: `${stub.url}/api/stream`, onEvent: () => undefined, onEnd: resolve, backoff: () => 1 }));
      expect(reason).toBe('unauthorized');
      await fetch(`${stub.url}/health`).catch(() => undefined);
      expect(connections).toHaveLength(1);
    } finally {
      stub.raw = previous;
    }
  });
});

describe('openStream offline', () => {
  it('waits for the online event instead of connecting while offline', async () => {
    setOnline(false);
    try {
      onConnect = (_, res) => res.write('id: 1\nevent: notification\ndata: {}\n\n');
      const sink = collect((events) => events.length === 1);
      const stream = openStream({ url: `${stub.url}/api/stream`, onEvent: sink.onEvent, backoff: () => 1 });
      await fetch(`${stub.url}/health`).catch(() => undefined);
      expect(connections).toHaveLength(0);
      setOnline(true);
      await sink.done;
      stream.close();
      expect(connections).toHaveLength(1);
    } finally {
      setOnline(true);
    }
  });
});
