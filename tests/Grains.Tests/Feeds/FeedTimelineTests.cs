using Vrss.GrainInterfaces.Feeds;
using Vrss.Grains.Data;
using Vrss.Grains.Feeds;

namespace Vrss.Grains.Tests.Feeds;

/// <summary>The home feed's in-memory timeline: order, bound, window and keyset reads.</summary>
public sealed class FeedTimelineTests
{
    private static readonly DateTimeOffset s_t0 = new(2026, 5, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Add_KeepsNewestFirst_BreaksTiesById_AndIgnoresDuplicates()
    {
        var timeline = new FeedTimeline(10);
        Assert.True(timeline.Add(Entry("b", 1)));
        Assert.True(timeline.Add(Entry("a", 2)));
        Assert.True(timeline.Add(Entry("c", 1)));
        Assert.True(timeline.Add(Entry("d", 0)));
        Assert.False(timeline.Add(Entry("a", 2)));

        Assert.Equal(["a", "c", "b", "d"], timeline.Entries.Select(e => e.PostId));
    }

    [Fact]
    public void Add_BeyondCapacity_DropsTheOldest_AndRefusesAnythingOlderThanTheWindow()
    {
        var timeline = new FeedTimeline(3);
        foreach (var minute in new[] { 5, 1, 4, 3 })
        {
            timeline.Add(Entry($"p{minute}", minute));
        }

        Assert.Equal(["p5", "p4", "p3"], timeline.Entries.Select(e => e.PostId));
        Assert.Equal(new TimeCursor(s_t0.AddMinutes(3), "p3"), timeline.Floor);
        Assert.False(timeline.Add(Entry("p2", 2)));
        Assert.True(timeline.Add(Entry("p6", 6)));
        Assert.Equal(["p6", "p5", "p4"], timeline.Entries.Select(e => e.PostId));
    }

    [Fact]
    public void Reset_Incomplete_SetsTheFloorAtTheOldestEntry()
    {
        var timeline = new FeedTimeline(10);
        timeline.Reset([Entry("p3", 3), Entry("p2", 2)], complete: false);

        Assert.False(timeline.InWindow(s_t0.AddMinutes(1), "p1"));
        Assert.True(timeline.InWindow(s_t0.AddMinutes(2), "p2"));

        timeline.Reset([Entry("p3", 3)], complete: true);
        Assert.Null(timeline.Floor);
        Assert.True(timeline.InWindow(s_t0, "p0"));
    }

    [Fact]
    public void Before_ReadsStrictlyOlderEntries_WhateverIsAddedAbove()
    {
        var timeline = new FeedTimeline(100);
        for (var i = 0; i < 10; i++)
        {
            timeline.Add(Entry($"p{i}", i));
        }

        var first = timeline.Before(TimeCursor.Newest, 4);
        timeline.Add(Entry("late", 50));
        var second = timeline.Before(FeedTimeline.KeyOf(first[^1]), 4);

        Assert.Equal(["p9", "p8", "p7", "p6"], first.Select(e => e.PostId));
        Assert.Equal(["p5", "p4", "p3", "p2"], second.Select(e => e.PostId));
        Assert.Equal(["p1", "p0"], timeline.Before(FeedTimeline.KeyOf(second[^1]), 4).Select(e => e.PostId));
    }

    [Fact]
    public void Remove_ByPostAndByAuthor()
    {
        var timeline = new FeedTimeline(10);
        timeline.Add(Entry("p1", 1, "alice"));
        timeline.Add(Entry("p2", 2, "bob"));
        timeline.Add(Entry("p3", 3, "alice"));

        Assert.True(timeline.RemovePost("p2"));
        Assert.False(timeline.RemovePost("p2"));
        Assert.Equal(2, timeline.RemoveAuthor("alice"));
        Assert.Equal(0, timeline.Count);
        Assert.True(timeline.Add(Entry("p3", 3, "alice")));
    }

    private static FeedEntry Entry(string id, int minute, string author = "author") => new(id, author, s_t0.AddMinutes(minute));
}
