using System.Reflection;
using System.Text.Json;
using Vrss.Grains.Data;
using Xunit.Abstractions;

namespace Vrss.Grains.Tests.QueryPlans;

/// <summary>
/// EXPLAIN of every repository statement on tables of 100,000 rows: no plan may read a whole table (a
/// sequential scan), and each uses the index it was designed for. The statements are the repositories' own
/// (built by their statement factories), so a change to a query is checked here.
/// </summary>
public sealed class QueryPlanTests(QueryPlanFixture fixture, ITestOutputHelper output) : IClassFixture<QueryPlanFixture>
{
    private static readonly HashSet<string> s_tables =
        ["posts", "comments", "reactions", "follows", "follow_requests", "connection_requests", "connections", "media", "notifications", "users", "sessions", "idempotency_keys", "user_blocks", "account_standing", "audit_log", "reports"];

    public static TheoryData<string> CaseNames => [.. QueryPlanCases.All.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Statement_UsesItsIndexes_AndNeverScansAWholeTable(string name)
    {
        var test = QueryPlanCases.All.Single(c => c.Name == name);

        var nodes = await ExplainAsync(test.Statement);

        var scans = nodes.Where(n => n.Relation is not null || n.Index is not null)
            .Select(n => $"{n.Type}{(n.Relation is null ? "" : $" on {n.Relation}")}{(n.Index is null ? "" : $" using {n.Index}")}");
        output.WriteLine($"{name}: {string.Join("; ", scans.Distinct())}");
        Assert.DoesNotContain(nodes, n => n.Type == "Seq Scan" && s_tables.Contains(n.Relation!));
        var used = nodes.Select(n => n.Index).OfType<string>().ToHashSet();
        Assert.All(test.ExpectedIndexes, expected => Assert.True(
            expected.Split('|').Any(used.Contains),
            $"{name} should use {expected.Replace("|", " or ", StringComparison.Ordinal)}; it uses {string.Join(", ", used)}"));
    }

    [Fact]
    public void Cases_CoverEveryRepositoryStatement()
    {
        var statements = typeof(SqlStatement).Assembly.GetTypes()
            .Where(t => t.Name.EndsWith("Statements", StringComparison.Ordinal))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral && f.Name.EndsWith("Sql", StringComparison.Ordinal))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToHashSet();

        Assert.True(statements.Count >= 49, $"only {statements.Count} statements found");
        Assert.Empty(statements.Except(QueryPlanCases.All.Select(c => c.Statement.Text)));
    }

    private async Task<List<PlanNode>> ExplainAsync(SqlStatement statement)
    {
        await using var connection = await fixture.DataSource.OpenConnectionAsync();
        await using var command = statement.ToCommand(connection, "EXPLAIN (FORMAT JSON) ");
        var json = (string)(await command.ExecuteScalarAsync())!;
        using var document = JsonDocument.Parse(json);
        var nodes = new List<PlanNode>();
        Walk(document.RootElement[0].GetProperty("Plan"), nodes);
        return nodes;
    }

    private static void Walk(JsonElement plan, List<PlanNode> nodes)
    {
        nodes.Add(new PlanNode(
            plan.GetProperty("Node Type").GetString()!,
            plan.TryGetProperty("Relation Name", out var relation) ? relation.GetString() : null,
            plan.TryGetProperty("Index Name", out var index) ? index.GetString() : null));
        if (plan.TryGetProperty("Plans", out var children))
        {
            foreach (var child in children.EnumerateArray())
            {
                Walk(child, nodes);
            }
        }
    }

    private sealed record PlanNode(string Type, string? Relation, string? Index);
}
