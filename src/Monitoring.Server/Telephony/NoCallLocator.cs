using Monitoring.Domain;
using Monitoring.Domain.Telephony;

namespace Monitoring.Server.Telephony;

/// <summary>Until the telephony's calls reach this center, no number has a call a position could join: every AML message
/// gets the honest 404, never a position recorded nowhere.</summary>
public sealed class NoCallLocator : ICallLocator
{
    public Task<CallId?> AttachAsync(CallerNumber number, DateTimeOffset fixedAt, NetworkLocation location, CancellationToken cancellation) =>
        Task.FromResult<CallId?>(null);
}
