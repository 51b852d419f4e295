using Vrss.GrainInterfaces.Posts;
using Vrss.Grains.Posts;

namespace Vrss.Grains.Tests.Posts;

/// <summary>A user's remembered reactions: "none" is knowledge too, changes win over what was read, and the bound holds.</summary>
public sealed class OwnReactionMemoTests
{
    [Fact]
    public void Learn_RemembersReactionsAndTheirAbsence_SoOnlyNewPostsAreUnknown()
    {
        var memo = new OwnReactionMemo(10);
        Assert.Equal(["a", "b"], memo.Unknown(["a", "b", "a"]));

        memo.Learn(["a", "b"], new Dictionary<string, ReactionType> { ["a"] = ReactionType.Love });

        Assert.Equal(["c"], memo.Unknown(["a", "b", "c"]));
        Assert.Equal(new Dictionary<string, ReactionType> { ["a"] = ReactionType.Love }, memo.Reactions(["a", "b", "c"]));
    }

    [Fact]
    public void Set_ChangesAndRemovesAReaction_AndLearnsAPostNotReadBefore()
    {
        var memo = new OwnReactionMemo(10);
        memo.Learn(["a"], new Dictionary<string, ReactionType> { ["a"] = ReactionType.Like });

        memo.Set("a", ReactionType.Sad);
        memo.Set("z", ReactionType.Wow);
        Assert.Equal(new Dictionary<string, ReactionType> { ["a"] = ReactionType.Sad, ["z"] = ReactionType.Wow }, memo.Reactions(["a", "z"]));

        memo.Set("a", null);
        Assert.Empty(memo.Unknown(["a", "z"]));
        Assert.Equal(["z"], memo.Reactions(["a", "z"]).Keys);
    }

    [Fact]
    public void PastItsCapacity_ItForgetsThePostsLearntFirst()
    {
        var memo = new OwnReactionMemo(3);
        memo.Learn(["a", "b", "c"], new Dictionary<string, ReactionType> { ["a"] = ReactionType.Like });
        memo.Set("b", ReactionType.Love);
        memo.Set("d", null);

        Assert.Equal(3, memo.Count);
        Assert.Equal(["a"], memo.Unknown(["a", "b", "c", "d"]));
    }

    [Fact]
    public void ACapacityBelowOne_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new OwnReactionMemo(0));
}
