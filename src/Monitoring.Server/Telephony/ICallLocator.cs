using Monitoring.Domain;
using Monitoring.Domain.Telephony;

namespace Monitoring.Server.Telephony;

/// <summary>
/// Puts a handset's position on the call it belongs to: the number's live call, or its most recent one that ended within
/// the hour before the fix. The calls side answers it (its board of live calls finds the call, the call's actor records
/// the position); the AML endpoint knows only this.
/// </summary>
public interface ICallLocator
{
    /// <summary>The call the position was recorded on, or null when the number has no such call.</summary>
    Task<CallId?> AttachAsync(CallerNumber number, DateTimeOffset fixedAt, NetworkLocation location, CancellationToken cancellation);
}
