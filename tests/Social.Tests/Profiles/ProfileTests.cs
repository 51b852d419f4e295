using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Vrss.GrainInterfaces.Media;
using Vrss.Grains.Media;

namespace Vrss.Social.Tests.Profiles;

/// <summary><c>user.getProfile</c>, <c>user.updateProfile</c>, <c>settings.get</c> and <c>settings.updatePrivacy</c> over HTTP.</summary>
public abstract class ProfileTests : SocialTests
{
    [Fact]
    public async Task GetProfile_ByUsernameOrUserId_ShowsExactCountersAndIsFollowing()
    {
        await using var cluster = await StartSocialAsync();
        using var ada = await JoinAsync(cluster, "ada");
        using var bob = await JoinAsync(cluster, "bob", 1);
        using var anonymous = Client(cluster);
        await bob.FollowAsync(ada);
        await ada.FollowAsync(bob);
        await ada.PostAsync("one");
        await ada.PostAsync("two", "private");
        await ada.PostAsync("three", "followers");
        (await ada.Client.CallAsync("post.delete", new { postId = (await ada.PostAsync("gone")).Id() })).AssertSuccess();

        var seen = await anonymous.ProfileAsync(ada.Username);
        Assert.Equal(ada.Id, seen.Id());
        Assert.Equal(ada.Username, seen.GetProperty("username").GetString());
        Assert.Equal((1, 1, 3), (seen.Count("followersCount"), seen.Count("followingCount"), seen.Count("postsCount")));
        Assert.False(seen.TryGetProperty("isFollowing", out _));
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", seen.GetProperty("createdAt").GetString());
        Assert.Equal(JsonValueKind.Array, seen.GetProperty("links").ValueKind);

        var byId = (await bob.Client.CallAsync("user.getProfile", new { userId = ada.Id })).AssertSuccess().GetProperty("profile");
        Assert.True(byId.GetProperty("isFollowing").GetBoolean());
        Assert.False((await ada.Client.ProfileAsync(ada.Username)).TryGetProperty("isFollowing", out _));
        await bob.UnfollowAsync(ada);
        Assert.False((await bob.Client.ProfileAsync(ada.Username)).GetProperty("isFollowing").GetBoolean());
        Assert.Equal(0, (await anonymous.ProfileAsync(ada.Username)).Count("followersCount"));

        (await anonymous.CallAsync("user.getProfile", new { username = "no_such_user_here" })).AssertError(404, 1302);
        (await anonymous.CallAsync("user.getProfile", new { userId = "0123456789abcdef0123456789abcdef" })).AssertError(404, 1302);
        (await anonymous.CallAsync("user.getProfile", new { })).AssertError(400, 1202);
        (await anonymous.CallAsync("user.getProfile", new { username = "Bad Name!" })).AssertError(400, 1203);
        (await anonymous.CallAsync("user.getProfile", new { userId = "bad id" })).AssertError(400, 1201);
    }

    [Fact]
    public async Task UpdateProfile_ChangesEveryField_ListsReplaceWhole_AndEmptyClears()
    {
        await using var cluster = await StartSocialAsync();
        using var ada = await JoinAsync(cluster, "ada");
        var bio = "<b>Mathematician</b> & writer\n<script>alert('x')</script>\tcomputing";

        var updated = (await ada.Client.CallAsync("user.updateProfile", new
        {
            displayName = "  Ada L.  ",
            bio,
            location = "London",
            website = "https://ada.example/about",
            links = new[] { new { platform = "github", url = "https://github.com/ada" }, new { platform = "blog", url = "http://ada.example" } },
            credits = new[] { new { title = "Notes on the Analytical Engine", role = "Author", year = 1943, org = "Taylor's Scientific Memoirs" } },
            education = new[] { new { institution = "Home schooling", field = "Mathematics", startYear = 1920, endYear = 1935 } },
        })).AssertSuccess().GetProperty("profile");

        Assert.Equal("Ada L.", updated.GetProperty("displayName").GetString());
        Assert.Equal(bio, updated.GetProperty("bio").GetString());
        Assert.Equal("London", updated.GetProperty("location").GetString());
        Assert.Equal("https://ada.example/about", updated.GetProperty("website").GetString());
        Assert.Equal(["github", "blog"], updated.GetProperty("links").EnumerateArray().Select(l => l.GetProperty("platform").GetString()));
        var credit = Assert.Single(updated.GetProperty("credits").EnumerateArray());
        Assert.Equal(("Author", 1943, "Taylor's Scientific Memoirs"), (credit.GetProperty("role").GetString(), credit.GetProperty("year").GetInt32(), credit.GetProperty("org").GetString()));
        var school = Assert.Single(updated.GetProperty("education").EnumerateArray());
        Assert.Equal((1920, 1935), (school.GetProperty("startYear").GetInt32(), school.GetProperty("endYear").GetInt32()));
        Assert.Equal(JsonValueKind.Null, school.GetProperty("degree").ValueKind);

        // Others see the same, HTML as literal text; the card beside posts shows the new name.
        using var anonymous = Client(cluster);
        var seen = await anonymous.ProfileAsync(ada.Username);
        Assert.Equal(bio, seen.GetProperty("bio").GetString());
        Assert.Equal("Ada L.", (await ada.PostAsync("hello")).GetProperty("author").GetProperty("displayName").GetString());

        var cleared = (await ada.Client.CallAsync("user.updateProfile", new { bio = "", links = Array.Empty<object>(), website = "" }))
            .AssertSuccess().GetProperty("profile");
        Assert.Equal(JsonValueKind.Null, cleared.GetProperty("bio").ValueKind);
        Assert.Equal(JsonValueKind.Null, cleared.GetProperty("website").ValueKind);
        Assert.Empty(cleared.GetProperty("links").EnumerateArray());
        Assert.Single(cleared.GetProperty("credits").EnumerateArray());
        Assert.Equal("Ada L.", cleared.GetProperty("displayName").GetString());
        Assert.Equal("London", cleared.GetProperty("location").GetString());
    }

    [Fact]
    public async Task UpdateProfile_InvalidFields_AreRefusedNamingTheField()
    {
        await using var cluster = await StartSocialAsync();
        using var ada = await JoinAsync(cluster, "ada");
        var cases = new (object Input, int Code, string Field)[]
        {
            (new { bio = new string('b', 501) }, 1201, "bio"),
            (new { bio = "ring\u0007bell" }, 1201, "bio"),
            (new { bio = "next\u0085line" }, 1201, "bio"),
            (new { displayName = "" }, 1201, "displayName"),
            (new { location = "two\nlines" }, 1201, "location"),
            (new { website = "javascript:alert(1)" }, 1203, "website"),
            (new { links = Enumerable.Range(0, 11).Select(i => new { platform = "p", url = "https://x.example" }) }, 1201, "links"),
            (new { links = new[] { new { platform = "ftp", url = "ftp://files.example" } } }, 1203, "links[0].url"),
            (new { links = new object?[] { null } }, 1202, "links[0]"),
            (new { credits = new[] { new { title = "T", role = "R", year = 1800 } } }, 1201, "credits[0].year"),
            (new { credits = new[] { new { title = "T", year = 2000 } } }, 1202, "credits[0].role"),
            (new { education = new[] { new { institution = "U", startYear = 2010, endYear = 2005 } } }, 1201, "education[0].endYear"),
            (new { avatarMediaId = "does-not-exist" }, 1201, "avatarMediaId"),
            (new { links = "not a list" }, 1200, "links"),
        };

        foreach (var (input, code, field) in cases)
        {
            var response = await ada.Client.CallAsync("user.updateProfile", input);
            response.AssertError(400, code);
            Assert.Equal(field, response.ErrorField);
        }

        var unchanged = await ada.Client.ProfileAsync(ada.Username);
        Assert.Equal(JsonValueKind.Null, unchanged.GetProperty("bio").ValueKind);
        (await Client(cluster).CallAsync("user.updateProfile", new { bio = "x" })).AssertError(401, 1000);
    }

    [Fact]
    public async Task UpdateProfile_AvatarAndBanner_MustBeTheUsersOwnCompletedImages()
    {
        await using var cluster = await StartSocialAsync(MediaFixtures.UseLocalMediaStore);
        using var ada = await JoinAsync(cluster, "ada");
        using var bob = await JoinAsync(cluster, "bob");
        var media = cluster.ServiceProvider.GetRequiredService<IMediaRepository>();
        var image = await MediaFixtures.AddAsync(media, ada.Id, MediaKind.Image, MediaStatus.Completed);
        var banner = await MediaFixtures.AddAsync(media, ada.Id, MediaKind.Image, MediaStatus.Completed);
        var pending = await MediaFixtures.AddAsync(media, ada.Id, MediaKind.Image, MediaStatus.Pending);
        var video = await MediaFixtures.AddAsync(media, ada.Id, MediaKind.Video, MediaStatus.Completed);
        var bobs = await MediaFixtures.AddAsync(media, bob.Id, MediaKind.Image, MediaStatus.Completed);

        var profile = (await ada.Client.CallAsync("user.updateProfile", new { avatarMediaId = image.Id, bannerMediaId = banner.Id }))
            .AssertSuccess().GetProperty("profile");

        Assert.EndsWith(image.StorageKey, profile.GetProperty("avatarUrl").GetString(), StringComparison.Ordinal);
        Assert.EndsWith(banner.StorageKey, profile.GetProperty("bannerUrl").GetString(), StringComparison.Ordinal);
        var author = (await ada.PostAsync("with avatar")).GetProperty("author");
        Assert.Equal(profile.GetProperty("avatarUrl").GetString(), author.GetProperty("avatarUrl").GetString());

        foreach (var refused in new[] { pending, video, bobs })
        {
            var response = await ada.Client.CallAsync("user.updateProfile", new { avatarMediaId = refused.Id });
            response.AssertError(400, 1201);
            Assert.Equal("avatarMediaId", response.ErrorField);
        }

        var removed = (await ada.Client.CallAsync("user.updateProfile", new { avatarMediaId = "" })).AssertSuccess().GetProperty("profile");
        Assert.Equal(JsonValueKind.Null, removed.GetProperty("avatarUrl").ValueKind);
        Assert.Equal(profile.GetProperty("bannerUrl").GetString(), removed.GetProperty("bannerUrl").GetString());
    }

    [Fact]
    public async Task Settings_DefaultsAndPartialUpdates()
    {
        await using var cluster = await StartSocialAsync();
        using var ada = await JoinAsync(cluster, "ada");

        var defaults = (await ada.Client.CallAsync("settings.get")).AssertSuccess().GetProperty("settings");
        Assert.Equal("public", defaults.GetProperty("profileVisibility").GetString());
        Assert.Equal("public", defaults.GetProperty("defaultPostVisibility").GetString());
        Assert.True(defaults.GetProperty("allowConnectionRequests").GetBoolean());

        var changed = (await ada.Client.CallAsync("settings.updatePrivacy", new { profileVisibility = "followers", defaultPostVisibility = "private" }))
            .AssertSuccess().GetProperty("settings");
        Assert.Equal("followers", changed.GetProperty("profileVisibility").GetString());
        Assert.Equal("private", changed.GetProperty("defaultPostVisibility").GetString());

        var partial = (await ada.Client.CallAsync("settings.updatePrivacy", new { allowConnectionRequests = false })).AssertSuccess().GetProperty("settings");
        Assert.Equal(("followers", "private", false), (partial.GetProperty("profileVisibility").GetString(), partial.GetProperty("defaultPostVisibility").GetString(), partial.GetProperty("allowConnectionRequests").GetBoolean()));
        var read = (await ada.Client.CallAsync("settings.get")).AssertSuccess().GetProperty("settings");
        Assert.Equal(partial.GetRawText(), read.GetRawText());

        // A post without a visibility takes the default.
        Assert.Equal("private", (await ada.Client.CallAsync("post.create", new { type = "text_short", content = "mine" })).AssertSuccess().GetProperty("post").GetProperty("visibility").GetString());

        var bad = await ada.Client.CallAsync("settings.updatePrivacy", new { profileVisibility = "secret" });
        bad.AssertError(400, 1200);
        Assert.Equal("profileVisibility", bad.ErrorField);
        (await Client(cluster).CallAsync("settings.get")).AssertError(401, 1000);
    }

    [Fact]
    public async Task RestrictedProfiles_ShowOnlyTheirCard_ToThoseTheyHideFrom()
    {
        await using var cluster = await StartSocialAsync();
        using var ada = await JoinAsync(cluster, "ada");
        using var follower = await JoinAsync(cluster, "fan");
        using var stranger = await JoinAsync(cluster, "stranger");
        using var anonymous = Client(cluster);
        await follower.FollowAsync(ada);
        (await ada.Client.CallAsync("user.updateProfile", new { bio = "secret bio" })).AssertSuccess();
        (await ada.Client.CallAsync("settings.updatePrivacy", new { profileVisibility = "followers" })).AssertSuccess();

        AssertCardOnly(await anonymous.ProfileAsync(ada.Username), ada);
        AssertCardOnly(await stranger.Client.ProfileAsync(ada.Username), ada);
        Assert.Equal("secret bio", (await follower.Client.ProfileAsync(ada.Username)).GetProperty("bio").GetString());
        Assert.Equal("secret bio", (await ada.Client.ProfileAsync(ada.Username)).GetProperty("bio").GetString());

        (await ada.Client.CallAsync("settings.updatePrivacy", new { profileVisibility = "private" })).AssertSuccess();
        var card = await follower.Client.ProfileAsync(ada.Username);
        AssertCardOnly(card, ada);
        Assert.True(card.GetProperty("isFollowing").GetBoolean());
        Assert.Equal("secret bio", (await ada.Client.ProfileAsync(ada.Username)).GetProperty("bio").GetString());
    }

    private static void AssertCardOnly(JsonElement profile, Member owner)
    {
        Assert.Equal(owner.Id, profile.Id());
        Assert.Equal(owner.Username, profile.GetProperty("username").GetString());
        Assert.True(profile.GetProperty("restricted").GetBoolean());
        Assert.False(profile.TryGetProperty("bio", out _));
        Assert.False(profile.TryGetProperty("followersCount", out _));
    }
}
