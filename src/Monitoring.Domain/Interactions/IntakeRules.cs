using System.Text.RegularExpressions;

namespace Monitoring.Domain.Interactions;

/// <summary>Every rule a new interaction must pass before it is recorded.</summary>
public static partial class IntakeRules
{
    public const int MaxSummaryLength = 2000;
    public const int MaxAddressLength = 500;
    public const int MaxAgentIdLength = 64;

    /// <summary>Telephony clocks drift; a call may claim to have rung this far in the future.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(1);

    public const string CallerNumberRule = "The caller number must be 6 to 16 digits, optionally after a leading +.";

    [GeneratedRegex(@"^\+?[0-9]{6,16}$")]
    private static partial Regex CallerNumberPattern();

    public static bool IsCallerNumber(string text) => CallerNumberPattern().IsMatch(text);

    public static (Intake? Intake, IReadOnlyList<FieldError> Errors) Validate(IntakeForm form, DateTimeOffset now, InteractionId id)
    {
        var errors = new List<FieldError>();
        void Error(string field, string message) => errors.Add(new FieldError(field, message));

        var callerText = form.CallerNumber?.Trim();
        if (string.IsNullOrEmpty(callerText)) Error("callerNumber", "The caller number is required.");
        else if (!IsCallerNumber(callerText)) Error("callerNumber", CallerNumberRule);

        var channel = Channel.Voice;
        if (form.Channel is { } ch && !EnumNames<Channel>.TryParse(ch, out channel))
            Error("channel", $"Unknown channel '{ch}'; expected one of {EnumNames<Channel>.Allowed}.");

        Kind kind = default;
        var kindKnown = false;
        if (string.IsNullOrWhiteSpace(form.Kind)) Error("kind", "The kind is required.");
        else if (!(kindKnown = EnumNames<Kind>.TryParse(form.Kind, out kind)))
            Error("kind", $"Unknown kind '{form.Kind}'; expected one of {EnumNames<Kind>.Allowed}.");
        var opensCase = kindKnown && kind.OpensCase();

        Category? category = null;
        if (!string.IsNullOrWhiteSpace(form.Category))
        {
            if (!EnumNames<Category>.TryParse(form.Category, out var c))
                Error("category", $"Unknown category '{form.Category}'; expected one of {EnumNames<Category>.Allowed}.");
            else if (opensCase && c.KindOf() != kind)
                Error("category", $"'{form.Category}' is not a {Name(kind)} category; expected one of {string.Join(", ", Categories.For(kind).Select(Name))}.");
            else category = c;
        }
        else if (opensCase) Error("category", $"The category is required for a {Name(kind)}.");

        Priority? priority = null;
        if (!string.IsNullOrWhiteSpace(form.Priority))
        {
            if (!EnumNames<Priority>.TryParse(form.Priority, out var p))
                Error("priority", $"Unknown priority '{form.Priority}'; expected one of {EnumNames<Priority>.Allowed}.");
            else if (category is { } cat && p > cat.DefaultPriority())
                Error("priority", $"A {Name(cat)} case is at least {cat.DefaultPriority()}; the call taker may raise its priority, not lower it.");
            else priority = p;
        }

        Location? location = null;
        if (form.Location is { } loc)
        {
            var before = errors.Count;
            if (loc.Latitude is not { } lat) Error("location.latitude", "The latitude is required.");
            else if (!double.IsFinite(lat) || lat is < -90 or > 90) Error("location.latitude", "The latitude must be a number between -90 and 90.");
            if (loc.Longitude is not { } lon) Error("location.longitude", "The longitude is required.");
            else if (!double.IsFinite(lon) || lon is < -180 or > 180) Error("location.longitude", "The longitude must be a number between -180 and 180.");
            if (loc.Address is { Length: > MaxAddressLength }) Error("location.address", $"The address may be at most {MaxAddressLength} characters.");
            if (errors.Count == before) location = new Location(loc.Latitude!.Value, loc.Longitude!.Value, Blank(loc.Address));
        }
        else if (opensCase) Error("location", $"The location is required for a {Name(kind)}.");

        var summary = Blank(form.Summary);
        if (summary is { Length: > MaxSummaryLength }) Error("summary", $"The summary may be at most {MaxSummaryLength} characters.");
        else if (summary is null && opensCase) Error("summary", $"The summary is required for a {Name(kind)}.");

        if (form.AgentId is { Length: > MaxAgentIdLength }) Error("agentId", $"The agent id may be at most {MaxAgentIdLength} characters.");

        var receivedAt = form.ReceivedAt ?? form.AnsweredAt ?? now;
        if (receivedAt > now + ClockSkew) Error("receivedAt", "The call cannot have rung in the future.");
        if (form.AnsweredAt is { } answered && answered < receivedAt) Error("answeredAt", "A call cannot be answered before it rang.");
        if (form.AnsweredAt > now + ClockSkew) Error("answeredAt", "The call cannot have been answered in the future.");
        if (form.DurationSeconds is { } d && (!double.IsFinite(d) || d < 0)) Error("durationSeconds", "The duration must be zero or more seconds.");
        if (form.RecordingUri is { } uri && !Uri.TryCreate(uri, UriKind.Absolute, out _)) Error("recordingUri", "The recording URI must be absolute.");

        if (errors.Count > 0) return (null, errors);
        var interaction = new Interaction(id, new CallerNumber(callerText!), channel, kind, category, location, summary,
            Blank(form.AgentId), receivedAt.ToUniversalTime(), form.AnsweredAt?.ToUniversalTime(), now, form.DurationSeconds, form.RecordingUri);
        return (new Intake(interaction, opensCase ? priority ?? category!.Value.DefaultPriority() : null), errors);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Name<T>(T value) where T : struct, Enum => DomainJson.Name(value);
}
