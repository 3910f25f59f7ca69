using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Monitoring.Domain.Interactions;

namespace Monitoring.Domain.Telephony;

/// <summary>
/// One call as the center knows it: a fold of the steps the telephony reported, ordered by their time whatever order they
/// came in, and of what the center did about it. A step already known is a no-op, so a retrying PBX records nothing twice.
/// An end with no answer before it is an abandoned call.
/// </summary>
public sealed record Call(CallId Id, ImmutableList<TelephonyEvent> Steps, ImmutableList<CallMovedUp> Moves, Kind? Filed, Kind? Classified)
{
    public static Call Empty(CallId id) => new(id, [], [], null, null);

    /// <summary>The call's one interaction, the same on every node and after every replay.</summary>
    public InteractionId InteractionId => IdOf(Id);

    public static InteractionId IdOf(CallId id) =>
        new("c" + Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(id.Value)), 0, 15) + "0");

    public bool IsKnown => Steps.Count > 0;

    public DateTimeOffset? OfferedAt => Step(CallStep.Offered)?.At;
    public DateTimeOffset? AnsweredAt => Step(CallStep.Answered)?.At;
    public DateTimeOffset? EndedAt => End?.At;

    public CallerNumber? Caller => Steps.Select(s => s.Caller).FirstOrDefault(c => c is not null);
    public string? CalledNumber => Steps.Select(s => s.CalledNumber).FirstOrDefault(c => c is not null);

    /// <summary>Who answered, else where it was offered.</summary>
    public string? AgentId => Step(CallStep.Answered)?.AgentId ?? Step(CallStep.Offered)?.AgentId;

    /// <summary>The handset's own fix, sent apart from the call's steps (AML).</summary>
    public NetworkLocation? Fix { get; init; }

    /// <summary>The handset's fix if one came, else the latest position any step gave: the handset knows better than the cell.</summary>
    public NetworkLocation? Location => Fix ?? Steps.LastOrDefault(s => s.Location is not null)?.Location;

    public string? PidfLo => Steps.LastOrDefault(s => s.PidfLo is not null)?.PidfLo;

    public CallStatus Status => (AnsweredAt, EndedAt) switch
    {
        (null, null) => CallStatus.Ringing,
        (not null, null) => CallStatus.Answered,
        (null, not null) => CallStatus.Abandoned,
        _ => CallStatus.Ended,
    };

    public int Level => Moves.Count == 0 ? 0 : Moves[^1].Level;

    /// <summary>Whether the step is one the call has taken already: a second offer, answer or end (an end and an
    /// abandonment are one step) changes nothing.</summary>
    public bool Knows(TelephonyEvent step) => step.Step switch
    {
        CallStep.Offered or CallStep.Answered => Step(step.Step) is not null,
        _ => End is not null,
    };

    /// <summary>A step whose time contradicts the steps known: an answer before the offer, an end before the offer or answer.</summary>
    public FieldError? Refusal(TelephonyEvent step)
    {
        var before = step.Step switch
        {
            CallStep.Offered => Earliest(AnsweredAt, EndedAt) is { } first && step.At > first ? "An offer cannot come after the call's answer or end." : null,
            CallStep.Answered => OfferedAt > step.At ? "A call cannot be answered before it rang."
                : EndedAt < step.At ? "A call cannot be answered after it ended." : null,
            _ => Latest(OfferedAt, AnsweredAt) is { } last && step.At < last ? "A call cannot end before it rang or was answered." : null,
        };
        return before is null ? null : new FieldError("at", ErrorCodes.StepOrder, before);
    }

    public Call Apply(CallEvent e) => e switch
    {
        CallStepRecorded s when !Knows(s.Event) => this with { Steps = Steps.Add(s.Event).Sort((a, b) => a.At.CompareTo(b.At)) },
        CallMovedUp m when m.Level > Level => this with { Moves = Moves.Add(m) },
        CallFiled f => this with { Filed = f.Kind },
        CallClassified c => this with { Classified = c.Kind },
        CallLocated l => this with { Fix = l.Location },
        _ => this,
    };

    /// <summary>Where the call rings: while ringing, by the rule at <paramref name="now"/>; once answered or ended, where it
    /// stood then. A call whose offer is not known yet rings at the first answering point.</summary>
    public RingPosition Position(IReadOnlyList<UnitId> chain, DateTimeOffset now, TimeSpan answerWithin)
    {
        if (OfferedAt is not { } offered) return new RingPosition(0, chain[0], null);
        var position = RingRule.At(offered, chain, AnsweredAt ?? EndedAt ?? now, answerWithin);
        return Status == CallStatus.Ringing ? position : position with { NextMoveAt = null };
    }

    /// <summary>When the call must next move up while it rings: at once when a move is already owed (a call heard of late, or
    /// woken after a restart, may stand at the top of its chain with no move left to time), else at the next target; null
    /// once it is answered or ended.</summary>
    public DateTimeOffset? MoveDueAt(RingPosition position, DateTimeOffset now) =>
        Status != CallStatus.Ringing ? null : position.Level > Level ? now : position.NextMoveAt;

    /// <summary>An abandoned call is filed as such once, as soon as its number is known; a form never classifies it.</summary>
    public bool OwesAbandonedFiling => Status == CallStatus.Abandoned && Caller is not null && Filed is null && Classified is null;

    /// <summary>When an answered call that ended without a form is filed as unclassified; null when nothing is owed.</summary>
    public DateTimeOffset? UnclassifiedDueAt(TimeSpan grace) =>
        Status == CallStatus.Ended && Caller is not null && Classified is null && Filed != Kind.Unclassified ? EndedAt + grace : null;

    /// <summary>What a form takes from the call, or why it may not: an unknown call, an abandoned one, one already classified.</summary>
    public (CallAttach? Attach, string? Refusal) AttachForm() =>
        !IsKnown ? (null, ErrorCodes.CallNotFound)
        : Status == CallStatus.Abandoned ? (null, ErrorCodes.CallAbandoned)
        : Classified is not null ? (null, ErrorCodes.CallRecorded)
        : (new CallAttach(InteractionId, OfferedAt, AnsweredAt, Duration, Caller), null);

    /// <summary>The interaction the center files for the call on its own: the offer as its ring, the answer if any.</summary>
    public Interaction Provisional(Kind kind, DateTimeOffset now)
    {
        if (!kind.IsProvisional()) throw new ArgumentException($"The center files only abandoned or unclassified calls, not {kind}.", nameof(kind));
        var received = OfferedAt ?? AnsweredAt ?? EndedAt ?? now;
        return new Interaction(InteractionId, Caller ?? throw new InvalidOperationException("A call is filed once its number is known."),
            Channel.Voice, kind, null, null, null, AgentId, received, AnsweredAt, now, Duration, null);
    }

    /// <summary>Seconds from the answer to the end.</summary>
    private double? Duration => AnsweredAt is { } a && EndedAt is { } e ? (e - a).TotalSeconds : null;

    private TelephonyEvent? End => Steps.Find(s => s.Step is CallStep.Ended or CallStep.Abandoned);

    private TelephonyEvent? Step(CallStep step) => Steps.Find(s => s.Step == step);

    private static DateTimeOffset? Latest(DateTimeOffset? a, DateTimeOffset? b) => a > b || b is null ? a : b;

    private static DateTimeOffset? Earliest(DateTimeOffset? a, DateTimeOffset? b) => a < b || b is null ? a : b;
}
