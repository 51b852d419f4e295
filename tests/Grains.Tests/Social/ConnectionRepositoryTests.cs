using Vrss.GrainInterfaces.Social;
using Vrss.Grains.Social;
using Vrss.Grains.Tests.Data;

namespace Vrss.Grains.Tests.Social;

/// <summary>The contract of <see cref="IConnectionRepository"/>, run against each provider by the derived classes.</summary>
public abstract class ConnectionRepositoryTests : RepositoryTests
{
    private IConnectionRepository Connections => Get<IConnectionRepository>();

    [Fact]
    public async Task Request_StoresAPendingRequest()
    {
        var (a, b) = (NewId("a"), NewId("b"));
        var id = NewId("request");

        var result = await Connections.RequestAsync(id, a, b, "hi, we met at the meetup", T0);

        var expected = new ConnectionRequestRecord(id, a, b, "hi, we met at the meetup", ConnectionRequestStatus.Pending, Micro(T0), null);
        Assert.Equal(new ConnectionRequestResult(ConnectionRequestOutcome.Created, expected), result);
        Assert.Equal(expected, await Connections.GetRequestAsync(id));
        Assert.Null((await Connections.RequestAsync(NewId("request"), NewId("c"), NewId("d"), null, T0)).Request!.Message);
    }

    [Fact]
    public async Task Request_WhilePendingInEitherDirection_ReturnsThePendingOne()
    {
        var (a, b) = (NewId("a"), NewId("b"));
        var first = (await Connections.RequestAsync(NewId("request"), a, b, null, T0)).Request;

        var again = await Connections.RequestAsync(NewId("request"), a, b, "again", At(1));
        var back = await Connections.RequestAsync(NewId("request"), b, a, "and back", At(2));

        Assert.Equal(new ConnectionRequestResult(ConnectionRequestOutcome.AlreadyPending, first), again);
        Assert.Equal(new ConnectionRequestResult(ConnectionRequestOutcome.AlreadyPending, first), back);
        Assert.Single((await Connections.GetIncomingAsync(b, null, 10)).Items);
        Assert.Empty((await Connections.GetIncomingAsync(a, null, 10)).Items);
    }

    [Fact]
    public async Task Request_ConcurrentDuplicates_LeaveExactlyOnePending()
    {
        var (a, b) = (NewId("a"), NewId("b"));

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            i % 2 == 0
                ? Connections.RequestAsync(NewId("request"), a, b, null, At(i))
                : Connections.RequestAsync(NewId("request"), b, a, null, At(i))));

        var created = Assert.Single(results, r => r.Outcome == ConnectionRequestOutcome.Created);
        Assert.All(results.Where(r => r != created), r => Assert.Equal(new ConnectionRequestResult(ConnectionRequestOutcome.AlreadyPending, created.Request), r));
        var incoming = (await Connections.GetIncomingAsync(a, null, 100)).Items.Concat((await Connections.GetIncomingAsync(b, null, 100)).Items);
        Assert.Equal(created.Request!.Id, Assert.Single(incoming).Id);
    }

    [Fact]
    public async Task Request_BadArguments_AreRefused()
    {
        var a = NewId("a");
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Connections.RequestAsync(NewId("request"), a, a, null, T0));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Connections.RequestAsync("", a, NewId("b"), null, T0));

        var id = NewId("request");
        await Connections.RequestAsync(id, a, NewId("b"), null, T0);
        await Assert.ThrowsAsync<InvalidOperationException>(() => Connections.RequestAsync(id, NewId("c"), NewId("d"), null, T0));
    }

    [Fact]
    public async Task Respond_Accept_ConnectsBothUsers()
    {
        var (a, b) = (NewId("a"), NewId("b"));
        var id = (await Connections.RequestAsync(NewId("request"), a, b, null, T0)).Request!.Id;

        var accepted = await Connections.RespondAsync(id, b, accept: true, T0.AddMinutes(3));

        Assert.Equal(ConnectionRequestStatus.Accepted, accepted!.Status);
        Assert.Equal(At(3), accepted.RespondedAt);
        Assert.Equal(accepted, await Connections.GetRequestAsync(id));
        Assert.True(await Connections.AreConnectedAsync(a, b));
        Assert.True(await Connections.AreConnectedAsync(b, a));
        Assert.Equal([new ConnectionEdge(b, At(3))], (await Connections.GetConnectionsAsync(a, null, 10)).Items);
        Assert.Equal([new ConnectionEdge(a, At(3))], (await Connections.GetConnectionsAsync(b, null, 10)).Items);
        Assert.Empty((await Connections.GetIncomingAsync(b, null, 10)).Items);
    }

    [Fact]
    public async Task Respond_Decline_DoesNotConnect_AndAllowsANewRequest()
    {
        var (a, b) = (NewId("a"), NewId("b"));
        var id = (await Connections.RequestAsync(NewId("request"), a, b, null, T0)).Request!.Id;

        var declined = await Connections.RespondAsync(id, b, accept: false, At(1));

        Assert.Equal(ConnectionRequestStatus.Declined, declined!.Status);
        Assert.False(await Connections.AreConnectedAsync(a, b));
        Assert.Empty((await Connections.GetConnectionsAsync(a, null, 10)).Items);
        Assert.Equal(ConnectionRequestOutcome.Created, (await Connections.RequestAsync(NewId("request"), b, a, null, At(2))).Outcome);
    }

    [Fact]
    public async Task Respond_ByAnyoneButTheRecipient_OrTwice_ReturnsNull()
    {
        var (a, b) = (NewId("a"), NewId("b"));
        var id = (await Connections.RequestAsync(NewId("request"), a, b, null, T0)).Request!.Id;

        Assert.Null(await Connections.RespondAsync(id, a, accept: true, At(1)));
        Assert.Null(await Connections.RespondAsync(id, NewId("c"), accept: true, At(1)));
        Assert.Null(await Connections.RespondAsync(NewId("request"), b, accept: true, At(1)));
        Assert.Equal(ConnectionRequestStatus.Pending, (await Connections.GetRequestAsync(id))!.Status);
        Assert.False(await Connections.AreConnectedAsync(a, b));

        Assert.NotNull(await Connections.RespondAsync(id, b, accept: true, At(2)));
        Assert.Null(await Connections.RespondAsync(id, b, accept: false, At(3)));
        Assert.Equal(ConnectionRequestStatus.Accepted, (await Connections.GetRequestAsync(id))!.Status);
    }

    [Fact]
    public async Task Request_WhenConnected_IsAlreadyConnected()
    {
        var (a, b) = (NewId("a"), NewId("b"));
        var id = (await Connections.RequestAsync(NewId("request"), a, b, null, T0)).Request!.Id;
        await Connections.RespondAsync(id, b, accept: true, At(1));

        Assert.Equal(new ConnectionRequestResult(ConnectionRequestOutcome.AlreadyConnected, null), await Connections.RequestAsync(NewId("request"), b, a, null, At(2)));
        Assert.Equal(new ConnectionRequestResult(ConnectionRequestOutcome.AlreadyConnected, null), await Connections.RequestAsync(NewId("request"), a, b, null, At(2)));
    }

    [Fact]
    public async Task GetRequest_Unknown_ReturnsNull() =>
        Assert.Null(await Connections.GetRequestAsync(NewId("request")));

    [Fact]
    public async Task GetIncoming_ListsPendingRequestsNewestFirst_Paged()
    {
        var me = NewId("me");
        var pending = new List<ConnectionRequestRecord>();
        for (var i = 0; i < 7; i++)
        {
            pending.Add((await Connections.RequestAsync(NewId("request"), NewId("from"), me, $"#{i}", At(i / 2))).Request!);
        }

        var answered = (await Connections.RequestAsync(NewId("request"), NewId("from"), me, null, At(10))).Request!;
        await Connections.RespondAsync(answered.Id, me, accept: false, At(11));
        await Connections.RequestAsync(NewId("request"), me, NewId("to"), null, At(12)); // outgoing: not listed

        var seen = await Paging.AllAsync(cursor => Connections.GetIncomingAsync(me, cursor, 3));

        Assert.Equal(pending.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id, StringComparer.Ordinal), seen);
    }

    [Fact]
    public async Task GetConnections_NewestFirst_Paged()
    {
        var me = NewId("me");
        var peers = new List<ConnectionEdge>();
        for (var i = 0; i < 7; i++)
        {
            var peer = NewId("peer");
            var request = i % 2 == 0
                ? (await Connections.RequestAsync(NewId("request"), me, peer, null, T0)).Request!
                : (await Connections.RequestAsync(NewId("request"), peer, me, null, T0)).Request!;
            await Connections.RespondAsync(request.Id, request.ToUserId, accept: true, At(i));
            peers.Add(new ConnectionEdge(peer, At(i)));
        }

        var seen = await Paging.AllAsync(cursor => Connections.GetConnectionsAsync(me, cursor, 3));

        Assert.Equal(peers.AsEnumerable().Reverse(), seen);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Connections.GetConnectionsAsync(me, null, 0));
    }

    [Fact]
    public async Task AreConnected_FalseForStrangersAndPendingRequests()
    {
        var (a, b) = (NewId("a"), NewId("b"));
        await Connections.RequestAsync(NewId("request"), a, b, null, T0);

        Assert.False(await Connections.AreConnectedAsync(a, b));
        Assert.False(await Connections.AreConnectedAsync(a, NewId("c")));
    }
}
