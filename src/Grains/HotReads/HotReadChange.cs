using Vrss.GrainInterfaces.Users;
using Vrss.Grains.Posts;

namespace Vrss.Grains.HotReads;

/// <summary>
/// One change to what silos hold for hot reads, sent by the value's owner to every silo. A closed set of kinds
/// (like <see cref="Delivery.FeedChange"/>) so the message cannot invoke anything else.
/// </summary>
/// <param name="Kind">What changed.</param>
/// <param name="Key">The post, user or medium.</param>
/// <param name="Post">The post as it is now (<see cref="HotReadChangeKind.Post"/>); null when it is gone.</param>
/// <param name="Card">The user's card as it is now (<see cref="HotReadChangeKind.Card"/>); null when it is gone.</param>
/// <param name="Reason">Why the author is hidden or no longer (<see cref="HotReadChangeKind.AuthorHidden"/>, <see cref="HotReadChangeKind.AuthorShown"/>).</param>
[GenerateSerializer, Immutable]
public sealed record HotReadChange(HotReadChangeKind Kind, string Key, PostRecord? Post = null, UserCard? Card = null, HiddenReasons Reason = HiddenReasons.None);
