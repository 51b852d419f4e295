import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpStub, type RecordedCall } from '../test/httpStub';
import { renderWithApp } from '../test/render';
import { alice, makePost } from '../test/fixtures';
import { setOnline } from '../test/network';
import { setRpcEndpoint } from '../api/rpc';
import type { Comment, Post, UserCard } from '../api/types';
import { OutboxRunner } from '../outbox/OutboxRunner';
import { deleteOutboxItem, readOutbox } from '../outbox/store';
import PostPage from './PostPage';

const stub = new HttpStub();
const bob: UserCard = { id: 'u-bob', username: 'bob', displayName: 'Bob', avatarUrl: null, isFollowing: true };
const aliceCard: UserCard = { id: alice.id, username: 'alice', displayName: 'Alice', avatarUrl: null, isFollowing: null };
let post: Post;
let comments: Comment[];

const comment = (id: string, author: UserCard, content: string): Comment => ({ id, postId: post.id, author, content, createdAt: '2026-11-30T10:00:00.000Z', editedAt: null });

function api(call: RecordedCall) {
  switch (call.procedure) {
    case 'post.getById':
      return { data: { post } };
    case 'post.getComments':
      if (call.input.cursor === 'c2') return { data: { items: comments.slice(1), nextCursor: null } };
      return { data: { items: comments.slice(0, 1), nextCursor: comments.length > 1 ? 'c2' : null } };
    case 'post.comment': {
      const c = comment(`c-${comments.length + 1}`, aliceCard, String(call.input.content));
      comments.push(c);
      post = { ...post, commentCount: post.commentCount + 1 };
      return { data: { comment: c } };
    }
    case 'post.react':
      post = { ...post, reactionCounts: { ...post.reactionCounts, [String(call.input.reaction)]: (post.reactionCounts[String(call.input.reaction)] ?? 0) + 1 } };
      return { data: { reactionCounts: post.reactionCounts, myReaction: call.input.reaction } };
    case 'post.unreact':
      post = { ...post, reactionCounts: { ...post.reactionCounts, like: (post.reactionCounts.like ?? 1) - 1 } };
      return { data: { reactionCounts: post.reactionCounts } };
    case 'post.update':
      post = { ...post, content: String(call.input.content), visibility: call.input.visibility as Post['visibility'], updatedAt: '2026-11-30T11:00:00.000Z' };
      return { data: { post } };
    case 'post.updateComment': {
      if (call.input.content === 'refused') return { status: 400, error: { code: 1201, message: 'content too long', details: { field: 'content' } } };
      const edited = { ...comments.find((c) => c.id === call.input.commentId)!, content: String(call.input.content), editedAt: '2026-11-30T12:00:00.000Z' };
      comments = comments.map((c) => (c.id === edited.id ? edited : c));
      return { data: { comment: edited } };
    }
    case 'moderation.report':
      return { data: { reportId: 'rep-1' } };
    case 'post.deleteComment':
      comments = comments.filter((c) => c.id !== call.input.commentId);
      return { data: {} };
    case 'post.delete':
      return { data: {} };
    default:
      return { data: {} };
  }
}

function Page() {
  return (
    <>
      <OutboxRunner userId={alice.id} />
      <PostPage />
    </>
  );
}

const open = (user: typeof alice | null = alice) => renderWithApp(<Page />, { user, path: `/p/${post.id}`, routePath: '/p/:postId' });

beforeAll(async () => {
  await stub.start();
});
afterAll(() => stub.stop());
beforeEach(async () => {
  stub.calls.length = 0;
  stub.rpc = api;
  setRpcEndpoint(`${stub.url}/api/rpc`);
  setOnline(true);
  for (const item of await readOutbox()) await deleteOutboxItem(item.id);
  post = makePost({ content: 'the post text', author: bob, reactionCounts: { like: 2 }, commentCount: 2 });
  comments = [];
  comments.push(comment('c-1', bob, 'first comment'), comment('c-2', aliceCard, 'second <b>comment</b>'));
});
afterEach(() => setOnline(true));

describe('post page', () => {
  it('shows the post and its comments page by page, user text as text', async () => {
    open();
    const article = await screen.findByRole('article', { name: 'Post by bob' });
    expect(within(article).getByText('the post text')).toBeTruthy();
    await screen.findByText('first comment');
    expect(screen.queryByText('second <b>comment</b>')).toBeNull();
    await userEvent.setup().click(screen.getByRole('button', { name: 'More comments' }));
    const second = await screen.findByText('second <b>comment</b>');
    expect(second.querySelector('b')).toBeNull();
    expect(stub.callsOf('post.getComments').map((c) => c.input.cursor ?? null)).toEqual([null, 'c2']);
  });

  it('sends a comment with an idempotency key and lists it', async () => {
    open();
    await screen.findByText('first comment');
    const user = userEvent.setup();
    const send = screen.getByRole('button', { name: 'Comment' });
    expect(send).toHaveProperty('disabled', true);
    await user.type(screen.getByRole('textbox', { name: 'Add a comment' }), 'nice one');
    await user.click(send);
    await waitFor(() => expect(stub.callsOf('post.comment')).toHaveLength(1));
    const [call] = stub.callsOf('post.comment');
    expect(call!.input).toEqual({ postId: post.id, content: 'nice one' });
    expect(call!.context.idempotencyKey).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Add a comment' })).toHaveProperty('value', ''));
    // The list reloads (its last page now holds the new comment once "More comments" is followed).
    await user.click(await screen.findByRole('button', { name: 'More comments' }));
    await screen.findByText('nice one');
    expect(screen.queryByText('Pending')).toBeNull();
  });

  it('keeps a comment written offline as Pending and sends it once when back online', async () => {
    open();
    await screen.findByText('first comment');
    setOnline(false);
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Add a comment' }), 'from the tunnel');
    await user.click(screen.getByRole('button', { name: 'Comment' }));
    const pending = await screen.findByRole('article', { name: 'Comment by alice' });
    expect(within(pending).getByText('from the tunnel')).toBeTruthy();
    expect(within(pending).getByText('Pending')).toBeTruthy();
    expect(stub.callsOf('post.comment')).toHaveLength(0);
    const [queued] = await readOutbox();

    setOnline(true);
    await waitFor(() => expect(screen.queryByText('Pending')).toBeNull());
    expect(stub.callsOf('post.comment')).toHaveLength(1);
    expect(stub.callsOf('post.comment')[0]!.context.idempotencyKey).toBe(queued!.id);
  });

  it('adds and removes a reaction, showing the counts the server answers', async () => {
    open();
    const group = await screen.findByRole('group', { name: 'Reactions' });
    const user = userEvent.setup();
    const like = within(group).getByRole('button', { name: /^Like/ });
    expect(like.textContent).toContain('2');
    expect(like.getAttribute('aria-pressed')).toBe('false');
    await user.click(like);
    await waitFor(() => expect(like.getAttribute('aria-pressed')).toBe('true'));
    await waitFor(() => expect(like.textContent).toContain('3'));
    expect(stub.callsOf('post.react')[0]!.input).toEqual({ postId: post.id, reaction: 'like' });
    expect(stub.callsOf('post.react')[0]!.context.idempotencyKey).toBeTruthy();

    await user.click(like);
    await waitFor(() => expect(stub.callsOf('post.unreact')).toHaveLength(1));
    await waitFor(() => expect(like.getAttribute('aria-pressed')).toBe('false'));
    await waitFor(() => expect(like.textContent).toContain('2'));
  });

  it('keeps a reaction made offline as Pending and sends it once when back online', async () => {
    open();
    const group = await screen.findByRole('group', { name: 'Reactions' });
    setOnline(false);
    const love = within(group).getByRole('button', { name: /^Love/ });
    await userEvent.setup().click(love);
    await screen.findByText('Pending');
    expect(love.getAttribute('aria-pressed')).toBe('true');
    expect(stub.callsOf('post.react')).toHaveLength(0);
    const [queued] = await readOutbox();

    setOnline(true);
    await waitFor(() => expect(screen.queryByText('Pending')).toBeNull());
    expect(stub.callsOf('post.react')).toHaveLength(1);
    expect(stub.callsOf('post.react')[0]!.context.idempotencyKey).toBe(queued!.id);
    await waitFor(() => expect(love.textContent).toContain('1'));
    expect(love.getAttribute('aria-pressed')).toBe('true');
  });

  it('lets a signed-out visitor read but not react or comment', async () => {
    open(null);
    const group = await screen.findByRole('group', { name: 'Reactions' });
    expect(within(group).getByRole('button', { name: /^Like/ })).toHaveProperty('disabled', true);
    expect(screen.queryByRole('textbox', { name: 'Add a comment' })).toBeNull();
    expect(screen.getByText('Signed-in members can comment.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Edit post' })).toBeNull();
  });

  it('lets the author edit the post', async () => {
    post = { ...post, author: aliceCard };
    open();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Edit post' }));
    const box = screen.getByRole('textbox', { name: 'Edit post' });
    await user.clear(box);
    await user.type(box, 'edited text');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Visibility' }), 'followers');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const article = await screen.findByRole('article', { name: 'Post by alice' });
    expect(within(article).getByText('edited text')).toBeTruthy();
    expect(stub.callsOf('post.update')[0]!.input).toEqual({ postId: post.id, content: 'edited text', visibility: 'followers' });
  });

  it('lets the author delete the post after confirming, then leaves the page', async () => {
    post = { ...post, author: aliceCard };
    const { router } = open();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Delete post' }));
    expect(stub.callsOf('post.delete')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/u/alice'));
    expect(stub.callsOf('post.delete')[0]!.input).toEqual({ postId: post.id });
  });

  it('offers to delete only the viewer’s own comments (on someone else’s post)', async () => {
    comments = [comment('c-1', aliceCard, 'mine'), comment('c-2', bob, 'theirs')];
    open();
    const user = userEvent.setup();
    await screen.findByText('mine');
    await user.click(screen.getByRole('button', { name: 'More comments' }));
    const theirs = await screen.findByRole('article', { name: 'Comment by bob' });
    expect(within(theirs).queryByRole('button', { name: 'Delete comment' })).toBeNull();
    const mine = screen.getByRole('article', { name: 'Comment by alice' });
    await user.click(within(mine).getByRole('button', { name: 'Delete comment' }));
    await user.click(within(mine).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByText('mine')).toBeNull());
    expect(stub.callsOf('post.deleteComment')[0]!.input).toEqual({ commentId: 'c-1' });
  });

  it('lets the viewer edit only their own comment, by keyboard, and marks it edited', async () => {
    comments = [comment('c-1', aliceCard, 'mine'), comment('c-2', bob, 'theirs')];
    open();
    const user = userEvent.setup();
    await screen.findByText('mine');
    await user.click(screen.getByRole('button', { name: 'More comments' }));
    const theirs = await screen.findByRole('article', { name: 'Comment by bob' });
    expect(within(theirs).queryByRole('button', { name: 'Edit comment' })).toBeNull();
    const mine = screen.getByRole('article', { name: 'Comment by alice' });
    expect(within(mine).queryByText('edited')).toBeNull();

    // Escape leaves the text as it was and gives the focus back to the Edit button.
    const edit = within(mine).getByRole('button', { name: 'Edit comment' });
    edit.focus();
    await user.keyboard('{Enter}');
    const box = within(mine).getByRole('textbox', { name: 'Edit your comment' });
    expect(document.activeElement).toBe(box);
    await user.keyboard('{Escape}');
    expect(within(mine).getByText('mine')).toBeTruthy();
    expect(document.activeElement).toBe(within(mine).getByRole('button', { name: 'Edit comment' }));

    await user.keyboard('{Enter}');
    await user.clear(within(mine).getByRole('textbox', { name: 'Edit your comment' }));
    await user.type(within(mine).getByRole('textbox', { name: 'Edit your comment' }), 'refused');
    await user.click(within(mine).getByRole('button', { name: 'Save comment' }));
    expect((await within(mine).findByRole('alert')).textContent).toBe('content too long');

    await user.clear(within(mine).getByRole('textbox', { name: 'Edit your comment' }));
    await user.type(within(mine).getByRole('textbox', { name: 'Edit your comment' }), 'mine, better');
    await user.click(within(mine).getByRole('button', { name: 'Save comment' }));
    await within(mine).findByText('mine, better');
    // The new text may show before the answer that carries editedAt: wait for the mark, not for the text alone.
    expect(await within(mine).findByText('edited')).toBeTruthy();
    await waitFor(() => expect(within(mine).queryByRole('textbox')).toBeNull());
    expect(stub.callsOf('post.updateComment').at(-1)!.input).toEqual({ commentId: 'c-1', content: 'mine, better' });
  });

  it("shows the caller's own reaction from the post as pressed", async () => {
    post = { ...post, myReaction: 'love', reactionCounts: { love: 1 } };
    open();
    const group = await screen.findByRole('group', { name: 'Reactions' });
    expect(within(group).getByRole('button', { name: /^Love/ }).getAttribute('aria-pressed')).toBe('true');
    expect(within(group).getByRole('button', { name: /^Like/ }).getAttribute('aria-pressed')).toBe('false');
    // Pressing it again takes it back.
    await userEvent.setup().click(within(group).getByRole('button', { name: /^Love/ }));
    await waitFor(() => expect(stub.callsOf('post.unreact')).toHaveLength(1));
    await waitFor(() => expect(within(group).getByRole('button', { name: /^Love/ }).getAttribute('aria-pressed')).toBe('false'));
  });

  it("reports someone else's post and comment with a category and details, by keyboard; never one's own", async () => {
    comments = [comment('c-1', aliceCard, 'mine'), comment('c-2', bob, 'theirs')];
    open();
    const user = userEvent.setup();
    const article = await screen.findByRole('article', { name: 'Post by bob' });
    const report = within(article).getByRole('button', { name: 'Report post' });
    report.focus();
    await user.keyboard('{Enter}');
    const dialog = within(article).getByRole('dialog', { name: 'Report this post' });
    const reason = within(dialog).getByRole('combobox', { name: 'Reason' });
    expect(document.activeElement).toBe(reason);
    // Escape closes it without sending, and the focus is back on the button.
    await user.keyboard('{Escape}');
    expect(within(article).queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(report);
    await user.keyboard('{Enter}');
    await user.selectOptions(within(article).getByRole('combobox', { name: 'Reason' }), 'harassment');
    await user.type(within(article).getByRole('textbox', { name: 'Details for the moderators (optional)' }), 'Threatening replies');
    await user.click(within(article).getByRole('button', { name: 'Send report' }));
    await within(article).findByText(/Reported\. Thank you/);
    expect(stub.callsOf('moderation.report')[0]!.input).toEqual({ postId: post.id, category: 'harassment', comment: 'Threatening replies' });

    await screen.findByText('mine');
    await user.click(screen.getByRole('button', { name: 'More comments' }));
    const theirs = await screen.findByRole('article', { name: 'Comment by bob' });
    expect(within(screen.getByRole('article', { name: 'Comment by alice' })).queryByRole('button', { name: 'Report comment' })).toBeNull();
    await user.click(within(theirs).getByRole('button', { name: 'Report comment' }));
    await user.click(within(theirs).getByRole('button', { name: 'Send report' }));
    await within(theirs).findByText(/Reported\. Thank you/);
    expect(stub.callsOf('moderation.report')[1]!.input).toEqual({ commentId: 'c-2', category: 'spam' });
  });

  it('says so when the post is gone', async () => {
    stub.rpc = (call) => (call.procedure === 'post.getById' ? { status: 404, error: { code: 1303, message: 'post not found' } } : { data: {} });
    open();
    await screen.findByRole('heading', { name: 'Post not found' });
  });
});
