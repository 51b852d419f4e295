using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Vrss.Grains.Data;

/// <summary>One versioned schema file from <c>deploy/sql</c> (<c>0001_name.sql</c>), embedded in the silo.</summary>
public sealed partial record MigrationScript(int Version, string Name, string Sql)
{
    /// <summary>The SHA-256 of the script, recorded when it is applied.</summary>
    public string Checksum => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Sql)));

    /// <summary>Every script this build knows, in version order.</summary>
    public static IReadOnlyList<MigrationScript> All { get; } = Load();

    private static List<MigrationScript> Load()
    {
        var assembly = typeof(MigrationScript).Assembly;
        var scripts = new List<MigrationScript>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var match = ScriptName().Match(resource);
            if (!match.Success)
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            scripts.Add(new MigrationScript(
                int.Parse(match.Groups["version"].Value, CultureInfo.InvariantCulture),
                match.Groups["name"].Value,
                reader.ReadToEnd()));
        }

        var duplicate = scripts.GroupBy(s => s.Version).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null
            ? [.. scripts.OrderBy(s => s.Version)]
            : throw new InvalidOperationException($"Two schema scripts share version {duplicate.Key}.");
    }

    [GeneratedRegex(@"^Vrss\.Schema\.(?<version>\d{4})_(?<name>[a-z0-9_]+)\.sql$")]
    private static partial Regex ScriptName();
}
