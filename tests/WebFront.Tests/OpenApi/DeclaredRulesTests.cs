using Vrss.GrainInterfaces.Errors;
using Vrss.WebFront.Auth;
using Vrss.WebFront.Rpc.Schema;
using Vrss.WebFront.Social;
using Vrss.WebFront.Users;

namespace Vrss.WebFront.Tests.OpenApi;

/// <summary>
/// The declarations the document states are enforced by the base class (after each procedure's own checks), with
/// the codes the procedures have always answered.
/// </summary>
public sealed class DeclaredRulesTests
{
    [Fact]
    public void EveryKindOfDeclaration_IsEnforced_NamingTheField()
    {
        Assert.Null(Refusal(new RegisterInput("alice_1", "a@b.example", "Correct-Horse-42", null)));
        Assert.Equal(("username", ErrorCode.MissingRequiredField), Refusal(new RegisterInput(null, "a@b.example", "Correct-Horse-42", null)));
        Assert.Equal(("username", ErrorCode.InvalidInput), Refusal(new RegisterInput("ab", "a@b.example", "Correct-Horse-42", null)));
        Assert.Equal(("username", ErrorCode.InvalidFormat), Refusal(new UserRefInput("a b", null)));
        Assert.Equal(("userId", ErrorCode.InvalidInput), Refusal(new UserRefInput(null, "has space")));
        Assert.Equal(("cursor", ErrorCode.InvalidFormat), Refusal(new PageInput(new string('c', 513), null)));
        Assert.Equal(("limit", ErrorCode.InvalidInput), Refusal(new PageInput(null, 101)));
        Assert.Equal(("limit", ErrorCode.InvalidInput), Refusal(new PageInput(null, 0)));
    }

    [Fact]
    public void Lengths_CountUnicodeScalarValues_AsJsonSchemaDoes_AndNestedFieldsAreNamedByTheirPath()
    {
        // 50 emoji are 100 UTF-16 units and 50 characters: exactly the limit.
        Assert.Null(Refusal(new RegisterInput("alice_1", "a@b.example", "Correct-Horse-42", string.Concat(Enumerable.Repeat("😀", 50)))));
        Assert.Equal(("displayName", ErrorCode.InvalidInput), Refusal(new RegisterInput("alice_1", "a@b.example", "Correct-Horse-42", string.Concat(Enumerable.Repeat("😀", 51)))));

        var links = new[] { new ProfileLinkInput("web", "https://example.com"), new ProfileLinkInput("web", "https://example.com/" + new string('x', 500)) };
        var profile = new UpdateProfileInput(null, null, null, null, null, null, links, null, null, null);
        Assert.Equal(("links[1].url", ErrorCode.InvalidInput), Refusal(profile));
    }

    [Fact]
    public void APatternMeansTheWholeValue_NotUpToATrailingNewline()
    {
        // .NET's $ would accept "alice\n"; JSON Schema's (ECMA-262) does not, and neither does the server.
        Assert.Equal(("username", ErrorCode.InvalidFormat), Refusal(new UserRefInput("alice\n", null)));
    }

    private static (string Field, ErrorCode Code)? Refusal(object input)
    {
        try
        {
            DeclaredRules.Check(input);
            return null;
        }
        catch (VrssException refused)
        {
            return (refused.Details!["field"], refused.Code);
        }
    }
}
