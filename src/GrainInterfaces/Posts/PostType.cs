namespace Vrss.GrainInterfaces.Posts;

/// <summary>The kind of a post (API.md <c>post.create</c>). The numbers are stored in the database.</summary>
public enum PostType
{
    /// <summary><c>text_short</c>: up to 500 characters.</summary>
    TextShort = 0,

    /// <summary><c>text_long</c>: up to 5000 characters.</summary>
    TextLong = 1,

    /// <summary><c>image</c>.</summary>
    Image = 2,

    /// <summary><c>video</c>.</summary>
    Video = 3,

    /// <summary><c>audio</c>.</summary>
    Audio = 4,

    /// <summary><c>gallery</c>: several images.</summary>
    Gallery = 5,
}
