import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpStub, type RecordedCall } from '../test/httpStub';
import { renderWithApp } from '../test/render';
import { alice, makePost } from '../test/fixtures';
import { setOnline } from '../test/network';
import { setRpcEndpoint } from '../api/rpc';
import { HomePage } from '../feed/HomePage';
import { OutboxRunner } from '../outbox/OutboxRunner';
import { deleteOutboxItem, readOutbox } from '../outbox/store';
import { postTypeFor } from './Composer';

const stub = new HttpStub();
let uploads: { headers: Record<string, string | string[] | undefined>; body: Buffer }[] = [];

function api(call: RecordedCall) {
  switch (call.procedure) {
    case 'feed.getHome':
      return { data: { items: [makePost({ content: 'older post' })], nextCursor: null } };
    case 'settings.get':
      return { data: { settings: { profileVisibility: 'public', defaultPostVisibility: 'followers', allowConnectionRequests: true, approveFollowers: false } } };
    case 'media.getStorageUsage':
      return { data: { used: 1024 * 1024, reserved: 0, limit: 50 * 1024 * 1024 } };
    case 'media.initiateUpload':
      return {
        data: {
          uploadId: 'up1',
          mediaId: 'm1',
          uploadUrl: `${stub.url}/media/upload/tok1`,
          expiresAt: '2026-11-30T12:00:00.000Z',
          headers: { 'Content-Type': call.input.contentType, 'Content-Length': String(call.input.size) },
        },
      };
    case 'media.completeUpload':
      return { data: { media: { id: 'm1', url: '/media/u/m1/a.png', type: 'image', size: 8, contentType: 'image/png' } } };
    case 'post.create':
      return {
        data: {
          post: makePost({
            id: `new-${call.context.idempotencyKey}`,
            content: String(call.input.content),
            author: { id: alice.id, username: 'alice', displayName: 'Alice', avatarUrl: null, isFollowing: null },
          }),
        },
      };
    default:
      return { data: {} };
  }
}

function Home() {
  return (
    <>
      <OutboxRunner userId={alice.id} />
      <HomePage />
    </>
  );
}

beforeAll(async () => {
  await stub.start();
  stub.raw = (req, res, body) => {
    if (req.method !== 'PUT' || !req.url?.startsWith('/media/upload/')) return false;
    uploads.push({ headers: req.headers, body });
    res.writeHead(200, { 'Content-Type': 'text/plain' }).end('stored');
    return true;
  };
});
afterAll(() => stub.stop());
beforeEach(async () => {
  stub.calls.length = 0;
  uploads = [];
  stub.rpc = api;
  setRpcEndpoint(`${stub.url}/api/rpc`);
  setOnline(true);
  for (const item of await readOutbox()) await deleteOutboxItem(item.id);
});
afterEach(() => setOnline(true));

describe('composer', () => {
  it('posts the text with the default visibility and an idempotency key, and shows it on top of the feed', async () => {
    renderWithApp(<Home />, { user: alice });
    await screen.findByText('older post');
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'New post' }), 'Hello VRSS');
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Visibility' })).toHaveProperty('value', 'followers'));
    await user.click(screen.getByRole('button', { name: 'Post' }));
    await screen.findByText('Posted.');
    const [call] = stub.callsOf('post.create');
    expect(call!.input).toEqual({ type: 'text_short', content: 'Hello VRSS', visibility: 'followers' });
    expect(call!.context.idempotencyKey).toBeTruthy();
    const articles = screen.getAllByRole('article');
    expect(within(articles[0]!).getByText('Hello VRSS')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'New post' })).toHaveProperty('value', '');
  });

  it('does not post an empty or too long text', async () => {
    renderWithApp(<Home />, { user: alice });
    const user = userEvent.setup();
    const post = screen.getByRole('button', { name: 'Post' });
    expect(post).toHaveProperty('disabled', true);
    const box = screen.getByRole('textbox', { name: 'New post' });
    await user.click(box);
    await user.paste('x'.repeat(501));
    expect(post).toHaveProperty('disabled', true);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Length' }), 'text_long');
    expect(post).toHaveProperty('disabled', false);
  });

  it('keeps a post written offline as Pending and sends it once when back online', async () => {
    renderWithApp(<Home />, { user: alice });
    await screen.findByText('older post');
    setOnline(false);
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'New post' }), 'written on the train');
    await user.click(screen.getByRole('button', { name: 'Post' }));
    await screen.findByText('Saved. It will be posted when you are back online.');
    const pending = screen.getAllByRole('article').find((a) => within(a).queryByText('written on the train'))!;
    expect(within(pending).getByText('Pending')).toBeTruthy();
    expect(stub.callsOf('post.create')).toHaveLength(0);
    const [queued] = await readOutbox();

    setOnline(true);
    await waitFor(() => expect(screen.queryByText('Pending')).toBeNull());
    expect(stub.callsOf('post.create')).toHaveLength(1);
    expect(stub.callsOf('post.create')[0]!.context.idempotencyKey).toBe(queued!.id);
    expect(screen.getAllByText('written on the train')).toHaveLength(1);
  });

  it('uploads an image in two phases with a progress bar and posts it as an image post', async () => {
    renderWithApp(<Home />, { user: alice });
    await screen.findByText(/of 50.0 MB used/);
    const user = userEvent.setup();
    const png = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])], 'a.png', { type: 'image/png' });
    await user.upload(screen.getByLabelText('Add images'), png);
    expect(screen.getByRole('progressbar', { name: 'Uploading a.png' })).toBeTruthy();
    await waitFor(() => expect(stub.callsOf('media.completeUpload')).toHaveLength(1));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Post' })).toHaveProperty('disabled', false));
    expect(stub.callsOf('media.initiateUpload')[0]!.input).toEqual({ filename: 'a.png', contentType: 'image/png', size: 8 });
    expect(uploads).toHaveLength(1);
    expect(uploads[0]!.headers['content-type']).toBe('image/png');
    expect([...uploads[0]!.body]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(stub.callsOf('media.completeUpload')[0]!.input).toEqual({ uploadId: 'up1', mediaId: 'm1' });

    await user.type(screen.getByRole('textbox', { name: 'New post' }), 'a picture');
    await user.click(screen.getByRole('button', { name: 'Post' }));
    await waitFor(() => expect(stub.callsOf('post.create')).toHaveLength(1));
    expect(stub.callsOf('post.create')[0]!.input).toMatchObject({ type: 'image', mediaIds: ['m1'], content: 'a picture' });
  });

  it('chooses the post type from the media attached', () => {
    const image = { type: 'image' };
    expect(postTypeFor('text_short', [])).toBe('text_short');
    expect(postTypeFor('text_long', [])).toBe('text_long');
    expect(postTypeFor('text_short', [image])).toBe('image');
    expect(postTypeFor('text_long', [image, image, image, image])).toBe('gallery');
    expect(postTypeFor('text_short', [{ type: 'video' }])).toBe('video');
    expect(postTypeFor('text_short', [{ type: 'audio' }])).toBe('audio');
    expect(postTypeFor('text_short', [image, { type: 'video' }])).toBeNull();
  });
});
