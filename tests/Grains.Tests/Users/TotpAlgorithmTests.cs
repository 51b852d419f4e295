using System.Text;
using Vrss.Grains.Users;

namespace Vrss.Grains.Tests.Users;

public sealed class TotpAlgorithmTests
{
    // RFC 6238 appendix B, SHA-1 column (8 digits).
    private static readonly byte[] s_secret = Encoding.ASCII.GetBytes("12345678901234567890");

    [Theory]
    [InlineData(59, "94287082")]
    [InlineData(1111111109, "07081804")]
    [InlineData(1111111111, "14050471")]
    [InlineData(1234567890, "89005924")]
    [InlineData(2000000000, "69279037")]
    [InlineData(20000000000, "65353130")]
    public void Compute_MatchesRfc6238Vectors(long unixSeconds, string expected)
    {
        var step = TotpAlgorithm.StepAt(DateTimeOffset.FromUnixTimeSeconds(unixSeconds));

        Assert.Equal(expected, TotpAlgorithm.Compute(s_secret, step, 8));
        Assert.Equal(expected[2..], TotpAlgorithm.Compute(s_secret, step));
    }

    [Fact]
    public void TryMatch_AcceptsOneStepOfDrift_AndNoStepTwice()
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1234567890);
        var step = TotpAlgorithm.StepAt(now);
        var previous = TotpAlgorithm.Compute(s_secret, step - 1);

        Assert.True(TotpAlgorithm.TryMatch(s_secret, previous, now, 1, lastUsedStep: 0, out var matched));
        Assert.Equal(step - 1, matched);
        Assert.False(TotpAlgorithm.TryMatch(s_secret, previous, now, 1, lastUsedStep: matched, out _));
        Assert.False(TotpAlgorithm.TryMatch(s_secret, TotpAlgorithm.Compute(s_secret, step - 2), now, 1, 0, out _));
        Assert.True(TotpAlgorithm.TryMatch(s_secret, TotpAlgorithm.Compute(s_secret, step + 1), now, 1, 0, out _));
        Assert.False(TotpAlgorithm.TryMatch(s_secret, "12345", now, 1, 0, out _));
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("f", "MY")]
    [InlineData("fo", "MZXQ")]
    [InlineData("foo", "MZXW6")]
    [InlineData("foob", "MZXW6YQ")]
    [InlineData("fooba", "MZXW6YTB")]
    [InlineData("foobar", "MZXW6YTBOI")]
    public void Base32_MatchesRfc4648VectorsWithoutPadding(string input, string expected) =>
        Assert.Equal(expected, Base32.Encode(Encoding.ASCII.GetBytes(input)));
}
