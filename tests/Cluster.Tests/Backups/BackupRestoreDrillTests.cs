using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Npgsql;
using Vrss.Testing;
using Vrss.Testing.EndToEnd;
using Xunit.Abstractions;

namespace Vrss.Cluster.Tests.Backups;

/// <summary>
/// The restore drill of README "Backups and restore", end to end with real processes: a silo process (deploy/cluster.sh,
/// PostgreSQL clustering and storage, Local media) takes writes over HTTP; deploy/backup.sh backs it up while it runs,
/// as a nightly job would; the silo goes away; deploy/restore.sh restores the set into a database on another,
/// fresh PostgreSQL server and into a fresh media folder; a new silo process on those becomes ready and answers
/// every read exactly as the old one did.
/// </summary>
[Collection(SiloProcesses.Name)]
public sealed class BackupRestoreDrillTests(PostgresDatabaseFixture database, ITestOutputHelper output) : IClassFixture<PostgresDatabaseFixture>
{
    // Orleans' SiloStatus.Active.
    private const int ActiveStatus = 3;

    [Fact]
    public async Task DataWrittenThroughTheApi_SurvivesBackupAndRestoreOntoAFreshServer_AndANewSiloServesIt()
    {
        var work = Directory.CreateTempSubdirectory("vrss-drill-").FullName;
        try
        {
            await RunDrillAsync(work);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private async Task RunDrillAsync(string work)
    {
        var sourceConnection = await database.CreateEmptyDatabaseAsync("drill");
        var sourceMedia = Directory.CreateDirectory(Path.Combine(work, "media-before")).FullName;
        var restoredMedia = Path.Combine(work, "media-after");
        var backups = Path.Combine(work, "backups");
        var image = Png(3000);
        Snapshot before;
        TestAccount alice, bob;
        string imagePostId, mediaUrl;

        await using (var original = await LocalClusterScript.StartAsync(1, sourceConnection, MediaSettings(sourceMedia)))
        {
            using var client = new RpcClient(original.SiloAddress(0), useCookies: false);
            alice = await client.RegisterAsync(TestAccounts.UniqueUsername("alice"));
            bob = await new RpcClient(original.SiloAddress(0), useCookies: false).RegisterAsync(TestAccounts.UniqueUsername("bob"));

            client.BearerToken = alice.Token;
            (await client.CallAsync("user.updateProfile", new { displayName = "Alice Drill", bio = "written before the backup" })).AssertSuccess();
            var (mediaId, uploadUrl) = await InitiateUploadAsync(client, image);
            using (var put = await PutAsync(original.SiloAddress(0), uploadUrl, image))
            {
                Assert.Equal(HttpStatusCode.OK, put.StatusCode);
            }

            var media = (await client.CallAsync("media.completeUpload", new { uploadId = mediaId, mediaId })).AssertSuccess().GetProperty("media");
            mediaUrl = media.GetProperty("url").GetString()!;
            imagePostId = (await client.CallAsync("post.create", new { type = "image", content = "a picture", mediaIds = new[] { mediaId }, visibility = "public" }))
                .AssertSuccess().GetProperty("post").GetProperty("id").GetString()!;
            (await client.CallAsync("post.create", new { type = "text_short", content = "hello before the backup", visibility = "public" })).AssertSuccess();

            client.BearerToken = bob.Token;
            (await client.CallAsync("social.follow", new { username = alice.Username })).AssertSuccess();
            (await client.CallAsync("post.comment", new { postId = imagePostId, content = "nice picture" })).AssertSuccess();
            (await client.CallAsync("post.react", new { postId = imagePostId, reaction = "love" })).AssertSuccess();

            before = await Snapshot.TakeAsync(client, alice, bob, imagePostId);
            Assert.Equal(image, await GetMediaAsync(original.SiloAddress(0), mediaUrl, alice.Token));

            // The premise of the membership step: a backup of a running cluster holds its silo as Active.
            Assert.True(await CountAsync(sourceConnection, $"SELECT count(*) FROM orleansmembershiptable WHERE status = {ActiveStatus}") >= 1);

            // Backed up while the silo runs, through libpq's environment (no password: the test server trusts loopback).
            var clock = Stopwatch.StartNew();
            var backup = (await BackupScripts.RunAsync("backup.sh", ["--dest", backups, "--media-dir", sourceMedia, "--keep", "3"], BackupScripts.LibpqEnvironment(sourceConnection)))
                .EnsureSuccess();
            clock.Stop();
            output.WriteLine(backup.Output.Trim());
            output.WriteLine($"backup took {clock.ElapsedMilliseconds} ms");
        }

        var set = Assert.Single(Directory.GetDirectories(backups));
        foreach (var file in Directory.GetFiles(set))
        {
            output.WriteLine($"{Path.GetFileName(file)}: {new FileInfo(file).Length} bytes");
        }

        // A second PostgreSQL server that never saw the original: nothing can leak across but the set.
        await using var fresh = await PostgresServer.StartDedicatedAsync();
        var restoredConnection = await fresh.CreateDatabaseAsync("restored");
        var restore = (await BackupScripts.RunAsync("restore.sh", [set, "--dbname", BackupScripts.Uri(restoredConnection), "--media-dir", restoredMedia]))
            .EnsureSuccess();
        output.WriteLine(restore.Output.Trim());
        Assert.Equal(0, await CountAsync(restoredConnection, "SELECT count(*) FROM orleansmembershiptable"));

        // A new silo process (other ports, so another silo address than the Active one in the dump) becomes ready.
        await using var restored = await LocalClusterScript.StartAsync(1, restoredConnection, MediaSettings(restoredMedia));
        using var reader = new RpcClient(restored.SiloAddress(0), useCookies: false) { BearerToken = bob.Token };

        // Sessions are rows too: bob's session of before answers every read as it did then.
        var after = await Snapshot.TakeAsync(reader, alice, bob, imagePostId);
        after.AssertSameAs(before);

        // Passwords verify against the restored hashes.
        using var login = new RpcClient(restored.SiloAddress(0), useCookies: false);
        var aliceToken = await login.LoginAsync(alice.Username, alice.Password);
        await login.LoginAsync(bob.Email, bob.Password);
        (await login.CallAsync("auth.login", new { login = alice.Username, password = "Wrong-Horse-42" })).AssertError(401, 1001);

        // The image's bytes came back through the media archive, served to its owner.
        Assert.Equal(image, await GetMediaAsync(restored.SiloAddress(0), mediaUrl, aliceToken));
    }

    private static Dictionary<string, string> MediaSettings(string folder) => new()
    {
        ["Vrss__Media__Provider"] = "Local",
        ["Vrss__Media__Local__DataPath"] = folder,
    };

    private static async Task<(string MediaId, string UploadUrl)> InitiateUploadAsync(RpcClient client, byte[] bytes)
    {
        var data = (await client.CallAsync("media.initiateUpload", new { filename = "drill.png", contentType = "image/png", size = bytes.Length })).AssertSuccess();
        return (data.GetProperty("mediaId").GetString()!, data.GetProperty("uploadUrl").GetString()!);
    }

    private static async Task<HttpResponseMessage> PutAsync(Uri silo, string uploadUrl, byte[] bytes)
    {
        using var http = new HttpClient { BaseAddress = silo };
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        return await http.PutAsync(new Uri(uploadUrl, UriKind.RelativeOrAbsolute), content);
    }

    // Media URLs are relative to the silo that answered (Local provider); the path is what names the file.
    private static async Task<byte[]> GetMediaAsync(Uri silo, string url, string token)
    {
        var path = System.Uri.TryCreate(url, UriKind.Absolute, out var absolute) ? absolute.PathAndQuery : url;
        using var http = new HttpClient { BaseAddress = silo };
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static async Task<long> CountAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static byte[] Png(int size)
    {
        var bytes = new byte[size];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(bytes, 0);
        for (var i = 8; i < size; i++)
        {
            bytes[i] = (byte)(i * 31);
        }

        return bytes;
    }
}
