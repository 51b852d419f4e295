import type { components } from './schema';

type Schemas = components['schemas'];

/** Every procedure name the server's OpenAPI document lists. */
export type Procedure = Schemas['RpcRequest']['procedure'];

type RequestOf<P extends Procedure> = Extract<Schemas['RpcRequest'], { procedure: P }>;

/** The `input` object of a procedure, as the OpenAPI document describes it. */
export type Input<P extends Procedure> = Schemas[`input.${P}`];

/** The `data` a procedure answers (its `x-vrss-response`). */
export type Output<P extends Procedure> = Schemas[`output.${P}`];

/** Procedures whose `input` may be left out entirely. */
type InputOptional<P extends Procedure> = undefined extends RequestOf<P>['input'] ? true : false;

export interface RpcOptions {
  /** Set for writes that may be retried: the server answers a repeat with the first answer. */
  idempotencyKey?: string;
  signal?: AbortSignal;
}

export type RpcArgs<P extends Procedure> = InputOptional<P> extends true
  ? [input?: Input<P>, options?: RpcOptions]
  : [input: Input<P>, options?: RpcOptions];

export type ErrorCode = Schemas['ErrorCode'];

/** The server refused the call: `code` is one of the closed list in docs/API.md. */
export class RpcError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: Record<string, string>;
  readonly requestId: string | undefined;
  readonly procedure: Procedure;

  constructor(procedure: Procedure, status: number, code: ErrorCode, message: string, details?: Record<string, string>, requestId?: string) {
    super(message);
    this.name = 'RpcError';
    this.procedure = procedure;
    this.status = status;
    this.code = code;
    this.details = details ?? {};
    this.requestId = requestId;
  }

  /** The input field the server named as the one at fault, if any. */
  get field(): string | undefined {
    return this.details.field;
  }
}

/** The request never got an answer from the API (offline, DNS, connection reset, a proxy's HTML page). */
export class NetworkError extends Error {
  readonly procedure: Procedure;
  constructor(procedure: Procedure, cause: unknown) {
    super(`network error calling ${procedure}`, { cause });
    this.name = 'NetworkError';
    this.procedure = procedure;
  }
}

export const isRpcError = (e: unknown, code?: ErrorCode): e is RpcError =>
  e instanceof RpcError && (code === undefined || e.code === code);

export const isNetworkError = (e: unknown): e is NetworkError => e instanceof NetworkError;

/** A fresh random id (correlation ids, idempotency keys, outbox ids). */
export function newId(): string {
  // randomUUID exists only in secure contexts; plain-HTTP LAN addresses fall back to getRandomValues.
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export const CLIENT_VERSION = `web/${import.meta.env.VITE_APP_VERSION ?? '0.1.0'}`;

let endpoint = '/api/rpc';

/** Tests point the client at a local server; the app always uses the same origin. */
export function setRpcEndpoint(url: string): void {
  endpoint = url;
}

/** Another path of the API (`/api/stream`) on the same server as `rpc`. */
export function apiUrl(path: string): string {
  return /^https?:/.test(endpoint) ? new URL(path, endpoint).href : path;
}

interface Envelope {
  success: boolean;
  data?: unknown;
  error?: { code: ErrorCode; message: string; details?: Record<string, string> };
  metadata?: { requestId?: string };
}

/**
 * Calls one procedure over `POST /api/rpc` with the session cookie. Resolves with `data`, rejects with
 * `RpcError` (the server's error envelope) or `NetworkError` (no answer from the API).
 */
export async function rpc<P extends Procedure>(procedure: P, ...[input, options]: RpcArgs<P>): Promise<Output<P>> {
  const context: Schemas['RpcContext'] = { correlationId: newId(), clientVersion: CLIENT_VERSION };
  if (options?.idempotencyKey) context.idempotencyKey = options.idempotencyKey;
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ procedure, input: input ?? {}, context }),
      signal: options?.signal,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new NetworkError(procedure, e);
  }
  let body: Envelope;
  try {
    body = (await response.json()) as Envelope;
  } catch (e) {
    // Not our JSON envelope (a proxy's error page, a captive portal): treat as not reaching the API.
    throw new NetworkError(procedure, e);
  }
  if (body.success) return body.data as Output<P>;
  const error = body.error ?? { code: 9999 as ErrorCode, message: `HTTP ${response.status}` };
  throw new RpcError(procedure, response.status, error.code, error.message, error.details, body.metadata?.requestId ?? response.headers.get('X-Request-Id') ?? undefined);
}
