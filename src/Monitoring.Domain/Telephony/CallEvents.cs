using System.Text.Json.Serialization;
using Monitoring.Domain.Interactions;

namespace Monitoring.Domain.Telephony;

/// <summary>What a call's journal keeps: each step the telephony reported, each move up the chain while it rang, and
/// what became of its interaction.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$e")]
[JsonDerivedType(typeof(CallStepRecorded), "step")]
[JsonDerivedType(typeof(CallMovedUp), "moved")]
[JsonDerivedType(typeof(CallFiled), "filed")]
[JsonDerivedType(typeof(CallClassified), "classified")]
[JsonDerivedType(typeof(CallLocated), "located")]
public abstract record CallEvent(CallId CallId);

/// <summary>The telephony reported a step the call had not taken before.</summary>
public sealed record CallStepRecorded(TelephonyEvent Event) : CallEvent(Event.CallId);

/// <summary>Unanswered for another <c>AnswerWithin</c>, the call now rings at <paramref name="UnitId"/>, one level up.</summary>
public sealed record CallMovedUp(CallId CallId, DateTimeOffset At, UnitId UnitId, int Level) : CallEvent(CallId);

/// <summary>The center filed the call's interaction itself, as abandoned or unclassified, in the caller's history.</summary>
public sealed record CallFiled(CallId CallId, DateTimeOffset At, Kind Kind) : CallEvent(CallId);

/// <summary>A call taker's form recorded the call's interaction as what it was.</summary>
public sealed record CallClassified(CallId CallId, DateTimeOffset At, Kind Kind) : CallEvent(CallId);

/// <summary>The handset sent its own position for the call (Advanced Mobile Location), after the call's steps gave theirs.</summary>
public sealed record CallLocated(CallId CallId, DateTimeOffset At, NetworkLocation Location) : CallEvent(CallId);
