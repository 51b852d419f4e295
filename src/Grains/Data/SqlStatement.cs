using Npgsql;

namespace Vrss.Grains.Data;

/// <summary>
/// One SQL statement with its parameters, built by a repository's statement factory. The repository runs it,
/// and the query-plan tests EXPLAIN the very same text and parameters. Parameters are cloned into each
/// command, so a statement can be run again (a retry) without rebuilding it.
/// </summary>
internal sealed class SqlStatement(string text, params NpgsqlParameter[] parameters)
{
    public string Text { get; } = text;

    public IReadOnlyList<NpgsqlParameter> Parameters { get; } = parameters;

    public NpgsqlCommand ToCommand(NpgsqlConnection connection, string? prefix = null)
    {
        var command = new NpgsqlCommand(prefix + Text, connection);
        foreach (var parameter in Parameters)
        {
            command.Parameters.Add(parameter.Clone());
        }

        return command;
    }

    public NpgsqlBatchCommand ToBatchCommand()
    {
        var command = new NpgsqlBatchCommand(Text);
        foreach (var parameter in Parameters)
        {
            command.Parameters.Add(parameter.Clone());
        }

        return command;
    }
}
