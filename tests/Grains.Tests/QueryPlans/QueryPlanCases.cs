using Vrss.GrainInterfaces.Accounts;
using Vrss.GrainInterfaces.Media;
using Vrss.GrainInterfaces.Moderation;
using Vrss.GrainInterfaces.Notifications;
using Vrss.GrainInterfaces.Posts;
using Vrss.GrainInterfaces.Reports;
using Vrss.Grains.Blocks;
using Vrss.Grains.Accounts;
using Vrss.Grains.Data;
using Vrss.Grains.Feeds;
using Vrss.Grains.HotReads;
using Vrss.Grains.Idempotency;
using Vrss.Grains.Media;
using Vrss.Grains.Moderation;
using Vrss.Grains.Notifications;
using Vrss.Grains.Posts;
using Vrss.Grains.RateLimits;
using Vrss.Grains.Reports;
using Vrss.Grains.Sessions;
using Vrss.Grains.Social;
using Vrss.Grains.Users;

namespace Vrss.Grains.Tests.QueryPlans;

/// <summary>
/// Every statement of the Postgres repositories, built by the repositories' own statement factories with
/// parameters that hit the data of <see cref="QueryPlanFixture"/>: 'u7' follows 'u8' (and 'u109', ...), 'u0' asks to follow 'u7';
/// authors are 'u0'..'u999'; a mid-list cursor stands for "the next page".
/// </summary>
internal static class QueryPlanCases
{
    private static readonly DateTimeOffset s_now = new(2026, 1, 20, 0, 0, 0, TimeSpan.Zero);
    // Both start with follower_id, so both serve "the edges of one follower"; the planner picks either.
    private const string FollowerRange = "follows_pkey|follows_follower_created_idx";

    private static readonly TimeCursor s_midPosts = new(new DateTimeOffset(2026, 1, 15, 0, 0, 0, TimeSpan.Zero), "p50000");

    public static IReadOnlyList<QueryPlanCase> All { get; } =
    [
        new("Posts.Create", PostStatements.Create(new NewPost("p-new", "u8", PostType.Image, "hello", ["m1"], PostVisibility.Public, s_now))),
        new("Posts.Get", PostStatements.Get("p500"), "posts_pkey"),
        new("Posts.GetMany", PostStatements.GetMany([.. Enumerable.Range(1, 50).Select(i => $"p{i * 37}")], "u7"), "posts_pkey", "users_pending_deletion_idx"),
        new("Posts.Update", PostStatements.Update("p500", "edited", PostVisibility.Followers, s_now), "posts_pkey"),
        new("Posts.Delete", PostStatements.Delete("p500", s_now), "posts_pkey"),
        new("Posts.ByAuthor", PostStatements.ByAuthor("u8", "u7", TimeCursor.Newest, 20), "posts_author_created_idx", "follows_pkey"),
        new("Posts.ByAuthor (next page)", PostStatements.ByAuthor("u8", "u7", s_midPosts, 20), "posts_author_created_idx"),
        new("Posts.NewestByAuthors", PostStatements.NewestByAuthors([.. Enumerable.Range(0, 200).Select(i => $"u{i * 5}")], "u7", TimeCursor.Newest, 500), "posts_author_created_idx", "follows_pkey"),
        new("Posts.NewestByAuthors (next page)", PostStatements.NewestByAuthors(["u7", "u8", "u109", "u210", "u311"], "u7", s_midPosts, 20), "posts_author_created_idx"),
        new("Posts.Discover", PostStatements.Discover(ScoreCursor.Highest, 20), "posts_discover_idx"),
        new("Posts.Discover (next page)", PostStatements.Discover(new ScoreCursor(40_970, "p60000"), 20), "posts_discover_idx"),
        new("Posts.Search", PostStatements.Search("word17", "u7", TimeCursor.Newest, 20), "posts_search_idx"),
        new("Posts.Search (two words, signed out)", PostStatements.Search("word17 word23", null, TimeCursor.Newest, 20), "posts_search_idx"),
        new("Posts.CountByAuthor", PostStatements.CountByAuthor("u8"), "posts_author_created_idx"),
        new("Posts.MediaVisible", PostStatements.MediaVisible("u8", "m500", "u7"), "posts_media_idx|posts_author_created_idx"),
        new("Posts.Recount", PostStatements.Recount("p500"), "posts_pkey", "comments_post_created_idx", "reactions_pkey"),

        new("Comments.Add", CommentStatements.Add(new CommentRecord("c-new", "p500", "u7", "nice", s_now)), "posts_pkey"),
        new("Comments.Get", CommentStatements.Get("c500"), "comments_pkey"),
        new("Comments.Delete", CommentStatements.Delete("c500"), "comments_pkey", "posts_pkey"),
        new("Comments.Update", CommentStatements.Update("c500", "u7", "edited", s_now), "comments_pkey"),
        new("Comments.ByPost", CommentStatements.ByPost("p500", TimeCursor.Oldest, 20), "comments_post_created_idx"),
        new("Comments.Count", CommentStatements.Count("p500"), "comments_post_created_idx"),

        new("Reactions.Set", ReactionStatements.Set("p500", "u7", ReactionType.Love, s_now), "posts_pkey", "reactions_pkey"),
        new("Reactions.Remove", ReactionStatements.Remove("p500", "u7"), "reactions_pkey"),
        new("Reactions.Get", ReactionStatements.Get("p500", "u7"), "reactions_pkey"),
        // A user with few reactions is read whole by reactions_user_idx (0110) and filtered; the planner picks by the count.
        new("Reactions.GetMany", ReactionStatements.GetMany("u7", [.. Enumerable.Range(1, 50).Select(i => $"p{i * 37}")]), "reactions_pkey|reactions_user_idx"),
        new("Reactions.Count", ReactionStatements.Count("p500"), "reactions_pkey"),

        new("Follows.Follow", FollowStatements.Follow("u7", "u9", s_now)),
        new("Follows.Unfollow", FollowStatements.Unfollow("u7", "u8"), "follows_pkey"),
        new("Follows.IsFollowing", FollowStatements.IsFollowing("u7", "u8"), "follows_pkey"),
        new("Follows.FollowedAmong", FollowStatements.FollowedAmong("u7", [.. Enumerable.Range(0, 100).Select(i => $"u{i}")]), FollowerRange),
        new("Follows.Followers", FollowStatements.Followers("u8", TimeCursor.Newest, 20), "follows_followee_created_idx"),
        // A user follows about ten accounts here: reading them by the key and sorting is as good as the ordered index.
        new("Follows.Following", FollowStatements.Following("u7", TimeCursor.Newest, 20), FollowerRange),
        new("Follows.Count", FollowStatements.Count("u8"), "follows_followee_created_idx", FollowerRange),
        new("Follows.FollowerIdBatch", FollowStatements.FollowerIdBatch("u8", TimeCursor.Oldest, 1000), "follows_followee_created_idx"),
        new("Follows.FolloweeIds", FollowStatements.FolloweeIds("u7"), FollowerRange),

        new("FollowRequests.Request", FollowRequestStatements.Request("u7", "u9000", s_now), "follows_pkey"),
        new("FollowRequests.Accept", FollowRequestStatements.Accept("u0", "u7", s_now), "follow_requests_pkey"),
        new("FollowRequests.Remove", FollowRequestStatements.Remove("u0", "u7"), "follow_requests_pkey"),
        new("FollowRequests.IsPending", FollowRequestStatements.IsPending("u0", "u7"), "follow_requests_pkey"),
        new("FollowRequests.Incoming", FollowRequestStatements.Incoming("u8", TimeCursor.Newest, 20), "follow_requests_target_created_idx"),
        new("FollowRequests.Incoming (next page)", FollowRequestStatements.Incoming("u8", new TimeCursor(new DateTimeOffset(2025, 8, 1, 0, 0, 0, TimeSpan.Zero), "u5000"), 20), "follow_requests_target_created_idx"),

        new("Connections.Request", ConnectionStatements.Request("r-new", "u7", "u9000", "hi", s_now), "connections_pkey"),
        new("Connections.PairState", ConnectionStatements.PairState("u7", "u8"), "connections_pkey", "connection_requests_pending_pair_idx"),
        new("Connections.GetRequest", ConnectionStatements.GetRequest("r500"), "connection_requests_pkey"),
        new("Connections.Respond", ConnectionStatements.Respond("r500", "u501", accept: true, s_now), "connection_requests_pkey|connection_requests_incoming_idx"),
        new("Connections.Incoming", ConnectionStatements.Incoming("u8", TimeCursor.Newest, 20), "connection_requests_incoming_idx"),
        new("Connections.Connections", ConnectionStatements.Connections("u7", TimeCursor.Newest, 20), "connections_user_created_idx|connections_pkey"),
        new("Connections.AreConnected", ConnectionStatements.AreConnected("u7", "u8"), "connections_pkey"),
        new("Connections.RemovePending", ConnectionStatements.RemovePending("u7", "u8"), "connection_requests_pending_pair_idx"),
        new("Blocks.Add", BlockStatements.Add(BlockKind.Block, "u7", "u9000", s_now)),
        // Both indexes hold all three key columns: the planner may pick either to find one row.
        new("Blocks.Remove", BlockStatements.Remove(BlockKind.Block, "u7", "u8"), "user_blocks_pkey|user_blocks_target_idx"),
        new("Blocks.List", BlockStatements.List(BlockKind.Block, "u7", 10_000), "user_blocks_pkey"),
        new("Blocks.List (mutes)", BlockStatements.List(BlockKind.Mute, "u7", 10_000), "user_blocks_pkey"),
        new("Blocks.Blockers", BlockStatements.Blockers("u8"), "user_blocks_target_idx"),
        new("Connections.Cancel", ConnectionStatements.Cancel("r500", "u500", s_now), "connection_requests_pkey|connection_requests_outgoing_idx"),
        new("Connections.Outgoing", ConnectionStatements.Outgoing("u8", TimeCursor.Newest, 20), "connection_requests_outgoing_idx"),
        new("Connections.Remove", ConnectionStatements.Remove("u7", "u8"), "connections_pkey"),
        new("Connections.ConnectedFollowerIdBatch", ConnectionStatements.ConnectedFollowerIdBatch("u8", TimeCursor.Oldest, 1000), "connections_user_created_idx|connections_pkey", "follows_pkey|follows_followee_created_idx"),

        new("Users.Cards", UserCardStatements.Cards([.. Enumerable.Range(1, 50).Select(i => $"u{i * 37}")]), "users_pkey"),
        new("Users.UpdateCard", UserCardStatements.UpdateCard("u7", "Seven", "https://media.example/a.png"), "users_pkey"),
        new("Users.UpdateProfileText", UserCardStatements.UpdateProfileText("u7", "Engineer"), "users_pkey"),
        new("Users.Search", UserCardStatements.Search("user12", 20), "users_username_prefix", "users_display_name_trgm", "users_profile_search_idx"),
        new("Users.Search (profile words)", UserCardStatements.Search("gardener 12", 20), "users_username_prefix", "users_display_name_trgm", "users_profile_search_idx"),
        new("Users.Search (short)", UserCardStatements.Search("zz", 20), "users_username_prefix"),

        new("PullAuthors.Add", PullAuthorStatements.Add("u9", s_now)),
        // feed_pull_authors holds only the largest accounts (100 rows here): reading it whole is the right plan.
        new("PullAuthors.Remove", PullAuthorStatements.Remove("u8")),
        new("PullAuthors.IsPulled", PullAuthorStatements.IsPulled("u8")),
        new("PullAuthors.Followed", PullAuthorStatements.Followed("u7"), FollowerRange),

        new("Media.Create", MediaStatements.Create(new MediaRecord("m-new", "u7", "a.png", "image/png", MediaKind.Image, 10, "k", MediaStatus.Pending, s_now, s_now.AddHours(1), null))),
        new("Media.Get", MediaStatements.Get("m500"), "media_pkey"),
        new("Media.GetMany", MediaStatements.GetMany([.. Enumerable.Range(1, 10).Select(i => $"m{i * 7}")]), "media_pkey"),
        new("Media.Transition", MediaStatements.Transition("m500", MediaStatus.Pending, MediaStatus.Completed, s_now), "media_pkey"),
        new("Media.Delete", MediaStatements.Delete("m500"), "media_pkey"),
        new("Media.ExpiredPending", MediaStatements.ExpiredPending(s_now, TimeCursor.Oldest, 500), "media_pending_expiry_idx"),
        new("Media.Usage", MediaStatements.Usage("u7"), "media_owner_status_idx"),
        new("Media.Totals", MediaStatements.Totals(), "media_status_idx"),
        new("Media.Completed", MediaStatements.Completed(s_now, TimeCursor.Oldest, 500), "media_completed_idx"),
        new("Media.AttachedAmong", MediaStatements.AttachedAmong([.. Enumerable.Range(1, 100).Select(i => "m" + i)]), "posts_media_idx"),

        new("Notifications.Add", NotificationStatements.Add("n-new", "u7", NotificationType.Reaction, "u8", "p500", s_now)),
        new("Notifications.List", NotificationStatements.List("u7", TimeCursor.Oldest.At, TimeCursor.Newest, 20), "notifications_recipient_created_idx"),
        new("Notifications.List (since)", NotificationStatements.List("u7", s_now, TimeCursor.Newest, 20), "notifications_recipient_created_idx"),
        new("Notifications.CountUnread", NotificationStatements.CountUnread("u7", []), "notifications_unread_idx"),
        new("Notifications.CountUnread (hidden actors)", NotificationStatements.CountUnread("u7", ["u8", "u9"]), "notifications_unread_idx"),
        new("Notifications.MarkRead", NotificationStatements.MarkRead("u7", ["n7", "n1007", "n2007"], []), "notifications_pkey", "notifications_unread_idx"),
        new("Notifications.MarkRead (hidden actors)", NotificationStatements.MarkRead("u7", ["n7", "n1007", "n2007"], ["u8"]), "notifications_pkey", "notifications_unread_idx"),
        new("Notifications.MarkAllRead", NotificationStatements.MarkAllRead("u7"), "notifications_unread_idx"),

        new("Sessions.Insert", SessionStatements.Insert(new SessionRecord(Hash("new"), "s-new", "u7", s_now, s_now, s_now.AddDays(7), s_now, "203.0.113.0", "Test/1.0"))),
        new("Sessions.Get", SessionStatements.Get(Hash("500")), "sessions_pkey"),
        new("Sessions.Renew", SessionStatements.Renew(Hash("500"), s_now, s_now.AddDays(7)), "sessions_pkey"),
        new("Sessions.Touch", SessionStatements.Touch(Hash("500"), s_now), "sessions_pkey"),
        new("Sessions.Delete", SessionStatements.Delete(Hash("500")), "sessions_pkey"),
        new("Sessions.TokenHashes", SessionStatements.TokenHashes("u7"), "sessions_user_created_idx"),
        new("Sessions.List", SessionStatements.List("u7", s_now, TimeCursor.Newest, 20), "sessions_user_created_idx"),
        new("Sessions.List (next page)", SessionStatements.List("u7", s_now, new TimeCursor(s_now.AddDays(-5), "m"), 20), "sessions_user_created_idx"),
        new("Sessions.FindTokenHash", SessionStatements.FindTokenHash("u7", "8f14e45fceea167a5a36dedd4bea2543"), "sessions_session_id_key"),
        new("Sessions.DeleteExpired", SessionStatements.DeleteExpired(s_now.AddDays(-11)), "sessions_expires"),

        // Orleans' state table holds no rows in this fixture; the case proves the statement parses and plans.
        new("Idempotency.Start", IdempotencyStatements.Start(new IdempotencyRecord("u7", "k-new", "post.create", "f", "s", s_now, Guid.NewGuid(), s_now, null, null), s_now.AddDays(-1))),
        new("Idempotency.Reclaim", IdempotencyStatements.Reclaim("u7", "k500", "post.create", "f", Guid.NewGuid(), s_now, s_now.AddMinutes(-2), s_now.AddDays(-1)), "idempotency_keys_pkey"),
        new("Idempotency.Get", IdempotencyStatements.Get("u7", "k500"), "idempotency_keys_pkey"),
        new("Idempotency.Complete", IdempotencyStatements.Complete("u7", "k500", Guid.NewGuid(), 200, "{}"), "idempotency_keys_pkey"),
        new("Idempotency.Release", IdempotencyStatements.Release("u7", "k500", Guid.NewGuid()), "idempotency_keys_pkey"),
        // An hourly sweep deletes an hour's keys: the range of the creation-time index.
        new("Idempotency.DeleteExpired", IdempotencyStatements.DeleteExpired(new DateTimeOffset(2026, 1, 19, 1, 0, 0, TimeSpan.Zero)), "idempotency_keys_created_idx"),
        new("RateLimits.Sweep", RateLimitStatements.Sweep("vrss", s_now)),

        new("HotReads.HiddenAuthors", HiddenAuthorStatements.List(), "account_standing_suspended_idx", "users_pending_deletion_idx"),
        new("Moderation.GetStanding", ModerationStatements.GetStanding("u70"), "account_standing_pkey"),
        new("Moderation.SaveStanding", ModerationStatements.SaveStanding("u70", new AccountStanding(AccountRole.Moderator, null, s_now, StorageTier.Paid), s_now)),
        new("Moderation.AppendAudit", ModerationStatements.AppendAudit(new AuditEntry("a-new", "u7", "suspend", "user", "u8", "u8", "spam", null, s_now))),
        new("Moderation.AuditPage", ModerationStatements.AuditPage(null, null, TimeCursor.Newest, 20), "audit_log_at_idx"),
        new("Moderation.AuditPage (next page)", ModerationStatements.AuditPage(null, null, new TimeCursor(s_now.AddDays(-10), "a500"), 20), "audit_log_at_idx"),
        new("Moderation.AuditPage (actor)", ModerationStatements.AuditPage("u7", null, TimeCursor.Newest, 20), "audit_log_actor_idx"),
        new("Moderation.AuditPage (actor and account)", ModerationStatements.AuditPage("u7", "u8", TimeCursor.Newest, 20), "audit_log_actor_idx|audit_log_target_user_idx"),
        new("Moderation.AuditPage (account)", ModerationStatements.AuditPage(null, "u8", TimeCursor.Newest, 20), "audit_log_target_user_idx"),
        new("Accounts.List", AccountDirectoryStatements.List(null, false, false, TimeCursor.Newest, 20), "users_created_idx"),
        new("Accounts.List (members, active, next page)", AccountDirectoryStatements.List(null, true, true, new TimeCursor(s_now.AddDays(-300), "u500"), 20), "users_created_idx"),
        new("Accounts.List (query)", AccountDirectoryStatements.List("user12", false, false, TimeCursor.Newest, 20), "users_created_idx|users_username_prefix|users_email_prefix"),
        new("Accounts.ListByStanding (admins)", AccountDirectoryStatements.ListByStanding(null, AccountRole.Admin, null, TimeCursor.Newest, 20), "account_standing_staff_idx", "users_id_c_idx|users_created_idx"),
        new("Accounts.ListByStanding (suspended)", AccountDirectoryStatements.ListByStanding(null, null, AccountStatus.Suspended, TimeCursor.Newest, 20), "account_standing_suspended_idx|account_standing_restricted_idx"),
        new("Accounts.ListByStanding (silenced moderators)", AccountDirectoryStatements.ListByStanding(null, AccountRole.Moderator, AccountStatus.Silenced, TimeCursor.Newest, 20), "account_standing_staff_idx|account_standing_restricted_idx"),
        new("Accounts.ListPendingDeletion", AccountDirectoryStatements.ListPendingDeletion(null, null, TimeCursor.Newest, 20), "users_purge_due"),
        new("Reports.File", ReportStatements.File(NewReport("r-new", "u1007", "p500", "u500")), "reports_open_once_idx"),
        new("Reports.Get", ReportStatements.Get("r500"), "reports_pkey"),
        new("Reports.Update", ReportStatements.Update(NewReport("r500", "u1500", "p500", "u500") with
        {
            Status = ReportStatus.Resolved,
            AssigneeId = "u7",
            Resolution = new ReportResolution(ReportAction.RemoveContent, "spam", "u7", s_now),
        }), "reports_pkey"),
        new("Reports.List", ReportStatements.List(new ReportFilter(null, null, null), TimeCursor.Newest, 20), "reports_created_idx"),
        new("Reports.List (category, next page)", ReportStatements.List(new ReportFilter(null, ReportCategory.Illegal, null), new TimeCursor(s_now.AddDays(-5), "r5000"), 20), "reports_created_idx"),
        new("Reports.List (open)", ReportStatements.List(new ReportFilter(ReportStatus.Open, null, null), TimeCursor.Newest, 20), "reports_status_created_idx"),
        // Nearly every report is resolved: walking the queue by time and filtering serves it as well.
        new("Reports.List (resolved, category)", ReportStatements.List(new ReportFilter(ReportStatus.Resolved, ReportCategory.Spam, null), TimeCursor.Newest, 20), "reports_status_created_idx|reports_created_idx"),
        new("Reports.List (assignee)", ReportStatements.List(new ReportFilter(ReportStatus.Open, null, "u7"), TimeCursor.Newest, 20), "reports_assignee_created_idx"),
        new("Users.Rename", UserLifecycleStatements.Rename("u7", "seven"), "users_pkey"),
        // username_claims holds one row per name; the fixture fills it through the users trigger.
        new("Users.ReserveOldName", UserLifecycleStatements.ReserveOldName("u7", "user7", s_now.AddDays(30)), "username_claims_pkey"),
        new("Users.FindReserved", UserLifecycleStatements.FindReserved("user7", s_now), "username_claims_pkey"),
        new("Users.ChangeEmail", UserLifecycleStatements.ChangeEmail("u7", "seven@example.org", s_now), "users_pkey"),
        new("Users.SetPurgeAt", UserLifecycleStatements.SetPurgeAt("u7", s_now), "users_pkey"),
        new("Users.PurgeDue", UserLifecycleStatements.PurgeDue(s_now, 100), "users_purge_due"),
        new("Users.DeleteClaims", UserLifecycleStatements.DeleteClaims("u7"), "username_claims_user"),
        new("Users.Delete", UserLifecycleStatements.DeleteUser("u7"), "users_pkey"),
        new("Users.ReleaseReserved", UserLifecycleStatements.ReleaseReserved(s_now), "username_claims_reserved"),

        // email_changes and data_exports are empty here (few rows in life too): the cases prove they parse and plan.
        new("EmailChanges.Retire", EmailChangeStatements.Retire("u7", s_now)),
        new("EmailChanges.Insert", EmailChangeStatements.Insert(new EmailChangeRecord(Hash("change"), "u7", "seven@example.org", s_now, s_now.AddDays(1)))),
        new("EmailChanges.Consume", EmailChangeStatements.Consume(Hash("change"), s_now)),
        new("Exports.Insert", ExportStatements.Insert(new ExportRecord("x-new", "u7", ExportStatus.Pending, null, null, s_now, s_now.AddDays(7)))),
        new("Exports.Get", ExportStatements.Get("x1")),
        new("Exports.Newest", ExportStatements.Newest("u7")),
        new("Exports.Finish", ExportStatements.Finish("x1", "exports/u7/x1.zip", 100)),
        new("Exports.Expired", ExportStatements.Expired(s_now, 100)),
        new("Exports.Keys", ExportStatements.Keys("u7")),
        new("Exports.Delete", ExportStatements.Delete("x1")),

        new("AccountData.PostIds", AccountDataStatements.ById(AccountDataStatements.PostIdsSql, "u8"), "posts_author_created_idx|posts_author_all_idx"),
        new("AccountData.CommentsOnOthers", AccountDataStatements.ById(AccountDataStatements.CommentsOnOthersSql, "u8"), "comments_author_idx"),
        new("AccountData.Comments", AccountDataStatements.ById(AccountDataStatements.CommentsSql, "u8"), "comments_author_idx"),
        new("AccountData.Reactions", AccountDataStatements.ById(AccountDataStatements.ReactionsSql, "u8"), "reactions_user_idx"),
        new("AccountData.MediaKeys", AccountDataStatements.ById(AccountDataStatements.MediaKeysSql, "u8"), "media_owner_status_idx"),
        new("AccountData.PostsMentioning", AccountDataStatements.PostsMentioning("u8", "word17"), "posts_search_idx"),
        new("AccountData.CommentsMentioning", AccountDataStatements.CommentsMentioning("u8", "user_17"), "comments_content_trgm"),
        new("AccountData.SetCommentContent", AccountDataStatements.SetCommentContent("c500", "scrubbed"), "comments_pkey"),
        new("AccountData.EmailChangeAddresses", AccountDataStatements.ById(AccountDataStatements.EmailChangeAddressesSql, "u8")),
        .. PurgeCases(),
    ];

    // Every delete of a purge, with the index each one must take.
    private static IEnumerable<QueryPlanCase> PurgeCases()
    {
        var expected = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            [AccountDataStatements.DeleteReactionsByUserSql] = ["reactions_user_idx"],
            [AccountDataStatements.DeleteReactionsOnPostsSql] = ["posts_author_all_idx|posts_author_created_idx", "reactions_pkey"],
            [AccountDataStatements.DeleteCommentsByUserSql] = ["comments_author_idx"],
            [AccountDataStatements.DeleteCommentsOnPostsSql] = ["posts_author_all_idx|posts_author_created_idx", "comments_post_created_idx"],
            [AccountDataStatements.DeleteNotificationsReceivedSql] = ["notifications_recipient_created_idx|notifications_unread_idx"],
            [AccountDataStatements.DeleteNotificationsCausedSql] = ["notifications_actor_idx"],
            [AccountDataStatements.DeleteFollowingSql] = [FollowerRange],
            [AccountDataStatements.DeleteFollowersSql] = ["follows_followee_created_idx"],
            [AccountDataStatements.DeleteFollowRequestsMadeSql] = ["follow_requests_pkey"],
            [AccountDataStatements.DeleteFollowRequestsReceivedSql] = ["follow_requests_target_created_idx"],
            [AccountDataStatements.DeleteConnectionRequestsSentSql] = ["connection_requests_from_idx"],
            [AccountDataStatements.DeleteConnectionRequestsReceivedSql] = ["connection_requests_to_idx|connection_requests_incoming_idx"],
            [AccountDataStatements.DeleteConnectionsSql] = ["connections_pkey|connections_user_created_idx"],
            [AccountDataStatements.DeleteConnectionPeersSql] = ["connections_peer_idx"],
            [AccountDataStatements.DeletePostsSql] = ["posts_author_all_idx"],
            [AccountDataStatements.DeleteReportsFiledSql] = ["reports_reporter_idx"],
            [AccountDataStatements.DeleteReportsAboutSql] = ["reports_target_user_idx"],
            [AccountDataStatements.DeleteMediaSql] = ["media_owner_status_idx"],
            [AccountDataStatements.DeleteSessionsSql] = ["sessions_user_created_idx"],
            [AccountDataStatements.DeleteIdempotencyKeysSql] = ["idempotency_keys_pkey"],
            [AccountDataStatements.DeleteIdempotencyMentionsSql] = ["idempotency_keys_created_idx"],
            [AccountDataStatements.DeleteStandingSql] = ["account_standing_pkey"],
        };
        var target = new PurgeTarget("u8", "user8", ["user8@example.com"]);
        return AccountDataStatements.Purge(target, s_now.AddHours(-1)).Select(statement => new QueryPlanCase(
            "AccountData.Purge " + statement.Text.Split('\n')[0],
            statement,
            expected.GetValueOrDefault(statement.Text, [])));
    }

    private static ReportRecord NewReport(string id, string reporterId, string postId, string authorId) =>
        new(id, reporterId, ReportTargetKind.Post, postId, authorId, ReportCategory.Spam, "see this", "word17", ReportStatus.Open, null, null, s_now);

    // Token hashes of the fixture: SHA-256 of the row number's text.
    private static byte[] Hash(string text) => System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text));
}
