using Vrss.Testing;
using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;

namespace Vrss.WebFront.Tests.Media;

/// <summary>Uploads to a real S3-compatible server (s3rver) through presigned URLs, with PostgreSQL storage.</summary>
public sealed class S3MediaUploadTests(PostgresDatabaseFixture database) : MediaUploadTests, IClassFixture<PostgresDatabaseFixture>, IAsyncLifetime
{
    private string _bucket = "";
    private Uri? _serviceUrl;

    public async Task InitializeAsync()
    {
        var server = await S3Server.Shared;
        _serviceUrl = server.ServiceUrl;
        _bucket = await server.CreateBucketAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    protected override void ConfigureStorage(TestClusterOptions options) => options.UsePostgresStorage(database.ConnectionString);

    protected override void ConfigureMedia(TestClusterOptions options)
    {
        options.Configuration["Vrss:Media:Provider"] = "S3";
        options.Configuration["Vrss:Media:S3:ServiceUrl"] = _serviceUrl!.ToString();
        options.Configuration["Vrss:Media:S3:Bucket"] = _bucket;
        options.Configuration["Vrss:Media:S3:AccessKey"] = S3Server.AccessKey;
        options.Configuration["Vrss:Media:S3:SecretKey"] = S3Server.SecretKey;
        options.Configuration["Vrss:Media:S3:ForcePathStyle"] = "true";
    }
}
