namespace Monitoring.Server.Audit;

/// <summary>
/// What a handler adds to its request's audit line where the endpoint's mapping cannot know it: the target once the body
/// is read (a new user's name, a normalized caller number, the case an intake opened), another action (a CSV export),
/// a detail. Kept on the request; the trail's middleware writes the line after the handler ran.
/// </summary>
public sealed record AuditNote(string? Target, string? Action, string? Detail)
{
    private static readonly object Key = new();

    public static AuditNote? Of(HttpContext context) => context.Items.TryGetValue(Key, out var note) ? note as AuditNote : null;

    /// <summary>Adds to the note; a value not given keeps what an earlier call said.</summary>
    public static void Add(HttpContext context, string? target = null, string? action = null, string? detail = null)
    {
        var before = Of(context);
        context.Items[Key] = new AuditNote(target ?? before?.Target, action ?? before?.Action, detail ?? before?.Detail);
    }
}
