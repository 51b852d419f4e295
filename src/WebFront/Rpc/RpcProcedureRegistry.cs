using System.Collections.Frozen;

namespace Vrss.WebFront.Rpc;

/// <summary>The procedure table: every registered <see cref="IRpcProcedure"/> by name. Two with one name stop the start.</summary>
public sealed class RpcProcedureRegistry
{
    private readonly FrozenDictionary<string, IRpcProcedure> _procedures;

    /// <summary>Builds the table.</summary>
    public RpcProcedureRegistry(IEnumerable<IRpcProcedure> procedures)
    {
        var table = new Dictionary<string, IRpcProcedure>(StringComparer.Ordinal);
        foreach (var procedure in procedures)
        {
            if (!table.TryAdd(procedure.Name, procedure))
            {
                throw new InvalidOperationException(
                    $"Two procedures are named '{procedure.Name}': {table[procedure.Name].GetType().Name} and {procedure.GetType().Name}.");
            }
        }

        _procedures = table.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Every procedure name, sorted.</summary>
    public IReadOnlyList<string> Names => [.. _procedures.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Finds a procedure.</summary>
    public bool TryGet(string name, out IRpcProcedure procedure) => _procedures.TryGetValue(name, out procedure!);
}
