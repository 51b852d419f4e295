using Vrss.Runtime.Core;
using Vrss.Runtime.Membership;

namespace Vrss.Runtime.Placement;

/// <summary>
/// Rendezvous (highest random weight) hashing: a grain's owner is the active silo with the highest score for
/// the pair (grain, silo). Removing a silo moves only the grains it owned; adding one of N moves about 1/N.
/// The hash is FNV-1a over the text plus a SplitMix64 finaliser: stable across processes and runs.
/// </summary>
public static class RendezvousPlacement
{
    /// <summary>The owner of <paramref name="grainId"/> among <paramref name="silos"/>, or null when there are none.</summary>
    public static SiloAddress? PickOwner(GrainId grainId, IReadOnlyList<SiloAddress> silos, IReadOnlyList<ulong> siloHashes)
    {
        if (silos.Count == 0)
        {
            return null;
        }

        if (silos.Count == 1)
        {
            return silos[0];
        }

        var grainHash = Hash(grainId.Type, grainId.Key);
        var best = 0;
        var bestScore = 0UL;
        for (var i = 0; i < silos.Count; i++)
        {
            var score = Mix(grainHash ^ siloHashes[i]);
            if (i == 0 || score > bestScore)
            {
                best = i;
                bestScore = score;
            }
        }

        return silos[best];
    }

    /// <summary>The hash of a silo, computed once per view.</summary>
    public static ulong HashSilo(SiloAddress silo) => Mix(Hash(silo.ToString(), ""));

    private static ulong Hash(string a, string b)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in a)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        hash = (hash ^ '/') * 1099511628211UL;
        foreach (var c in b)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
