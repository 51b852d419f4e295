using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Vrss.GrainInterfaces.Events;
using Vrss.Grains.Events;
using Vrss.Grains.Notifications;

namespace Vrss.Grains.Tests.Events;

/// <summary>The per-user cap on live streams: which connection goes when one too many subscribes.</summary>
public sealed class StreamSubscriptionsTests
{
    private static readonly DateTimeOffset s_now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset s_longAgo = s_now.AddHours(-1);

    [Fact]
    public void OneTooMany_DropsTheOneOpenedFirst_EvenWhenItRenewedLast()
    {
        var subscriptions = new StreamSubscriptions();
        var streams = Enumerable.Range(0, 4).Select(_ => new Connection()).ToList();
        for (var i = 0; i < 3; i++)
        {
            Assert.Empty(subscriptions.Subscribe(streams[i], s_now.AddSeconds(i), s_now.AddSeconds(i), s_longAgo, max: 3));
        }

        // The oldest renews at its heartbeat: it is still the oldest.
        Assert.Empty(subscriptions.Subscribe(streams[0], s_now, s_now.AddSeconds(10), s_longAgo, max: 3));
        var dropped = subscriptions.Subscribe(streams[3], s_now.AddSeconds(11), s_now.AddSeconds(11), s_longAgo, max: 3);

        Assert.Same(streams[0], Assert.Single(dropped));
        Assert.Equal(streams.Skip(1).Cast<IUserStreamObserver>(), subscriptions.Live(s_longAgo).OrderBy(s => streams.IndexOf((Connection)s)));
    }

    [Fact]
    public void ADroppedStreamThatRenewsAnyway_IsDroppedAgain_NotANewerOne()
    {
        var subscriptions = new StreamSubscriptions();
        var (first, second, third) = (new Connection(), new Connection(), new Connection());
        subscriptions.Subscribe(first, s_now, s_now, s_longAgo, max: 2);
        subscriptions.Subscribe(second, s_now.AddSeconds(1), s_now.AddSeconds(1), s_longAgo, max: 2);
        Assert.Same(first, Assert.Single(subscriptions.Subscribe(third, s_now.AddSeconds(2), s_now.AddSeconds(2), s_longAgo, max: 2)));

        // Its close order was lost: it renews at its next heartbeat, with the time it opened.
        Assert.Same(first, Assert.Single(subscriptions.Subscribe(first, s_now, s_now.AddSeconds(15), s_longAgo, max: 2)));
        Assert.Equal(2, subscriptions.Count);
    }

    [Fact]
    public void Ties_GoToTheFirstHeardOf_AndExpiredSubscriptionsDoNotCount()
    {
        var subscriptions = new StreamSubscriptions();
        var (dead, first, second, third) = (new Connection(), new Connection(), new Connection(), new Connection());
        subscriptions.Subscribe(dead, s_now.AddMinutes(-5), s_now.AddMinutes(-5), s_longAgo, max: 2);
        subscriptions.Subscribe(first, s_now, s_now, s_longAgo, max: 2);

        // The dead connection's subscription expired: it goes without being counted, nothing live is dropped.
        Assert.Empty(subscriptions.Subscribe(second, s_now, s_now, expiredBefore: s_now.AddMinutes(-1), max: 2));
        Assert.Same(first, Assert.Single(subscriptions.Subscribe(third, s_now, s_now, s_now.AddMinutes(-1), max: 2)));
    }

    [Theory]
    [InlineData(null, 10)]
    [InlineData("3", 3)]
    public void MaxStreamsPerUser_IsBoundFromVrssEvents_TenByDefault(string? configured, int expected)
    {
        Assert.Equal(expected, Bind(configured).MaxStreamsPerUser);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    public void MaxStreamsPerUser_BelowOne_IsRefused(string configured) =>
        Assert.Throws<OptionsValidationException>(() => Bind(configured));

    // The options as a silo binds and validates them at start-up.
    private static UserEventsOptions Bind(string? maxStreams)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(maxStreams is null ? [] : [new KeyValuePair<string, string?>("Vrss:Events:MaxStreamsPerUser", maxStreams)])
            .Build();
        using var services = new ServiceCollection().AddNotifications(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<UserEventsOptions>>().Value;
    }

    // A connection as the log sees it: only its identity matters here.
    private sealed class Connection : IUserStreamObserver
    {
        public Task OnItemAsync(UserStreamItem item) => Task.CompletedTask;
    }
}
