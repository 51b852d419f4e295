import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  procedure: string;
  input: Record<string, unknown>;
  context: Record<string, string>;
}

export type RpcHandler = (call: RecordedCall) => { status?: number; data?: unknown; error?: { code: number; message: string; details?: Record<string, string> } } | 'drop';
export type RawHandler = (req: IncomingMessage, res: ServerResponse, body: Buffer) => boolean | void;

/**
 * A real HTTP server on loopback that speaks the RPC envelope, for the client's network code. `rpc` answers
 * each call (or `'drop'`s the connection after reading it, like a lost answer); `raw` handles other paths.
 */
export class HttpStub {
  readonly calls: RecordedCall[] = [];
  private server: Server;
  url = '';
  rpc: RpcHandler = () => ({ data: {} });
  raw: RawHandler = () => false;

  constructor() {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => this.handle(req, res, Buffer.concat(chunks)));
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  callsOf(procedure: string): RecordedCall[] {
    return this.calls.filter((c) => c.procedure === procedure);
  }

  private handle(req: IncomingMessage, res: ServerResponse, body: Buffer): void {
    // jsdom's XHR is cross-origin to this server and checks CORS like a browser.
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Allow-Headers', '*');
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT');
    if (req.method === 'OPTIONS') {
      res.writeHead(204).end();
      return;
    }
    if (this.raw(req, res, body) === true) return;
    if (req.method === 'POST' && req.url === '/api/rpc') {
      const envelope = JSON.parse(body.toString('utf8')) as RecordedCall;
      const call = { procedure: envelope.procedure, input: envelope.input ?? {}, context: envelope.context ?? {} };
      this.calls.push(call);
      const answer = this.rpc(call);
      if (answer === 'drop') {
        req.socket.destroy();
        return;
      }
      const metadata = { timestamp: Date.now(), requestId: `req-${this.calls.length}` };
      const payload = answer.error ? { success: false, error: answer.error, metadata } : { success: true, data: answer.data ?? {}, metadata };
      res.writeHead(answer.status ?? (answer.error ? 400 : 200), { 'Content-Type': 'application/json', 'X-Request-Id': metadata.requestId });
      res.end(JSON.stringify(payload));
      return;
    }
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
  }
}
