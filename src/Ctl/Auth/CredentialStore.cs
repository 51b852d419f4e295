using System.Text.Json;

namespace Vrss.Ctl.Auth;

/// <summary>
/// The credentials file (<c>credentials.json</c> in the config folder). It is created readable and writable by its owner
/// only (0600, in a 0700 folder): the token is as good as the admin's password until the session ends.
/// </summary>
internal sealed class CredentialStore(string directory)
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public string FilePath { get; } = Path.Combine(directory, "credentials.json");

    public StoredCredentials? Load()
    {
        if (!File.Exists(FilePath))
        {
            return null;
        }

        return JsonSerializer.Deserialize<StoredCredentials>(File.ReadAllText(FilePath), s_json);
    }

    public void Save(StoredCredentials credentials)
    {
        var folder = Path.GetDirectoryName(FilePath)!;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(FilePath, JsonSerializer.Serialize(credentials, s_json));
            return;
        }

        Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        // Created with its mode, so the token is never readable by others, not even for a moment.
        var options = new FileStreamOptions
        {
            Mode = FileMode.Create,
            Access = FileAccess.Write,
            UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
        };
        using (var stream = new FileStream(FilePath, options))
        {
            JsonSerializer.Serialize(stream, credentials, s_json);
        }

        // An existing file keeps its old mode on FileMode.Create; tighten it.
        File.SetUnixFileMode(FilePath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    public bool Delete()
    {
        if (!File.Exists(FilePath))
        {
            return false;
        }

        File.Delete(FilePath);
        return true;
    }
}
