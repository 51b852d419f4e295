using Vrss.Grains.Email;

namespace Vrss.Grains.Tests.Email;

/// <summary>The contract of <see cref="IEmailOutboxRepository"/>.</summary>
public abstract class EmailOutboxRepositoryTests
{
    private static readonly DateTimeOffset s_now = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);

    protected abstract IEmailOutboxRepository Outbox { get; }

    private static OutboxMessage Message(string to, string subject) =>
        new(Guid.NewGuid().ToString("N"), to, subject, "body of " + subject, s_now, null);

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
    public async Task MarkSent_TakesAMessageOffTheUnsentList_Once()
    {
        var message = Message($"{Guid.NewGuid():N}@example.com", "hello");
        await Outbox.AddAsync(message);
        Assert.Contains(await Outbox.ListUnsentAsync(10_000), m => m.Id == message.Id);

        Assert.True(await Outbox.MarkSentAsync(message.Id, s_now.AddMinutes(1)));
        Assert.False(await Outbox.MarkSentAsync(message.Id, s_now.AddMinutes(2)));

        Assert.DoesNotContain(await Outbox.ListUnsentAsync(10_000), m => m.Id == message.Id);
        Assert.Equal(s_now.AddMinutes(1), Assert.Single(await Outbox.ListForRecipientAsync(message.Recipient)).SentAt);
    }
}
