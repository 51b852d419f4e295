using Vrss.Grains.Data;

namespace Vrss.Grains.Tests.QueryPlans;

/// <summary>A repository statement with representative parameters, and the indexes its plan is expected to use.</summary>
/// <param name="Name">A readable name (Repository.Method).</param>
/// <param name="Statement">The statement exactly as the repository builds it.</param>
/// <param name="ExpectedIndexes">Indexes the plan must scan ("a|b": either, when two indexes serve the query equally and the
/// planner may pick either); empty for a plain insert (nothing to look up).</param>
internal sealed record QueryPlanCase(string Name, SqlStatement Statement, params string[] ExpectedIndexes);
