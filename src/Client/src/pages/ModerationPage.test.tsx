import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RecordedCall } from '../test/httpStub';
import { serveRpc } from '../test/serveRpc';
import { renderWithApp } from '../test/render';
import { alice } from '../test/fixtures';
import type { SessionUser } from '../api/types';
import type { Report } from '../features/moderation/ReportCard';
import ModerationPage from './ModerationPage';

const stub = serveRpc(api);
const card = (username: string) => ({ id: `u-${username}`, username, displayName: username.toUpperCase(), avatarUrl: null, isFollowing: null });
const moderator: SessionUser = { ...alice, role: 'moderator' };
let reports: Report[];

function api(call: RecordedCall) {
  const find = () => reports.find((r) => r.id === call.input.reportId)!;
  const replace = (next: Report) => {
    reports = reports.map((r) => (r.id === next.id ? next : r));
    return { data: next };
  };
  switch (call.procedure) {
    case 'admin.listReports':
      return {
        data: {
          items: reports.filter(
            (r) =>
              (!call.input.status || r.status === call.input.status) &&
              (!call.input.category || r.category === call.input.category) &&
              (!call.input.assignedToMe || r.assignee?.id === alice.id),
          ),
          nextCursor: null,
        },
      };
    case 'admin.assignReport':
      return replace({ ...find(), assignee: card('alice') });
    case 'admin.resolveReport':
      if (call.input.action === 'suspend') return { status: 403, error: { code: 1101, message: 'a moderator cannot suspend an admin' } };
      return replace({ ...find(), status: 'resolved', resolution: { action: call.input.action as 'none', reason: String(call.input.reason), by: card('alice'), at: '2026-11-30T12:00:00.000Z' } });
    case 'admin.reopenReport':
      return replace({ ...find(), status: 'open', resolution: null });
    default:
      return { data: {} };
  }
}

beforeEach(() => {
  reports = [
    {
      id: 'r1',
      reporter: card('carol'),
      target: { kind: 'post', id: 'p1', user: card('mallory'), excerpt: 'Buy <b>cheap</b> pills' },
      category: 'spam',
      comment: 'Spam again',
      status: 'open',
      assignee: null,
      resolution: null,
      createdAt: '2026-11-30T10:00:00.000Z',
    },
    {
      id: 'r2',
      reporter: card('dave'),
      target: { kind: 'user', id: 'u-troll', user: card('troll'), excerpt: null },
      category: 'harassment',
      comment: null,
      status: 'open',
      assignee: null,
      resolution: null,
      createdAt: '2026-11-30T09:00:00.000Z',
    },
  ];
});

const open = (user: SessionUser = moderator) => renderWithApp(<ModerationPage />, { user, path: '/moderation', routePath: '/moderation' });

describe('moderation page', () => {
  it('lists open reports with what was reported, user text as text, and filters by category', async () => {
    open();
    const spam = await screen.findByRole('article', { name: 'Report r1: Spam (post)' });
    expect(within(spam).getByText('Buy <b>cheap</b> pills')).toBeTruthy();
    expect(within(spam).getByRole('link', { name: 'Open the post' }).getAttribute('href')).toBe('/p/p1');
    expect(within(spam).getByText('“Spam again”')).toBeTruthy();
    expect(screen.getByRole('article', { name: 'Report r2: Harassment (user)' })).toBeTruthy();
    expect(stub.callsOf('admin.listReports')[0]!.input).toEqual({ cursor: null, limit: 20, status: 'open' });

    await userEvent.setup().selectOptions(screen.getByRole('combobox', { name: 'Category' }), 'harassment');
    await waitFor(() => expect(screen.queryByRole('article', { name: /Report r1/ })).toBeNull());
    expect(screen.getByRole('article', { name: /Report r2/ })).toBeTruthy();
    expect(stub.callsOf('admin.listReports').at(-1)!.input).toEqual({ cursor: null, limit: 20, status: 'open', category: 'harassment' });
  });

  it('assigns a report to oneself, resolves it with remove_content and a reason, and reopens it', async () => {
    open();
    const user = userEvent.setup();
    let report = await screen.findByRole('article', { name: /Report r1/ });
    await user.click(within(report).getByRole('button', { name: 'Assign to me' }));
    await within(report).findByText('Assigned to @alice');
    expect(within(report).queryByRole('button', { name: 'Assign to me' })).toBeNull();
    expect(stub.callsOf('admin.assignReport')[0]!.input).toEqual({ reportId: 'r1' });

    // A refused action shows the server's answer and leaves the report open.
    const form = within(report).getByRole('form', { name: 'Resolve report r1' });
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Action' }), 'suspend');
    await user.type(within(form).getByRole('textbox', { name: 'Reason' }), 'Repeated spam');
    await user.click(within(form).getByRole('button', { name: 'Resolve' }));
    expect((await within(report).findByRole('alert')).textContent).toBe('a moderator cannot suspend an admin');

    await user.selectOptions(within(form).getByRole('combobox', { name: 'Action' }), 'remove_content');
    await user.click(within(form).getByRole('button', { name: 'Resolve' }));
    // Resolved reports leave the "Open" list; the "Resolved" filter shows it with its resolution.
    await waitFor(() => expect(screen.queryByRole('article', { name: /Report r1/ })).toBeNull());
    expect(stub.callsOf('admin.resolveReport').at(-1)!.input).toEqual({ reportId: 'r1', action: 'remove_content', reason: 'Repeated spam' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'resolved');
    report = await screen.findByRole('article', { name: /Report r1/ });
    expect(within(report).getByText(/Remove the content by @alice/)).toBeTruthy();
    expect(within(report).getByText(/Repeated spam/)).toBeTruthy();

    await user.click(within(report).getByRole('button', { name: 'Reopen' }));
    await waitFor(() => expect(screen.queryByRole('article', { name: /Report r1/ })).toBeNull());
    expect(stub.callsOf('admin.reopenReport')[0]!.input).toEqual({ reportId: 'r1' });
  });

  it('offers no content removal on a report of a user', async () => {
    open();
    const report = await screen.findByRole('article', { name: /Report r2/ });
    const options = within(within(report).getByRole('combobox', { name: 'Action' })).getAllByRole('option').map((o) => o.getAttribute('value'));
    expect(options).toEqual(['none', 'silence', 'suspend']);
  });

  it('filters to the reports assigned to the caller', async () => {
    reports[1] = { ...reports[1]!, assignee: card('alice') };
    open();
    await screen.findByRole('article', { name: /Report r1/ });
    await userEvent.setup().click(screen.getByRole('checkbox', { name: 'Assigned to me' }));
    await waitFor(() => expect(screen.queryByRole('article', { name: /Report r1/ })).toBeNull());
    expect(screen.getByRole('article', { name: /Report r2/ })).toBeTruthy();
    expect(stub.callsOf('admin.listReports').at(-1)!.input).toEqual({ cursor: null, limit: 20, status: 'open', assignedToMe: true });
  });

  it('sends a member elsewhere without asking for reports', async () => {
    const { router } = open({ ...alice, role: 'member' });
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(stub.callsOf('admin.listReports')).toHaveLength(0);
  });
});
