using System.Buffers.Text;
using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Paging;
using Vrss.Grains.Data;

namespace Vrss.Grains.Tests.Data;

/// <summary>The opaque cursor format and the page-size rule.</summary>
public sealed class CursorTests
{
    [Fact]
    public void TimeCursor_RoundTripsTimeAndId()
    {
        var cursor = new TimeCursor(new DateTimeOffset(2026, 5, 4, 3, 2, 1, TimeSpan.Zero).AddTicks(1_234_560), "post-é-42");

        var decoded = TimeCursor.Parse(cursor.Encode(), TimeCursor.Newest);

        Assert.Equal(cursor, decoded);
        Assert.DoesNotContain('+', cursor.Encode());
        Assert.DoesNotContain('/', cursor.Encode());
        Assert.DoesNotContain('=', cursor.Encode());
    }

    [Fact]
    public void TimeCursor_NullOrEmpty_MeansTheStart()
    {
        Assert.Equal(TimeCursor.Newest, TimeCursor.Parse(null, TimeCursor.Newest));
        Assert.Equal(TimeCursor.Oldest, TimeCursor.Parse("", TimeCursor.Oldest));
    }

    [Fact]
    public void ScoreCursor_RoundTripsScoreAndId()
    {
        var cursor = new ScoreCursor(47_123.456_789_012_3, "p1");

        Assert.Equal(cursor, ScoreCursor.Parse(cursor.Encode()));
        Assert.Equal(ScoreCursor.Highest, ScoreCursor.Parse(null));
    }

    [Theory]
    [InlineData("not a cursor!")]
    [InlineData("AAAA")]
    [InlineData("%%%")]
    public void Parse_Garbage_IsAnInvalidFormatErrorOnTheCursorField(string garbage)
    {
        var error = Assert.Throws<VrssException>(() => TimeCursor.Parse(garbage, TimeCursor.Newest));

        Assert.Equal(ErrorCode.InvalidFormat, error.Code);
        Assert.Equal("cursor", error.Details!["field"]);
    }

    [Fact]
    public void Parse_CursorOfAnotherKindOfList_IsRefused()
    {
        Assert.Throws<VrssException>(() => ScoreCursor.Parse(TimeCursor.Newest.Encode()));
        Assert.Throws<VrssException>(() => TimeCursor.Parse(new ScoreCursor(1, "x").Encode(), TimeCursor.Newest));
    }

    [Fact]
    public void Parse_OutOfRangeTimeOrBadUtf8OrOversizedCursor_IsRefused()
    {
        var outOfRange = new byte[9];
        outOfRange[0] = (byte)'T';
        outOfRange.AsSpan(1).Fill(0x7F);
        var badUtf8 = new byte[] { (byte)'T', 0, 0, 0, 0, 0, 0, 0, 0, 0xC3, 0x28 };

        Assert.Throws<VrssException>(() => TimeCursor.Parse(Base64Url.EncodeToString(outOfRange), TimeCursor.Newest));
        Assert.Throws<VrssException>(() => TimeCursor.Parse(Base64Url.EncodeToString(badUtf8), TimeCursor.Newest));
        Assert.Throws<VrssException>(() => TimeCursor.Parse(new TimeCursor(DateTimeOffset.UnixEpoch, new string('x', 600)).Encode(), TimeCursor.Newest));
    }

    [Theory]
    [InlineData(null, 20)]
    [InlineData(1, 1)]
    [InlineData(100, 100)]
    public void PageLimit_Resolve_AcceptsOneToHundredWithDefaultTwenty(int? limit, int expected) =>
        Assert.Equal(expected, PageLimit.Resolve(limit));

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    [InlineData(-5)]
    public void PageLimit_Resolve_RefusesOutOfRange(int limit)
    {
        var error = Assert.Throws<VrssException>(() => PageLimit.Resolve(limit));

        Assert.Equal(ErrorCode.InvalidInput, error.Code);
        Assert.Equal("limit", error.Details!["field"]);
    }
}
