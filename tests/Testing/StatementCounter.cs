using System.Collections.Concurrent;
using System.Diagnostics;
using Npgsql;

namespace Vrss.Testing;

/// <summary>
/// Counts the SQL statements run on one database, from Npgsql's own command activities (our repositories and Orleans'
/// grain storage alike). The listener is process-wide: other test classes' databases are told apart by the database tag.
/// </summary>
public sealed class StatementCounter : IDisposable
{
    private readonly string _database;
    private readonly ActivityListener _listener;
    private ConcurrentQueue<string> _seen = new();

    /// <summary>Starts listening for statements on the connection string's database.</summary>
    public StatementCounter(string connectionString)
    {
        _database = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = Record,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>The statements <paramref name="work"/> ran, in the order they finished.</summary>
    public async Task<IReadOnlyList<string>> CountAsync(Func<Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        Interlocked.Exchange(ref _seen, new ConcurrentQueue<string>());
        await work();
        return [.. Interlocked.Exchange(ref _seen, new ConcurrentQueue<string>())];
    }

    /// <inheritdoc />
    public void Dispose() => _listener.Dispose();

    private void Record(Activity activity)
    {
        var db = activity.GetTagItem("db.namespace") as string ?? activity.GetTagItem("db.name") as string;
        if (string.Equals(db, _database, StringComparison.Ordinal))
        {
            _seen.Enqueue(activity.GetTagItem("db.query.text") as string ?? activity.DisplayName);
        }
    }
}
