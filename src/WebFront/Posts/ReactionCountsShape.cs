using System.Text.Json;
using Vrss.GrainInterfaces.Posts;

namespace Vrss.WebFront.Posts;

/// <summary>Reaction counts on the wire: <c>{ "like": 3, "love": 1 }</c>, types nobody chose left out.</summary>
public static class ReactionCountsShape
{
    /// <summary>The wire form of per-type counts.</summary>
    public static IReadOnlyDictionary<string, int> Of(IReadOnlyDictionary<ReactionType, int> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return counts.Where(c => c.Value > 0).OrderBy(c => c.Key)
            .ToDictionary(c => JsonNamingPolicy.CamelCase.ConvertName(c.Key.ToString()), c => c.Value, StringComparer.Ordinal);
    }
}
