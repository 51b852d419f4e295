using Microsoft.Extensions.Options;
using Vrss.Grains.Media.Storage;
using Vrss.Silo.Media;
using Vrss.WebFront.Client;
using Vrss.WebFront.Http;

namespace Vrss.WebFront.Tests.Client;

/// <summary>The PWA's policy names exactly the media origins the configured provider uses, and nothing broader.</summary>
public sealed class ClientContentSecurityPolicyTests
{
    private static string PolicyFor(MediaOptions media, string configured = "")
    {
        var origins = new MediaOrigins();
        new MediaOriginsSetup(Options.Create(media)).Configure(origins);
        return new ClientContentSecurityPolicy(Options.Create(new WebFrontOptions { HtmlContentSecurityPolicy = configured }), Options.Create(origins)).Value;
    }

    private static string Directive(string policy, string name) =>
        policy.Split("; ").Single(d => d.StartsWith(name + " ", StringComparison.Ordinal));

    [Fact]
    public void LocalMedia_EverythingFromThisOrigin()
    {
        var policy = PolicyFor(new MediaOptions { Provider = "Local" });

        Assert.Equal("img-src 'self' blob: data:", Directive(policy, "img-src"));
        Assert.Equal("connect-src 'self'", Directive(policy, "connect-src"));
        Assert.Equal("default-src 'self'", Directive(policy, "default-src"));
        Assert.Equal("object-src 'none'", Directive(policy, "object-src"));
    }

    [Fact]
    public void S3PathStyle_ReadsFromThePublicBase_AndUploadsToTheEndpoint()
    {
        var policy = PolicyFor(new MediaOptions
        {
            Provider = "S3",
            S3 = new S3MediaOptions { ServiceUrl = "http://127.0.0.1:9000/", Bucket = "media", ForcePathStyle = true, PublicBaseUrl = "https://cdn.example.com/vrss/" },
        });

        Assert.Equal("img-src 'self' blob: data: https://cdn.example.com", Directive(policy, "img-src"));
        Assert.Equal("media-src 'self' blob: https://cdn.example.com", Directive(policy, "media-src"));
        Assert.Equal("connect-src 'self' http://127.0.0.1:9000", Directive(policy, "connect-src"));
    }

    [Fact]
    public void S3VirtualHosted_UploadsToTheBucketsHost()
    {
        var custom = PolicyFor(new MediaOptions { Provider = "S3", S3 = new S3MediaOptions { ServiceUrl = "https://s3.example.net", Bucket = "media" } });
        var aws = PolicyFor(new MediaOptions { Provider = "S3", S3 = new S3MediaOptions { Bucket = "media", Region = "eu-west-1" } });

        Assert.Equal("connect-src 'self' https://media.s3.example.net", Directive(custom, "connect-src"));
        Assert.Equal("connect-src 'self' https://media.s3.eu-west-1.amazonaws.com", Directive(aws, "connect-src"));
        Assert.Equal("img-src 'self' blob: data:", Directive(aws, "img-src"));
    }

    [Fact]
    public void AConfiguredPolicy_IsUsedVerbatim()
    {
        Assert.Equal("default-src 'none'", PolicyFor(new MediaOptions(), configured: "default-src 'none'"));
    }
}
