import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { rpc, type Input, type Output, type Procedure, type RpcArgs } from './rpc';
import type { Page } from './types';

/**
 * Query keys are `[procedure, input]` for single reads and `[procedure, input, 'pages']` for infinite lists,
 * so `invalidateQueries({ queryKey: [procedure] })` refreshes every read of a procedure.
 */
export function rpcQuery<P extends Procedure>(procedure: P, ...[input]: RpcArgs<P>) {
  return queryOptions({
    queryKey: [procedure, input ?? {}] as const,
    queryFn: ({ signal }) => (rpc as (p: P, i: unknown, o: { signal: AbortSignal }) => Promise<Output<P>>)(procedure, input ?? {}, { signal }),
  });
}

// Lists by user (post.getByUser, social.getFollowers/getFollowing) have a union input (username or userId), which
// no single object type extends: a cursor page as output is what makes a list.
type PagedProcedure = {
  [P in Procedure]: Output<P> extends Page<unknown> ? P : never;
}[Procedure];

/** Cursor pages of a list procedure, for `useInfiniteQuery`. */
export function rpcInfinite<P extends PagedProcedure>(procedure: P, input: Omit<Input<P>, 'cursor'>) {
  return infiniteQueryOptions({
    queryKey: [procedure, input, 'pages'] as const,
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      (rpc as (p: P, i: unknown, o: { signal: AbortSignal }) => Promise<Output<P>>)(procedure, { ...input, cursor: pageParam }, { signal }),
    getNextPageParam: (last: Output<P>) => (last as Page<unknown>).nextCursor ?? undefined,
  });
}
