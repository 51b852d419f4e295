namespace Vrss.Runtime.Hosting;

/// <summary>Whether the silo has joined its cluster and its dependencies answer.</summary>
public sealed class SiloReadiness(SiloLifecycle lifecycle, IEnumerable<ISiloReadinessCheck> checks)
{
    /// <summary>Runs every check; false at the first that fails.</summary>
    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken)
    {
        if (!lifecycle.IsStarted)
        {
            return false;
        }

        foreach (var check in checks)
        {
            try
            {
                if (!await check.IsReadyAsync(cancellationToken).ConfigureAwait(false))
                {
                    return false;
                }
            }
            catch (Exception) when (!cancellationToken.IsCancellationRequested)
            {
                return false;
            }
        }

        return true;
    }
}
