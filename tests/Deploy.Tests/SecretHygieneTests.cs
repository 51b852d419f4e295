using System.Text.RegularExpressions;

namespace Vrss.Deploy.Tests;

/// <summary>No secret value is committed under deploy/ or in the Dockerfile: only references and placeholders.</summary>
public sealed partial class SecretHygieneTests
{
    [Fact]
    public void SecretExample_HoldsPlaceholdersOnly()
    {
        foreach (var secret in SecretExample.Load())
        {
            // data holds base64 values, which cannot be placeholders: any entry there is a committed value.
            Assert.True(secret.Data is null || secret.Data.Count == 0, $"{secret.Metadata.Name} has data entries");
            Assert.NotEmpty(secret.StringData);
            foreach (var (key, value) in secret.StringData)
            {
                Assert.True(Placeholder().IsMatch(value), $"{secret.Metadata.Name}/{key} is not a <placeholder>: {value}");
            }
        }
    }

    [Fact]
    public void DeployFiles_CarryNoKeysOrPasswords()
    {
        var files = Directory.EnumerateFiles(RepositoryFiles.PathOf("deploy"), "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}sql{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Append(RepositoryFiles.PathOf("Dockerfile"));
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            Assert.False(text.Contains("-----BEGIN", StringComparison.Ordinal), $"{file} holds a PEM block");

            // A password in a connection string must come from the environment (${...}) or be a placeholder.
            foreach (Match match in PasswordInConnectionString().Matches(text))
            {
                var value = match.Groups[1].Value;
                Assert.True(value.StartsWith("${", StringComparison.Ordinal) || value.StartsWith("...", StringComparison.Ordinal) || value.StartsWith('<'), $"{file} has a literal password: {match.Value}");
            }
        }
    }

    [GeneratedRegex("^<[^<>]+>$")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"Password=([^;""'\s>]+)", RegexOptions.IgnoreCase)]
    private static partial Regex PasswordInConnectionString();
}
