using Vrss.Testing.EndToEnd;

namespace Vrss.Security.Tests.Accounts;

/// <summary>
/// Finding 10: display names accepted bidirectional overrides and zero-width characters, so one member could show
/// up under a name that looks exactly like another's.
/// </summary>
public sealed class LookalikeNameTests : MemoryProductTests
{
    public static TheoryData<string> Lookalikes => new()
    {
        "\u202Enimda",           // right-to-left override: displays as "admin"
        "ad\u200Bmin",           // zero-width space
        "ad\u200Cmin",           // zero-width non-joiner
        "ad\u200Dmin",           // zero-width joiner between letters
        "admin\u2060",           // word joiner
        "\uFEFFadmin",           // byte-order mark
        "ad\u2067min\u2069",     // right-to-left isolate
        "admin\u200F",           // right-to-left mark
        "ad\u00ADmin",           // soft hyphen
        "\u3164",                // Hangul filler: a name that shows as blank
    };

    [Theory]
    [MemberData(nameof(Lookalikes))]
    public async Task DisplayNames_RefuseInvisibleAndDirectionCharacters_OnRegisterAndProfileUpdate(string name)
    {
        await using var cluster = await StartAsync();
        using var client = Client(cluster);
        var username = TestAccounts.UniqueUsername();

        var register = await client.CallAsync("auth.register", new { username, email = $"{username}@example.com", password = TestAccounts.DefaultPassword, displayName = name });
        register.AssertError(400, 1203);
        Assert.Equal("displayName", register.ErrorField);

        await client.RegisterAsync();
        var update = await client.CallAsync("user.updateProfile", new { displayName = name });
        update.AssertError(400, 1203);
        Assert.Equal("displayName", update.ErrorField);
    }

    [Fact]
    public async Task DisplayNames_KeepEmojiSequences_AndOtherScripts()
    {
        await using var cluster = await StartAsync();
        using var client = Client(cluster);
        await client.RegisterAsync();

        foreach (var name in new[] { "Family \U0001F468\u200D\U0001F469\u200D\U0001F467", "Pilot \U0001F469\u200D\u2708\uFE0F", "\u05E9\u05DC\u05D5\u05DD", "Zoë Ångström" })
        {
            var profile = (await client.CallAsync("user.updateProfile", new { displayName = name })).AssertSuccess();
            Assert.Equal(name, profile.GetProperty("profile").GetProperty("displayName").GetString());
        }
    }

    [Fact]
    public async Task Usernames_RefuseAnythingButAsciiLettersDigitsAndUnderscore()
    {
        await using var cluster = await StartAsync();
        using var client = Client(cluster);

        foreach (var username in new[] { "admin\u200B", "\u202Eadmin", "аdmin" /* Cyrillic а */ })
        {
            (await client.CallAsync("auth.register", new { username, email = "x@example.com", password = TestAccounts.DefaultPassword }))
                .AssertError(400, 1203);
        }
    }
}
