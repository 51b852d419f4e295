using System.Globalization;
using Npgsql;
using Vrss.Testing;

namespace Vrss.Cluster.Tests.Backups;

/// <summary>
/// The scripts' guard rails against a real PostgreSQL: retention removes only old complete sets, and restore.sh
/// touches nothing when the set is damaged or the target already holds data (unless told to with --force).
/// </summary>
public sealed class BackupScriptTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>, IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("vrss-backup-tests-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public async Task Retention_KeepsTheNewestSets_AndRemovesOlderOnes_ButNeverPartialOrForeignFolders()
    {
        var dest = Directory.CreateDirectory(Path.Combine(_work, "keep-n")).FullName;
        var yesterday = FakeSet(dest, DateTime.UtcNow.AddDays(-1));
        var old = FakeSet(dest, new DateTime(2020, 1, 2, 0, 0, 0, DateTimeKind.Utc));
        var older = FakeSet(dest, new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        Directory.CreateDirectory(Path.Combine(dest, ".partial-vrss-20190101T000000Z.abc123"));
        Directory.CreateDirectory(Path.Combine(dest, "notes"));

        var result = (await BackupAsync(dest, "--no-media", "--keep", "2")).EnsureSuccess();

        var made = NewestSet(dest);
        Assert.Equal(new[] { ".partial-vrss-20190101T000000Z.abc123", "notes", yesterday, made }.Order(StringComparer.Ordinal), Folders(dest));
        Assert.Contains($"removed {Path.Combine(dest, old)} (retention)", result.Output, StringComparison.Ordinal);
        Assert.Contains($"removed {Path.Combine(dest, older)} (retention)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retention_WithKeepDays_KeepsEverySetYoungerThanThat_BeyondTheNewestN()
    {
        var dest = Directory.CreateDirectory(Path.Combine(_work, "keep-days")).FullName;
        var recent = FakeSet(dest, DateTime.UtcNow.AddDays(-3));
        FakeSet(dest, DateTime.UtcNow.AddDays(-10));

        (await BackupAsync(dest, "--no-media", "--keep", "1", "--keep-days", "7")).EnsureSuccess();

        Assert.Equal(new[] { recent, NewestSet(dest) }, Folders(dest));
    }

    [Fact]
    public async Task Restore_RefusesADatabaseThatHoldsData_AndLeavesItAlone_UnlessForced()
    {
        var set = await BackupOnceAsync();
        var target = await database.CreateEmptyDatabaseAsync("occupied");
        await ExecuteAsync(target, "CREATE TABLE precious (note text); INSERT INTO precious VALUES ('keep me')");

        var refused = await RestoreAsync(set, target);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("the target database is not empty", refused.Error, StringComparison.Ordinal);
        Assert.Equal(["precious"], await TablesAsync(target));

        (await RestoreAsync(set, target, "--force")).EnsureSuccess();
        Assert.Contains("users", await TablesAsync(target));
        Assert.Contains("orleansstorage", await TablesAsync(target));
    }

    [Fact]
    public async Task Restore_RefusesADamagedSet_BeforeTouchingTheDatabase()
    {
        var set = await BackupOnceAsync();
        var dump = Directory.GetFiles(set, "*.dump").Single();
        await using (var file = File.Open(dump, FileMode.Open, FileAccess.ReadWrite))
        {
            // Same length, one byte flipped: only the checksum can tell.
            file.Position = file.Length / 2;
            var value = file.ReadByte();
            file.Position = file.Length / 2;
            file.WriteByte((byte)(value ^ 0xFF));
        }

        var target = await database.CreateEmptyDatabaseAsync("damaged");

        var refused = await RestoreAsync(set, target);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("does not match its SHA-256", refused.Error, StringComparison.Ordinal);
        Assert.Empty(await TablesAsync(target));
    }

    [Fact]
    public async Task Restore_RefusesAMediaFolderThatHoldsFiles()
    {
        var media = Directory.CreateDirectory(Path.Combine(_work, "media")).FullName;
        await File.WriteAllTextAsync(Path.Combine(media, "a.txt"), "backed up");
        var dest = Path.Combine(_work, "with-media");
        (await BackupAsync(dest, "--media-dir", media)).EnsureSuccess();
        var occupied = Directory.CreateDirectory(Path.Combine(_work, "occupied-media")).FullName;
        await File.WriteAllTextAsync(Path.Combine(occupied, "b.txt"), "already here");
        var target = await database.CreateEmptyDatabaseAsync("media");

        var refused = await BackupScripts.RunAsync("restore.sh", [Path.Combine(dest, NewestSet(dest)), "--dbname", BackupScripts.Uri(target), "--media-dir", occupied]);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("is not empty", refused.Error, StringComparison.Ordinal);
        Assert.Equal("b.txt", Path.GetFileName(Assert.Single(Directory.GetFiles(occupied))));
        Assert.Empty(await TablesAsync(target));
    }

    [Fact]
    public async Task Backup_RefusesAPasswordOnTheCommandLine()
    {
        var result = await BackupScripts.RunAsync("backup.sh", ["--dest", Path.Combine(_work, "never"), "--no-media", "--dbname", "postgresql://vrss:hunter2@127.0.0.1:5432/vrss"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("PGPASSWORD", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_work, "never")));
    }

    private Task<ScriptResult> BackupAsync(string dest, params string[] arguments) =>
        BackupScripts.RunAsync("backup.sh", ["--dest", dest, .. arguments], BackupScripts.LibpqEnvironment(database.ConnectionString));

    private async Task<string> BackupOnceAsync()
    {
        var dest = Path.Combine(_work, "sets");
        (await BackupAsync(dest, "--no-media")).EnsureSuccess();
        return Path.Combine(dest, NewestSet(dest));
    }

    private static Task<ScriptResult> RestoreAsync(string set, string target, params string[] arguments) =>
        BackupScripts.RunAsync("restore.sh", [set, "--dbname", BackupScripts.Uri(target), "--no-media", .. arguments]);

    private static List<string> Folders(string dest) =>
        [.. Directory.GetDirectories(dest).Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal)];

    private static string NewestSet(string dest) =>
        Directory.GetDirectories(dest, "vrss-*").Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal).Last();

    // Retention reads a set's time from its name; the folder's content does not matter to it.
    private static string FakeSet(string dest, DateTime at)
    {
        var name = "vrss-" + at.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        Directory.CreateDirectory(Path.Combine(dest, name));
        File.WriteAllText(Path.Combine(dest, name, "manifest"), "# a set from an earlier run\n");
        return name;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<List<string>> TablesAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var tables = new List<string>();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }
}
