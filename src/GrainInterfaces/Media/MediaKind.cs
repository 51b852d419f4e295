namespace Vrss.GrainInterfaces.Media;

/// <summary>The kind of an uploaded file (API.md <c>media.completeUpload</c>). The numbers are stored in the database.</summary>
public enum MediaKind
{
    /// <summary><c>image</c> (<c>image/*</c>).</summary>
    Image = 0,

    /// <summary><c>video</c> (<c>video/*</c>).</summary>
    Video = 1,

    /// <summary><c>audio</c> (<c>audio/*</c>).</summary>
    Audio = 2,
}
