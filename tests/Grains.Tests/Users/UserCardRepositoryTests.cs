using Vrss.GrainInterfaces.Users;
using Vrss.Grains.Tests.Data;
using Vrss.Grains.Users;

namespace Vrss.Grains.Tests.Users;

/// <summary>The card and search part of <see cref="IUserRepository"/>, run against each provider by the derived classes.</summary>
public abstract class UserCardRepositoryTests : RepositoryTests
{
    private IUserRepository Users => Get<IUserRepository>();

    [Fact]
    public async Task GetCards_ReturnsTheExistingAccounts_AndUpdateCardChangesThem()
    {
        var ada = await CreateAsync("ada", "Ada Lovelace");
        var bob = await CreateAsync("bob", "Bob");

        Assert.True(await Users.UpdateCardAsync(ada.Id, "Countess Ada", "https://media.example/ada.png"));
        Assert.False(await Users.UpdateCardAsync(NewId("nobody"), "x", null));

        var cards = await Users.GetCardsAsync([ada.Id, bob.Id, ada.Id, NewId("nobody")]);
        Assert.Equal(
            new[] { new UserCard(ada.Id, ada.Username, "Countess Ada", "https://media.example/ada.png"), new UserCard(bob.Id, bob.Username, "Bob", null) }
                .OrderBy(c => c.Id, StringComparer.Ordinal),
            cards.OrderBy(c => c.Id, StringComparer.Ordinal));
        Assert.Equal("Countess Ada", (await Users.GetAsync(ada.Id))!.DisplayName);
        Assert.Empty(await Users.GetCardsAsync([]));
    }

    [Fact]
    public async Task Search_RanksExactUsername_ThenUsernamePrefix_ThenDisplayNamePrefix_ThenDisplayNameInside()
    {
        var tag = Tag();
        var inside = await CreateAsync($"zz{tag}in", $"The {tag} fan");
        var displayPrefix = await CreateAsync($"yy{tag}dp", $"{tag.ToUpperInvariant()} Official");
        var prefixB = await CreateAsync($"{tag}_b", "Someone");
        var prefixA = await CreateAsync($"{tag}_a", "Someone else");
        var exact = await CreateAsync(tag, "Exact");
        await CreateAsync($"xx{Tag()}", "unrelated");

        var found = await Users.SearchAsync(tag, 20);

        Assert.Equal([exact.Id, prefixA.Id, prefixB.Id, displayPrefix.Id, inside.Id], found.Select(c => c.Id));
        Assert.Equal([exact.Id, prefixA.Id], (await Users.SearchAsync(tag, 2)).Select(c => c.Id));
    }

    [Fact]
    public async Task Search_TreatsWildcardsLiterally_AndShortQueriesMatchOnlyPrefixes()
    {
        var tag = Tag();
        var underscore = await CreateAsync($"{tag}_x", "Plain");
        await CreateAsync($"{tag}ax", "Plain");

        Assert.Equal([underscore.Id], (await Users.SearchAsync($"{tag}_", 10)).Select(c => c.Id));
        Assert.Empty(await Users.SearchAsync($"{tag}%", 10));

        // "ai" is inside "Plain" but too short to search inside names.
        Assert.DoesNotContain(await Users.SearchAsync("ai", 100), c => c.Id == underscore.Id);
    }

    private static string Tag() => "t" + Guid.NewGuid().ToString("N")[..10];

    private async Task<UserRecord> CreateAsync(string username, string displayName)
    {
        var user = new UserRecord(NewId("user"), username, $"{username}@example.com", displayName, T0, new UserCredentials("hash", null, null, null, 0, 1));
        await Users.InsertAsync(user);
        return user;
    }
}
