using Vrss.Testing.EndToEnd;

namespace Vrss.Social.Tests.Visibility;

/// <summary>
/// <c>social.getFollowers</c> and <c>social.getFollowing</c> are part of the profile: shown to whoever sees the full
/// profile (everyone for <c>public</c>, the owner and followers for <c>followers</c>, the owner for <c>private</c>)
/// and refused with 403 / 1100 to everyone else, anonymous or signed in.
/// </summary>
public abstract class FollowListVisibilityTests : SocialTests
{
    [Theory]
    [InlineData("public", true, true, true)]
    [InlineData("followers", false, false, true)]
    [InlineData("private", false, false, false)]
    public async Task FollowLists_AreShown_ExactlyToThoseWhoSeeTheFullProfile(string visibility, bool anonymousSees, bool strangerSees, bool followerSees)
    {
        await using var cluster = await StartSocialAsync();
        using var owner = await JoinAsync(cluster, "owner");
        using var follower = await JoinAsync(cluster, "fan", 1);
        using var stranger = await JoinAsync(cluster, "stranger", 2);
        using var followee = await JoinAsync(cluster, "idol");
        using var anonymous = Client(cluster);
        await follower.FollowAsync(owner);
        await owner.FollowAsync(followee);
        (await owner.Client.CallAsync("settings.updatePrivacy", new { profileVisibility = visibility })).AssertSuccess();

        foreach (var (client, sees) in new[] { (anonymous, anonymousSees), (stranger.Client, strangerSees), (follower.Client, followerSees), (owner.Client, true) })
        {
            var followers = await client.CallAsync("social.getFollowers", new { username = owner.Username });
            var following = await client.CallAsync("social.getFollowing", new { userId = owner.Id });
            if (sees)
            {
                Assert.Equal([follower.Id], followers.ItemIds());
                Assert.Equal([followee.Id], following.ItemIds());
            }
            else
            {
                followers.AssertError(403, 1100);
                following.AssertError(403, 1100);
            }

            // The lists of a public profile the hidden owner follows, or is followed by, stay visible.
            Assert.Equal([owner.Id], (await client.CallAsync("social.getFollowers", new { username = followee.Username })).ItemIds());
        }
    }

    [Fact]
    public async Task FollowLists_HideAgain_WhenTheFollowerUnfollows()
    {
        await using var cluster = await StartSocialAsync();
        using var owner = await JoinAsync(cluster, "owner");
        using var fan = await JoinAsync(cluster, "fan", 1);
        await fan.FollowAsync(owner);
        (await owner.Client.CallAsync("settings.updatePrivacy", new { profileVisibility = "followers" })).AssertSuccess();
        Assert.Equal([fan.Id], (await fan.Client.CallAsync("social.getFollowers", new { username = owner.Username })).ItemIds());

        await fan.UnfollowAsync(owner);

        (await fan.Client.CallAsync("social.getFollowers", new { username = owner.Username })).AssertError(403, 1100);
        (await fan.Client.CallAsync("social.getFollowing", new { username = owner.Username })).AssertError(403, 1100);
    }
}
