using Vrss.Grains.HotReads;

namespace Vrss.Grains.Tests.HotReads;

/// <summary>A silo's copy of pushed values: a value read from the tables never overwrites a change announced meanwhile.</summary>
public sealed class HotCacheTests
{
    [Fact]
    public void AFill_IsKept_WhenNoChangeArrivedWhileReading()
    {
        var cache = new HotCache<string>(10);
        var readAt = cache.Version;

        Assert.True(cache.Fill("p", "v1", readAt));
        Assert.True(cache.TryGet("p", out var value));
        Assert.Equal("v1", value);
    }

    [Fact]
    public void AFill_IsDropped_WhenAChangeArrivedWhileReading_SoTheOldRowNeverOutlivesTheWrite()
    {
        var cache = new HotCache<string>(10);
        var readAt = cache.Version;

        // The write lands and is announced while the query (which read the old row) is on its way back.
        cache.Set("p", "v2");

        Assert.False(cache.Fill("p", "v1", readAt));
        Assert.True(cache.TryGet("p", out var value));
        Assert.Equal("v2", value);
    }

    [Fact]
    public void AFill_IsDropped_AfterARemoval_AndTheRemovedValueIsGone()
    {
        var cache = new HotCache<string>(10);
        cache.Set("p", "v1");
        var readAt = cache.Version;
        cache.Remove("p");

        Assert.False(cache.Fill("p", "v1", readAt));
        Assert.False(cache.TryGet("p", out _));
    }

    [Fact]
    public void PastTheCapacity_TheCopyStaysBounded_AndKeepsTheNewValue()
    {
        var cache = new HotCache<string>(3);
        foreach (var key in new[] { "a", "b", "c", "d", "e" })
        {
            cache.Set(key, key.ToUpperInvariant());
            Assert.InRange(cache.Count, 1, 3);
        }

        Assert.True(cache.TryGet("e", out var value));
        Assert.Equal("E", value);
        cache.Set("e", "E2");
        Assert.True(cache.TryGet("e", out value));
        Assert.Equal("E2", value);
    }

    [Fact]
    public void AClear_DropsEveryValue_AndEveryFillStillOnItsWay()
    {
        var cache = new HotCache<string>(10);
        cache.Set("p", "v1");
        var readAt = cache.Version;

        cache.Clear();

        Assert.False(cache.TryGet("p", out _));
        Assert.False(cache.Fill("q", "old", readAt));
        Assert.True(cache.Fill("q", "new", cache.Version));
    }
}
