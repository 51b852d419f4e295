import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { HttpStub } from '../test/httpStub';
import { isNetworkError, isRpcError, NetworkError, rpc, RpcError, setRpcEndpoint } from './rpc';

const stub = new HttpStub();
beforeAll(async () => {
  await stub.start();
});
afterAll(() => stub.stop());
beforeEach(() => {
  stub.calls.length = 0;
  setRpcEndpoint(`${stub.url}/api/rpc`);
});

describe('rpc', () => {
  it('sends the envelope with a fresh correlation id and answers data', async () => {
    stub.rpc = (call) => ({ data: { post: { id: 'p1', content: call.input.content } } });
    const data = await rpc('post.create', { type: 'text_short', content: 'Hello', visibility: 'public' });
    await rpc('post.create', { type: 'text_short', content: 'Again' });
    expect(data.post.id).toBe('p1');
    expect(data.post.content).toBe('Hello');
    const [first, second] = stub.calls;
    expect(first!.procedure).toBe('post.create');
    expect(first!.input).toEqual({ type: 'text_short', content: 'Hello', visibility: 'public' });
    expect(first!.context.correlationId).toMatch(/^[A-Za-z0-9_.:/-]{1,128}$/);
    expect(second!.context.correlationId).not.toBe(first!.context.correlationId);
    expect(first!.context.idempotencyKey).toBeUndefined();
  });

  it('sends the idempotency key of a write when given', async () => {
    stub.rpc = () => ({ data: { reactionCounts: { like: 1 }, myReaction: 'like' } });
    await rpc('post.react', { postId: 'p1', reaction: 'like' }, { idempotencyKey: 'key-123' });
    expect(stub.calls[0]!.context.idempotencyKey).toBe('key-123');
  });

  it('sends an empty input object for procedures without input', async () => {
    stub.rpc = () => ({ data: {} });
    await rpc('auth.logout');
    expect(stub.calls[0]!.input).toEqual({});
  });

  it('throws RpcError with the code, status, field and request id of the error envelope', async () => {
    stub.rpc = () => ({ status: 400, error: { code: 1201, message: 'content must be at most 500 characters', details: { field: 'content' } } });
    const error = await rpc('post.create', { type: 'text_short', content: 'x'.repeat(501) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RpcError);
    expect(isRpcError(error, 1201)).toBe(true);
    expect(isRpcError(error, 1000)).toBe(false);
    const e = error as RpcError;
    expect(e.status).toBe(400);
    expect(e.message).toBe('content must be at most 500 characters');
    expect(e.field).toBe('content');
    expect(e.requestId).toBe('req-1');
    expect(e.procedure).toBe('post.create');
  });

  it('throws NetworkError when the connection drops before an answer', async () => {
    stub.rpc = () => 'drop';
    const error = await rpc('feed.getHome', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(isNetworkError(error)).toBe(true);
  });

  it('throws NetworkError when the answer is not the JSON envelope (a proxy page)', async () => {
    stub.raw = (req, res) => {
      if (req.url !== '/api/rpc') return false;
      res.writeHead(502, { 'Content-Type': 'text/html' }).end('<html>Bad gateway</html>');
      return true;
    };
    try {
      await expect(rpc('feed.getHome', {})).rejects.toBeInstanceOf(NetworkError);
    } finally {
      stub.raw = () => false;
    }
  });

  it('throws NetworkError when nothing listens', async () => {
    const gone = new HttpStub();
    await gone.start();
    const url = gone.url;
    await gone.stop();
    setRpcEndpoint(`${url}/api/rpc`);
    await expect(rpc('feed.getHome', {})).rejects.toBeInstanceOf(NetworkError);
  });
});
