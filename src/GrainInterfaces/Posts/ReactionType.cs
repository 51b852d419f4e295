namespace Vrss.GrainInterfaces.Posts;

/// <summary>A reaction to a post (API.md <c>post.react</c>). The numbers are stored in the database.</summary>
public enum ReactionType
{
    /// <summary><c>like</c>.</summary>
    Like = 0,

    /// <summary><c>love</c>.</summary>
    Love = 1,

    /// <summary><c>laugh</c>.</summary>
    Laugh = 2,

    /// <summary><c>wow</c>.</summary>
    Wow = 3,

    /// <summary><c>sad</c>.</summary>
    Sad = 4,

    /// <summary><c>angry</c>.</summary>
    Angry = 5,
}
