using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Media;
using Vrss.GrainInterfaces.Text;

namespace Vrss.GrainInterfaces.Posts;

/// <summary>
/// API.md's post rules: text posts hold text only (<c>text_short</c> up to 500 characters, <c>text_long</c> up to
/// 5000); media posts hold a caption of up to 5000 characters and their media (<c>image</c>, <c>video</c> and
/// <c>audio</c> exactly one of that kind, <c>gallery</c> 2-10 images). Comments are up to 2000 characters.
/// </summary>
public static class PostRules
{
    /// <summary>The longest <c>text_short</c> post.</summary>
    public const int ShortTextMaxLength = 500;

    /// <summary>The longest <c>text_long</c> post or caption.</summary>
    public const int LongTextMaxLength = 5000;

    /// <summary>The longest comment.</summary>
    public const int CommentMaxLength = 2000;

    /// <summary>The most media one post may carry.</summary>
    public const int MaxMedia = 10;

    /// <summary>Whether the type is a text post (no media).</summary>
    public static bool IsText(PostType type) => type is PostType.TextShort or PostType.TextLong;

    /// <summary>The longest content a post of this type may have.</summary>
    public static int MaxContentLength(PostType type) => type == PostType.TextShort ? ShortTextMaxLength : LongTextMaxLength;

    /// <summary>The kind of media a post of this type carries, or null for text posts.</summary>
    public static MediaKind? MediaKindOf(PostType type) => type switch
    {
        PostType.Image or PostType.Gallery => MediaKind.Image,
        PostType.Video => MediaKind.Video,
        PostType.Audio => MediaKind.Audio,
        _ => null,
    };

    /// <summary>Checks a post's content for its type and returns it (a missing caption is empty).</summary>
    public static string Content(string? content, PostType type) => IsText(type)
        ? PlainText.Required(content, "content", MaxContentLength(type), multiline: true)
        : PlainText.Optional(content, "content", MaxContentLength(type), multiline: true) ?? "";

    /// <summary>Checks how many media a post of this type carries.</summary>
    public static void MediaCount(PostType type, int count)
    {
        var (min, max) = type switch
        {
            PostType.Image or PostType.Video or PostType.Audio => (1, 1),
            PostType.Gallery => (2, MaxMedia),
            _ => (0, 0),
        };
        if (count < min || count > max)
        {
            throw VrssException.Invalid("mediaIds", type switch
            {
                PostType.Image => "an image post carries exactly one image",
                PostType.Video => "a video post carries exactly one video",
                PostType.Audio => "an audio post carries exactly one audio file",
                PostType.Gallery => $"a gallery carries {min}-{max} images",
                _ => "text posts carry no media; use an image, video, audio or gallery post",
            });
        }
    }

    /// <summary>Checks a comment's content and returns it.</summary>
    public static string Comment(string? content) => PlainText.Required(content, "content", CommentMaxLength, multiline: true);
}
