using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Vrss.GrainInterfaces.Blocks;
using Vrss.GrainInterfaces.Events;
using Vrss.GrainInterfaces.Notifications;
using Vrss.GrainInterfaces.Posts;
using Vrss.Grains.Delivery;
using Vrss.Grains.Posts;

namespace Vrss.Grains.Events;

/// <summary>
/// One user's event log. Notification events are written to grain storage before the append answers, so a
/// resume on another silo finds them even when this silo dies. Feed events (<c>feed.update</c>,
/// <c>post.delete</c>) arrive by fan-out to many logs at once and are not written one by one: they ride along
/// with the next write (a notification, the deactivation, or an id reservation). Their ids come from blocks
/// reserved in storage, so ids stay unique and increasing after a crash; and the first one after each write
/// marks the state, so that a new activation knows feed events died with the old one and answers resumes from
/// before that point as incomplete (the reader reloads) rather than silently skipping them. The log keeps a
/// <c>feed.update</c> as its post id only (a post is up to 5,000 characters, and hundreds may be retained): the
/// live event carries the post, and a replay reads the posts again, as they are now and only if still visible.
/// Every live connection of the user, on whichever silo, subscribes here, so this is where their number is capped
/// (<c>Vrss:Events:MaxStreamsPerUser</c>): one more closes the oldest.
/// </summary>
public sealed partial class UserEventsGrain(
    [PersistentState("events")] IPersistentState<UserEventsState> state,
    IPostRepository posts,
    PostViews views,
    IOptions<UserEventsOptions> options,
    LocalActivations<UserEventsGrain> active,
    TimeProvider time,
    ILogger<UserEventsGrain> logger) : Grain, IUserEventsGrain
{
    // Live connections, in the order they opened, and when each last renewed its subscription.
    private readonly StreamSubscriptions _observers = new();
    private long _lastId;

    // Whom the user blocks, is blocked by or mutes, read at the first feed event and again after a change.
    private BlockSnapshot? _hidden;

    private UserEventsState Log => state.State;

    private List<UserEvent> Events => state.State.Events;

    /// <inheritdoc />
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (Log.HasUnwrittenEvents)
        {
            // The previous activation died with feed events that were never written: whatever came after the
            // last write may be missing, up to the last reserved id.
            Log.Horizon = Math.Max(Log.Horizon, Log.ReservedThrough);
            Log.HasUnwrittenEvents = false;
        }

        _lastId = Log.ReservedThrough;
        active.Add(this.GetPrimaryKeyString());
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        active.Remove(this.GetPrimaryKeyString());
        if (!Log.HasUnwrittenEvents)
        {
            return;
        }

        try
        {
            await WriteAsync();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            LogWriteOnDeactivationFailed(logger, exception, this.GetPrimaryKeyString());
        }
    }

    /// <inheritdoc />
    public async Task<UserEvent> AppendNotificationAsync(NotificationView notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        if (Events.FirstOrDefault(e => e.Notification?.Id == notification.Id) is { } existing)
        {
            // A retry after the first attempt's silo died: the event was appended (and published) already.
            return existing;
        }

        var appended = Append(UserEventNames.Notification, notification, null, null);
        Log.ReservedThrough = Math.Max(Log.ReservedThrough, appended.Id);
        await WriteAsync();
        Publish(new UserStreamItem(appended, null));
        return appended;
    }

    /// <inheritdoc />
    public async Task PostAddedAsync(PostView post)
    {
        ArgumentNullException.ThrowIfNull(post);
        _hidden ??= await GrainFactory.GetGrain<IBlockListGrain>(this.GetPrimaryKeyString()).GetSnapshotAsync();
        if (_hidden.Hides(post.Author.Id))
        {
            return;
        }

        await AppendUnwrittenAsync(UserEventNames.FeedUpdate, post.Id, post);
    }

    /// <inheritdoc />
    public Task BlocksChangedAsync()
    {
        _hidden = null;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task PostRemovedAsync(string postId)
    {
        ArgumentException.ThrowIfNullOrEmpty(postId);
        await AppendUnwrittenAsync(UserEventNames.PostDelete, postId, null);
    }

    /// <inheritdoc />
    public async Task<EventBacklog> GetSinceAsync(long? afterId)
    {
        var lastId = _lastId;
        if (afterId is not { } after)
        {
            return new EventBacklog([], lastId, true);
        }

        if (after < Log.Horizon || after > lastId)
        {
            return new EventBacklog([], lastId, false);
        }

        var first = Events.FindIndex(e => e.Id > after);
        if (first < 0)
        {
            return new EventBacklog([], lastId, true);
        }

        var missed = Events.GetRange(first, Events.Count - first);
        return new EventBacklog(await WithPostsAsync(missed), lastId, true);
    }

    // Replayed feed updates get their posts back in one query; those deleted or hidden since are left out.
    private async Task<IReadOnlyList<UserEvent>> WithPostsAsync(List<UserEvent> missed)
    {
        var postIds = missed.Where(e => e.Name == UserEventNames.FeedUpdate).Select(e => e.PostId!).Distinct(StringComparer.Ordinal).ToList();
        if (postIds.Count == 0)
        {
            return missed;
        }

        var visible = new Dictionary<string, PostView>(StringComparer.Ordinal);
        foreach (var chunk in postIds.Chunk(1000))
        {
            foreach (var view in await views.BuildAsync(await posts.GetManyAsync(chunk, this.GetPrimaryKeyString())))
            {
                visible[view.Id] = view;
            }
        }

        return [.. missed
            .Where(e => e.Name != UserEventNames.FeedUpdate || visible.ContainsKey(e.PostId!))
            .Select(e => e.Name == UserEventNames.FeedUpdate ? e with { Post = visible[e.PostId!] } : e)];
    }

    private async Task AppendUnwrittenAsync(string name, string postId, PostView? post)
    {
        var appended = Append(name, null, postId, post);
        if (appended.Id > Log.ReservedThrough || !Log.HasUnwrittenEvents)
        {
            if (appended.Id > Log.ReservedThrough)
            {
                Log.ReservedThrough = appended.Id + Math.Max(1, options.Value.TransientIdBlock) - 1;
            }

            // Written before the event is published: a crash from here on is seen by the next activation.
            Log.HasUnwrittenEvents = true;
            await state.WriteStateAsync();
        }

        Publish(new UserStreamItem(appended, null));
    }

    // Returns the event to publish; the log keeps it without the post.
    private UserEvent Append(string name, NotificationView? notification, string? postId, PostView? post)
    {
        var previous = Events.Count > 0 ? Events[^1].Id : 0;
        var kept = new UserEvent(++_lastId, previous, name, time.GetUtcNow(), notification, postId);
        Events.Add(kept);
        Trim(kept.At);
        return post is null ? kept : kept with { Post = post };
    }

    // Keeps the newest RetainCount events, and older ones while younger than RetainAge, up to MaxRetained.
    private void Trim(DateTimeOffset now)
    {
        var settings = options.Value;
        var drop = 0;
        while (drop < Events.Count)
        {
            var newer = Events.Count - drop;
            var tooMany = newer > settings.MaxRetained;
            var expired = newer > settings.RetainCount && now - Events[drop].At >= settings.RetainAge;
            if (!tooMany && !expired)
            {
                break;
            }

            drop++;
        }

        if (drop > 0)
        {
            Log.Horizon = Math.Max(Log.Horizon, Events[drop - 1].Id);
            Events.RemoveRange(0, drop);
        }
    }

    private async Task WriteAsync()
    {
        Log.HasUnwrittenEvents = false;
        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public Task SubscribeAsync(IUserStreamObserver observer, DateTimeOffset openedAt)
    {
        ArgumentNullException.ThrowIfNull(observer);
        var now = time.GetUtcNow();
        var settings = options.Value;
        var dropped = _observers.Subscribe(observer, openedAt, now, now - settings.SubscriptionLifetime, settings.MaxStreamsPerUser);
        foreach (var oldest in dropped)
        {
            LogTooManyStreams(logger, this.GetPrimaryKeyString(), settings.MaxStreamsPerUser);
            Send(oldest, new UserStreamItem(null, null, StreamCloseReasons.TooManyStreams));
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task UnsubscribeAsync(IUserStreamObserver observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        _observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task SessionRevokedAsync(string sessionKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(sessionKey);
        Publish(new UserStreamItem(null, sessionKey));
        return Task.CompletedTask;
    }

    // One-way sends: a connection that is gone costs nothing here, and one that missed an event reads it back
    // from the log (every event names its predecessor, so a gap is noticed at the next event or heartbeat).
    private void Publish(UserStreamItem item)
    {
        foreach (var observer in _observers.Live(time.GetUtcNow() - options.Value.SubscriptionLifetime))
        {
            Send(observer, item);
        }
    }

    private void Send(IUserStreamObserver observer, UserStreamItem item)
    {
        try
        {
            _ = observer.OnItemAsync(item);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            LogPublishFailed(logger, exception, this.GetPrimaryKeyString(), item.Event?.Id ?? 0);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "User {UserId} opened more than {Max} live streams: the oldest is closed")]
    private static partial void LogTooManyStreams(ILogger logger, string userId, int max);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Event {EventId} of user {UserId} was logged but could not be published")]
    private static partial void LogPublishFailed(ILogger logger, Exception exception, string userId, long eventId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The event log of user {UserId} could not write its unwritten events on deactivation")]
    private static partial void LogWriteOnDeactivationFailed(ILogger logger, Exception exception, string userId);
}
