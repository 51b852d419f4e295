namespace Vrss.Grains.Media;

/// <summary>A user's storage as the media table says (the quota grain keeps the authoritative running sums).</summary>
/// <param name="Used">Bytes of completed uploads.</param>
/// <param name="Reserved">Bytes of pending uploads.</param>
public sealed record MediaUsage(long Used, long Reserved);
