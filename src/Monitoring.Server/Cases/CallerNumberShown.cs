using System.Security.Claims;
using Monitoring.Domain.Cases;
using Monitoring.Server.Auth;

namespace Monitoring.Server.Cases;

/// <summary>
/// Every case a reader is sent passes here: whole for a role that may read caller numbers (<see cref="Policies.FullCallerNumbers"/>),
/// masked for the rest, so no endpoint or hub method decides it for itself.
/// </summary>
public static class CallerNumberShown
{
    public static bool SeesCallerNumbers(this ClaimsPrincipal user) => Policies.Admits(Policies.FullCallerNumbers, user.Role());

    public static CaseSummary ShownTo(this CaseSummary c, ClaimsPrincipal user) => user.SeesCallerNumbers() ? c : c.WithCallerMasked();

    public static CaseView ShownTo(this CaseView c, ClaimsPrincipal user) => user.SeesCallerNumbers() ? c : c.WithCallerMasked();

    public static IReadOnlyList<CaseSummary> ShownTo(this IEnumerable<CaseSummary> cases, ClaimsPrincipal user) =>
        user.SeesCallerNumbers() ? [.. cases] : [.. cases.Select(c => c.WithCallerMasked())];
}
