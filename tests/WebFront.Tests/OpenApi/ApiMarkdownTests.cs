using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Vrss.WebFront.Tests.OpenApi;

/// <summary>docs/API.md, written by hand, agrees with the document the silo generates: every procedure, every input field.</summary>
public sealed partial class ApiMarkdownTests
{
    // Words of the input column that are prose, not field names.
    private static readonly HashSet<string> s_prose = new(StringComparer.Ordinal) { "or", "and", "true", "header", "cookie", "optional" };

    [Fact]
    public async Task TheProcedureTable_NamesEveryProcedure_AndEveryInputField_OfTheDocument()
    {
        await using var cluster = await ContractCluster.StartAsync();
        var schemas = JsonNode.Parse(await ContractCluster.DocumentAsync(cluster))!["components"]!["schemas"]!;
        var documented = schemas["RpcRequest"]!["discriminator"]!["mapping"]!.AsObject().Select(m => m.Key).ToHashSet(StringComparer.Ordinal);

        var table = ProcedureTable();
        var problems = new List<string>();
        problems.AddRange(documented.Except(table.Keys).Select(p => $"{p} is in the document but not in API.md's table"));
        problems.AddRange(table.Keys.Except(documented).Select(p => $"{p} is in API.md's table but not in the document"));
        foreach (var (procedure, (fields, optional)) in table.Where(t => documented.Contains(t.Key)))
        {
            var input = schemas["input." + procedure]!;
            var properties = input["properties"]?.AsObject().Select(p => p.Key).ToHashSet(StringComparer.Ordinal) ?? [];
            var required = input["required"]?.AsArray().Select(r => (string)r!).ToHashSet(StringComparer.Ordinal) ?? [];
            problems.AddRange(properties.Except(fields).Select(f => $"{procedure}: input field {f} is not in API.md"));
            problems.AddRange(fields.Except(properties).Select(f => $"{procedure}: API.md names input field {f}, the document does not"));
            problems.AddRange(optional.Intersect(required).Select(f => $"{procedure}: API.md marks {f}? optional, the document requires it"));
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task ThePublicProcedureList_IsTheDocumentsPublicProcedures()
    {
        await using var cluster = await ContractCluster.StartAsync();
        var schemas = JsonNode.Parse(await ContractCluster.DocumentAsync(cluster))!["components"]!["schemas"]!.AsObject();
        var isPublic = schemas.Where(s => s.Key.StartsWith("request.", StringComparison.Ordinal) && (string?)s.Value!["x-vrss-auth"] == "public")
            .Select(s => s.Key["request.".Length..]).Order(StringComparer.Ordinal);

        var markdown = File.ReadAllText(Path.Combine(NodeTools.Repository, "docs", "API.md"));
        var paragraph = markdown[markdown.IndexOf("Public procedures (no session needed):", StringComparison.Ordinal)..];
        paragraph = paragraph[..paragraph.IndexOf("Every other procedure", StringComparison.Ordinal)];
        var listed = Backticked().Matches(paragraph).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal);

        Assert.Equal(isPublic, listed);
    }

    [Fact]
    public async Task TheKeyedProcedureList_IsTheDocumentsIdempotentProcedures()
    {
        await using var cluster = await ContractCluster.StartAsync();
        var schemas = JsonNode.Parse(await ContractCluster.DocumentAsync(cluster))!["components"]!["schemas"]!.AsObject();
        var keyed = schemas.Where(s => s.Key.StartsWith("request.", StringComparison.Ordinal) && (bool?)s.Value!["x-vrss-idempotent"] == true)
            .Select(s => s.Key["request.".Length..]).Order(StringComparer.Ordinal).ToList();

        var markdown = File.ReadAllText(Path.Combine(NodeTools.Repository, "docs", "API.md"));
        var paragraph = markdown[markdown.IndexOf("- **Which procedures.**", StringComparison.Ordinal)..];
        paragraph = paragraph[..paragraph.IndexOf("Every other procedure", StringComparison.Ordinal)];
        var listed = Backticked().Matches(paragraph).Select(m => m.Groups[1].Value).Where(p => p.Contains('.', StringComparison.Ordinal)).Order(StringComparer.Ordinal);

        Assert.NotEmpty(keyed);
        Assert.Equal(keyed, listed);
    }

    // procedure -> (fields named in the input column, fields marked optional with "?").
    private static Dictionary<string, (HashSet<string> Fields, HashSet<string> Optional)> ProcedureTable()
    {
        var markdown = File.ReadAllText(Path.Combine(NodeTools.Repository, "docs", "API.md"));
        var section = markdown[markdown.IndexOf("## Procedures", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 5, StringComparison.Ordinal)];
        var table = new Dictionary<string, (HashSet<string>, HashSet<string>)>(StringComparer.Ordinal);
        foreach (var line in section.Split('\n'))
        {
            if (!line.StartsWith("| ", StringComparison.Ordinal) || line.StartsWith("| procedure", StringComparison.Ordinal) || line.StartsWith("| ---", StringComparison.Ordinal))
            {
                continue;
            }

            var cells = line.Trim().Trim('|').Split(" | ");
            // Explanations in parentheses and `code` are prose; what is left are the field names.
            var input = cells[1];
            string previous;
            do
            {
                previous = input;
                input = Parenthesised().Replace(input, "");
            }
            while (input != previous);
            input = Backticked().Replace(input, "");
            var fields = Word().Matches(input).Select(m => m.Groups[1].Value).Where(w => !s_prose.Contains(w)).ToHashSet(StringComparer.Ordinal);
            var optional = Word().Matches(input).Where(m => m.Groups[2].Success).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
            foreach (var procedure in cells[0].Split('/', StringSplitOptions.TrimEntries))
            {
                table[procedure] = (fields, optional);
            }
        }

        return table;
    }

    [GeneratedRegex(@"\([^()]*\)")]
    private static partial Regex Parenthesised();

    [GeneratedRegex("`([^`]*)`")]
    private static partial Regex Backticked();

    [GeneratedRegex(@"\b([A-Za-z]+)(\?)?")]
    private static partial Regex Word();
}
