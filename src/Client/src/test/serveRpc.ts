import { afterAll, beforeAll, beforeEach } from 'vitest';
import { setRpcEndpoint } from '../api/rpc';
import { HttpStub, type RpcHandler } from './httpStub';

/**
 * The stub a page's tests share: started once for the file, and before each test emptied of recorded calls, answering
 * with `handler` again and named as the rpc layer's endpoint (a test may have pointed either elsewhere).
 */
export function serveRpc(handler: RpcHandler): HttpStub {
  const stub = new HttpStub();
  beforeAll(async () => {
    await stub.start();
  });
  afterAll(() => stub.stop());
  beforeEach(() => {
    stub.calls.length = 0;
    stub.rpc = handler;
    setRpcEndpoint(`${stub.url}/api/rpc`);
  });
  return stub;
}
