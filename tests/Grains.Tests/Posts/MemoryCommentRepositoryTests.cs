namespace Vrss.Grains.Tests.Posts;

/// <summary>The comment repository contract on the Memory provider.</summary>
public sealed class MemoryCommentRepositoryTests : CommentRepositoryTests
{
    protected override void Configure(IDictionary<string, string?> settings) => UseMemory(settings);
}
