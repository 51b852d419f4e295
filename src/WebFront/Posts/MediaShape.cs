using Vrss.GrainInterfaces.Media;

namespace Vrss.WebFront.Posts;

/// <summary>A post's medium on the wire: <c>id, url, type (image, video, audio), contentType</c>.</summary>
public sealed record MediaShape(string Id, string? Url, MediaKind Type, string ContentType);
