using Vrss.Grains.Media.Storage;

namespace Vrss.Grains.Tests.Media;

public sealed class MediaKeysTests
{
    [Theory]
    [InlineData("photo.jpg", "photo.jpg")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("..\\..\\boot.ini", "boot.ini")]
    [InlineData("héllo wörld.png", "h_llo_w_rld.png")]
    [InlineData(".hidden", "hidden")]
    [InlineData("", "file")]
    [InlineData("???", "file")]
    [InlineData("<script>.png", "_script_.png")]
    public void Filename_IsSanitized(string input, string expected) => Assert.Equal(expected, MediaKeys.SanitizeFilename(input));

    [Fact]
    public void LongFilename_IsCappedAndKeepsItsExtension()
    {
        var name = MediaKeys.SanitizeFilename(new string('a', 300) + ".jpeg");
        Assert.Equal(100, name.Length);
        Assert.EndsWith(".jpeg", name, StringComparison.Ordinal);
    }

    [Fact]
    public void Key_HasTheDocumentedShape() =>
        Assert.Equal("media/u1/m2/my_cat.png", MediaKeys.For("u1", "m2", "my cat.png"));

    [Fact]
    public void Key_GivesBackItsMediaId()
    {
        Assert.Equal("m2", MediaKeys.MediaIdOf(MediaKeys.For("u1", "m2", "my cat.png")));
        Assert.Throws<ArgumentException>(() => MediaKeys.MediaIdOf("media/u1/../x.png"));
        Assert.Throws<ArgumentException>(() => MediaKeys.MediaIdOf("other/u1/m2/x.png"));
    }

    [Fact]
    public void UploadKey_IsTheMediaKeyUnderUploads()
    {
        Assert.Equal("uploads/u1/m2/my_cat.png", MediaKeys.UploadKeyOf(MediaKeys.For("u1", "m2", "my cat.png")));
        Assert.Throws<ArgumentException>(() => MediaKeys.UploadKeyOf("uploads/u1/m2/x.png"));
    }

    [Fact]
    public void Key_RefusesUnsafeIds() => Assert.Throws<ArgumentException>(() => MediaKeys.For("../u", "m", "f.png"));
}
