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
    public async Task DeleteQueuedBefore_RemovesOnlyOlderMessages()
    {
        var to = $"{Guid.NewGuid():N}@example.com";
        var old = Message(to, "old", s_now.AddYears(-30));
        var fresh = Message(to, "fresh", s_now.AddYears(-30).AddHours(2));
        await Outbox.AddAsync(old);
        await Outbox.AddAsync(fresh);

        Assert.True(await Outbox.DeleteQueuedBeforeAsync(s_now.AddYears(-30).AddHours(1)) >= 1);

        Assert.Equal(["fresh"], (await Outbox.ListForRecipientAsync(to)).Select(m => m.Subject));
    }
}
