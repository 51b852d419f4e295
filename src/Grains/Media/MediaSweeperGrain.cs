using Vrss.GrainInterfaces.Media;
using Vrss.Runtime.Core;

namespace Vrss.Grains.Media;

/// <inheritdoc cref="IMediaSweeperGrain" />
public sealed class MediaSweeperGrain(IMediaRepository media, TimeProvider time) : Grain, IMediaSweeperGrain
{
    private const int BatchSize = 500;
    private const int Parallelism = 16;

    /// <inheritdoc />
    public async Task<int> SweepAsync()
    {
        var now = time.GetUtcNow();
        var settled = 0;
        string? cursor = null;
        do
        {
            var page = await media.GetExpiredPendingAsync(now, cursor, BatchSize);
            foreach (var chunk in page.Items.Chunk(Parallelism))
            {
                await Task.WhenAll(chunk.Select(r => GrainFactory.GetGrain<IUploadSessionGrain>(r.Id).ResolveExpiredAsync()));
            }

            settled += page.Items.Count;
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        return settled;
    }
}
