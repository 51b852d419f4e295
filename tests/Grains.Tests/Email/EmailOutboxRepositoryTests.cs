using Vrss.Grains.Email;

namespace Vrss.Grains.Tests.Email;

/// <summary>The contract of <see cref="IEmailOutboxRepository"/>.</summary>
public abstract class EmailOutboxRepositoryTests
{
    private static readonly DateTimeOffset s_now = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);

    protected abstract IEmailOutboxRepository Outbox { get; }

    private static OutboxMessage Message(string to, string subject) =>
        Message(to, subject, s_now);

    private static OutboxMessage Message(string to, string subject, DateTimeOffset queuedAt) =>
        new(Guid.NewGuid().ToString("N"), to, subject, "body of " + subject, queuedAt);

    [Fact]
    public async Task ListForRecipient_IsInQueueOrder_AndIgnoresCase()
    {
        var to = $"{Guid.NewGuid():N}@Example.com";
        var subjects = Enumerable.Range(0, 5).Select(i => $"message {i}").ToList();
        foreach (var subject in subjects)
        {
            await Outbox.AddAsync(Message(to, subject));
        }

        await Outbox.AddAsync(Message("someone-else@example.com", "not yours"));

        var listed = await Outbox.ListForRecipientAsync(to.ToUpperInvariant());

        Assert.Equal(subjects, listed.Select(m => m.Subject));
        Assert.All(listed, m => Assert.Equal("body of " + m.Subject, m.Body));
    }

    [Fact]
    public async Task Delete_RemovesADeliveredMessage_Once()
    {
        var message = Message($"{Guid.NewGuid():N}@example.com", "hello");
        await Outbox.AddAsync(message);
        Assert.Contains(await Outbox.ListPendingAsync(10_000), m => m.Id == message.Id);

        Assert.True(await Outbox.DeleteAsync(message.Id));
        Assert.False(await Outbox.DeleteAsync(message.Id));

        Assert.DoesNotContain(await Outbox.ListPendingAsync(10_000), m => m.Id == message.Id);
        Assert.Empty(await Outbox.ListForRecipientAsync(message.Recipient));
    }

    [Fact]
    public async Task Claim_TakesDueMessagesOnce_UntilTheLeaseEnds_AndFailuresReschedule()
    {
        var to = $"{Guid.NewGuid():N}@example.com";
        var t0 = s_now.AddYears(-20);
        var message = Message(to, "due", t0);
        await Outbox.AddAsync(message);

        var claimed = await Outbox.ClaimDueAsync(t0, t0.AddMinutes(5), 10_000);
        var mine = Assert.Single(claimed, m => m.Id == message.Id);
        Assert.Equal(1, mine.Attempts);
        Assert.DoesNotContain(await Outbox.ClaimDueAsync(t0.AddMinutes(4), t0.AddMinutes(9), 10_000), m => m.Id == message.Id);

        await Outbox.RecordFailureAsync(message.Id, t0.AddMinutes(1), "451 try later");
        var again = Assert.Single(await Outbox.ClaimDueAsync(t0.AddMinutes(1), t0.AddMinutes(6), 10_000), m => m.Id == message.Id);
        Assert.Equal(2, again.Attempts);
        Assert.Equal("451 try later", again.LastError);

        await Outbox.RecordFailureAsync(message.Id, null, "550 no such user");
        Assert.DoesNotContain(await Outbox.ClaimDueAsync(t0.AddYears(1), t0.AddYears(1), 10_000), m => m.Id == message.Id);
        var failed = Assert.Single(await Outbox.ListForRecipientAsync(to));
        Assert.Null(failed.NextAttemptAt);
        Assert.Equal("550 no such user", failed.LastError);
    }

    [Fact]
    public async Task RetryFailed_MakesGivenUpMessagesDueWithFreshAttempts_NamedOrAll_NeverBlankedOnes()
    {
        var to = $"{Guid.NewGuid():N}@example.com";
        var failed = new[] { Message(to, "a"), Message(to, "b"), Message(to, "c") };
        var queued = Message(to, "queued");
        foreach (var message in failed.Append(queued))
        {
            await Outbox.AddAsync(message);
        }

        foreach (var message in failed)
        {
            await Outbox.RecordFailureAsync(message.Id, null, "550 no");
        }

        var later = s_now.AddMinutes(30);
        Assert.Equal(1, await Outbox.RetryFailedAsync([failed[0].Id, queued.Id, "missing"], later));
        var listed = (await Outbox.ListForRecipientAsync(to)).ToDictionary(m => m.Id);
        Assert.Equal(later, listed[failed[0].Id].NextAttemptAt);
        Assert.Equal(0, listed[failed[0].Id].Attempts);
        Assert.Null(listed[failed[1].Id].NextAttemptAt);
        Assert.Equal(s_now, listed[queued.Id].NextAttemptAt);

        Assert.True(await Outbox.RetryFailedAsync(null, later) >= 2);
        Assert.All(await Outbox.ListForRecipientAsync(to), m => Assert.NotNull(m.NextAttemptAt));

        // A failed message whose tokens died (body blanked) has nothing worth sending.
        var t0 = s_now.AddYears(-25);
        var old = Message(to, "old", t0);
        await Outbox.AddAsync(old);
        Assert.Contains(await Outbox.ClaimDueAsync(t0, t0.AddMinutes(5), 10_000), m => m.Id == old.Id);
        await Outbox.RecordFailureAsync(old.Id, null, "550 no");
        await Outbox.RetireQueuedBeforeAsync(t0.AddSeconds(1));
        Assert.Equal(0, await Outbox.RetryFailedAsync([old.Id], later));
        Assert.Null(Assert.Single(await Outbox.ListForRecipientAsync(to), m => m.Id == old.Id).NextAttemptAt);
    }

    [Fact]
    public async Task Retire_DeletesUntriedOldMessages_AndBlanksFailedOnes()
    {
        var to = $"{Guid.NewGuid():N}@example.com";
        var t0 = s_now.AddYears(-30);
        var untried = Message(to, "untried", t0);
        var failed = Message(to, "failed", t0);
        var fresh = Message(to, "fresh", t0.AddHours(2));
        await Outbox.AddAsync(failed);
        Assert.Contains(await Outbox.ClaimDueAsync(t0, t0.AddMinutes(5), 10_000), m => m.Id == failed.Id);
        await Outbox.RecordFailureAsync(failed.Id, t0.AddMinutes(1), "451 try later");
        await Outbox.AddAsync(untried);
        await Outbox.AddAsync(fresh);

        Assert.True(await Outbox.RetireQueuedBeforeAsync(t0.AddHours(1)) >= 2);

        var left = await Outbox.ListForRecipientAsync(to);
        Assert.Equal(["failed", "fresh"], left.Select(m => m.Subject));
        var kept = left[0];
        Assert.Equal("", kept.Body);
        Assert.Null(kept.NextAttemptAt);
        Assert.Equal("451 try later", kept.LastError);
        Assert.Equal("body of fresh", left[1].Body);
    }
}
