namespace Vrss.Runtime.Hosting;

/// <summary>Something the silo needs to serve requests, such as its database; polled by <c>/health/ready</c>.</summary>
public interface ISiloReadinessCheck
{
    /// <summary>A short name for logs.</summary>
    string Name { get; }

    /// <summary>True when the dependency answers.</summary>
    Task<bool> IsReadyAsync(CancellationToken cancellationToken);
}
