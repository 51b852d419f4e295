using System.Diagnostics.Metrics;

namespace Vrss.Grains.Hosting;

/// <summary>
/// The grains' instruments on the <c>Vrss</c> meter (the web front's share it): what the product did, for operators'
/// dashboards and alerts. Created once per silo; recording on an instrument nobody listens to costs next to nothing.
/// </summary>
public sealed class ProductMetrics
{
    private readonly Counter<long> _posts;
    private readonly Counter<long> _deliveries;
    private readonly Histogram<double> _deliveryLag;
    private readonly Counter<long> _uploadedBytes;
    private readonly Counter<long> _quotaRefusals;

    /// <summary>Creates the instruments on a meter from <paramref name="meters"/>.</summary>
    public ProductMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create("Vrss");
        _posts = meter.CreateCounter<long>("vrss.posts.created", "{post}", "Posts created");
        _deliveries = meter.CreateCounter<long>("vrss.feed.deliveries", "{feed}", "Active home feeds a new post was delivered to");
        _deliveryLag = meter.CreateHistogram<double>("vrss.feed.delivery_lag", "ms", "From a post's creation to its delivery on a silo's active feeds");
        _uploadedBytes = meter.CreateCounter<long>("vrss.media.uploaded_bytes", "By", "Bytes of uploads completed");
        _quotaRefusals = meter.CreateCounter<long>("vrss.media.quota_refusals", "{upload}", "Uploads refused because the storage quota would be exceeded");
    }

    /// <summary>A post was created.</summary>
    public void PostCreated() => _posts.Add(1);

    /// <summary>A post reached <paramref name="feeds"/> active feeds on one silo, <paramref name="lag"/> after its creation.</summary>
    public void Delivered(int feeds, TimeSpan lag)
    {
        _deliveries.Add(feeds);
        _deliveryLag.Record(Math.Max(0, lag.TotalMilliseconds));
    }

    /// <summary>An upload of <paramref name="bytes"/> completed.</summary>
    public void UploadCompleted(long bytes) => _uploadedBytes.Add(bytes);

    /// <summary>An upload was refused for the quota.</summary>
    public void QuotaRefused() => _quotaRefusals.Add(1);
}
