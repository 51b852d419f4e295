using System.Text.Json;
using System.Text.Json.Nodes;
using Vrss.GrainInterfaces.Events;
using Vrss.GrainInterfaces.Notifications;
using Vrss.WebFront.Events;

namespace Vrss.WebFront.OpenApi;

/// <summary>
/// <c>GET /api/stream</c> in the document. OpenAPI has no words for the events of a <c>text/event-stream</c>, so the
/// operation lists them in <c>x-vrss-events</c>: each event name with the schema of its JSON <c>data</c>.
/// </summary>
internal static class StreamEvents
{
    private static readonly (string Event, string Schema, Type Type, string Description)[] s_events =
    [
        (UserEventNames.Notification, "event.notification", typeof(NotificationView), "A notification of the user (with an id)."),
        (UserEventNames.FeedUpdate, "event.feed.update", typeof(FeedUpdateData), "A post joined the user's home feed (with an id)."),
        (UserEventNames.PostDelete, "event.post.delete", typeof(PostDeletedData), "A post was deleted (with an id)."),
        ("reset", "event.reset", typeof(ResetData), "The events after Last-Event-ID are gone: reload notifications and the feed."),
        (StreamClosedData.EventName, "event.stream.closed", typeof(StreamClosedData), "The last event, without an id: the server ended the stream on purpose; do not reconnect."),
    ];

    public static void AddSchemas(JsonObject schemas, JsonSerializerOptions json)
    {
        foreach (var (_, schema, type, _) in s_events)
        {
            schemas[schema] = RpcSchemas.Output(type, json);
        }

        // The reasons are constants, not an enum: state the closed list here.
        if (schemas["event.stream.closed"]?["properties"]?["reason"] is JsonObject reason)
        {
            reason["enum"] = new JsonArray(StreamCloseReasons.TooManyStreams, StreamCloseReasons.SessionRevoked, StreamCloseReasons.SessionExpired);
        }
    }

    public static JsonObject Operation()
    {
        var events = new JsonObject();
        foreach (var (name, schema, _, description) in s_events)
        {
            events[name] = new JsonObject { ["description"] = description, ["data"] = OpenApiDocumentBuilder.Ref(schema) };
        }

        return new JsonObject
        {
            ["operationId"] = "stream",
            ["tags"] = new JsonArray("stream"),
            ["summary"] = "Live events of the signed-in user",
            ["description"] = "Server-sent events: each has an id (resume with Last-Event-ID), an event name and a JSON data object "
                + "(x-vrss-events). A comment line is sent every 15 seconds as a heartbeat. At most 10 streams per user; one more closes the oldest.",
            ["security"] = new JsonArray(
                new JsonObject { ["sessionCookie"] = new JsonArray() },
                new JsonObject { ["bearer"] = new JsonArray() }),
            ["parameters"] = new JsonArray(new JsonObject
            {
                ["name"] = "Last-Event-ID",
                ["in"] = "header",
                ["required"] = false,
                ["description"] = "The id of the last event received, to resume after it.",
                ["schema"] = new JsonObject { ["type"] = "string" },
            }),
            ["x-vrss-events"] = events,
            ["responses"] = new JsonObject
            {
                ["200"] = new JsonObject
                {
                    ["description"] = "The stream.",
                    ["content"] = new JsonObject { ["text/event-stream"] = new JsonObject { ["schema"] = new JsonObject { ["type"] = "string" } } },
                },
                ["401"] = new JsonObject
                {
                    ["description"] = ErrorCodes.Describe(401),
                    ["headers"] = OpenApiDocumentBuilder.ResponseHeaders(),
                    ["content"] = OpenApiDocumentBuilder.Json(OpenApiDocumentBuilder.Ref("ErrorEnvelope.401")),
                },
                ["429"] = new JsonObject
                {
                    ["description"] = ErrorCodes.Describe(429),
                    ["headers"] = OpenApiDocumentBuilder.ResponseHeaders(),
                    ["content"] = OpenApiDocumentBuilder.Json(OpenApiDocumentBuilder.Ref("ErrorEnvelope.429")),
                },
            },
        };
    }
}
