using Microsoft.Extensions.DependencyInjection;
using Vrss.GrainInterfaces.Notifications;
using Vrss.Grains.Social;
using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;

namespace Vrss.Social.Tests.Events;

/// <summary>
/// The seam notifications plug into: follows, first reactions, comments, connection requests and acceptances publish
/// one event each to the registered <see cref="ISocialEventSink"/>; nothing is published about oneself.
/// </summary>
public sealed class SocialEventTests : SocialTests
{
    protected override int Silos => 2;

    protected override void ConfigureStorage(TestClusterOptions options) => options.UseMemoryStorage();

    [Fact]
    public async Task EachSocialAction_PublishesOneEvent_ToItsRecipient()
    {
        var sink = new RecordingEventSink();
        await using var cluster = await StartSocialAsync(o => o.ConfigureServices(s => s.AddSingleton<ISocialEventSink>(sink)));
        using var ada = await JoinAsync(cluster, "ada");
        using var bob = await JoinAsync(cluster, "bob", 1);
        var postId = (await ada.PostAsync("notify me")).Id();

        await bob.FollowAsync(ada);
        (await bob.Client.CallAsync("post.react", new { postId, reaction = "like" })).AssertSuccess();
        (await bob.Client.CallAsync("post.react", new { postId, reaction = "love" })).AssertSuccess();
        var comment = (await bob.Client.CallAsync("post.comment", new { postId, content = "hi" })).AssertSuccess().GetProperty("comment").Id();
        (await ada.Client.CallAsync("post.react", new { postId, reaction = "wow" })).AssertSuccess();
        (await ada.Client.CallAsync("post.comment", new { postId, content = "my own" })).AssertSuccess();
        var request = (await ada.Client.CallAsync("social.requestConnection", new { userId = bob.Id })).AssertSuccess().GetProperty("request").Id();
        (await bob.Client.CallAsync("social.respondConnection", new { requestId = request, accept = true })).AssertSuccess();
        await ada.UnfollowAsync(bob);

        Assert.Equal(
            [
                (NotificationType.Follow, ada.Id, bob.Id, (string?)null, (string?)null),
                (NotificationType.Reaction, ada.Id, bob.Id, postId, null),
                (NotificationType.Comment, ada.Id, bob.Id, postId, comment),
                (NotificationType.ConnectionRequest, bob.Id, ada.Id, null, request),
                (NotificationType.ConnectionAccepted, ada.Id, bob.Id, null, request),
            ],
            sink.Events.Select(e => (e.Type, e.RecipientId, e.ActorId, e.PostId, e.SubjectId)));
    }
}
