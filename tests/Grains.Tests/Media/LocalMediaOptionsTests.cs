using Vrss.Grains.Media.Storage;

namespace Vrss.Grains.Tests.Media;

/// <summary>Running the product from a checkout must not write runtime data into it (issue 14, item 8).</summary>
public sealed class LocalMediaOptionsTests
{
    [Fact]
    public void TheDefaultDataPath_IsAbsolute_AndOutsideTheWorkingFolder()
    {
        var path = new LocalMediaOptions().DataPath;

        Assert.True(Path.IsPathRooted(path), path);
        var checkout = Path.GetFullPath(Environment.CurrentDirectory) + Path.DirectorySeparatorChar;
        Assert.False(Path.GetFullPath(path).StartsWith(checkout, StringComparison.Ordinal), $"{path} is inside {checkout}");
        Assert.EndsWith(Path.Combine("vrss", "media"), path, StringComparison.Ordinal);
    }
}
