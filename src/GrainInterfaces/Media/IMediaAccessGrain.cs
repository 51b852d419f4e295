namespace Vrss.GrainInterfaces.Media;

/// <summary>
/// Decides who may read a stored media file. Stateless: it runs on the silo that took the request.
/// </summary>
public interface IMediaAccessGrain : IGrainWithIntegerKey
{
    /// <summary>
    /// The completed media <paramref name="mediaId"/> of <paramref name="ownerId"/> stored as <paramref name="filename"/>,
    /// when <paramref name="readerId"/> (null: signed out) may read it: always its owner; anyone for an avatar or
    /// banner; others when it is attached to a live post they may see. Null otherwise, and null for media that do
    /// not exist, so the two cannot be told apart.
    /// </summary>
    Task<ReadableMedia?> FindReadableAsync(string ownerId, string mediaId, string filename, string? readerId);
}
