using Microsoft.EntityFrameworkCore;
using Monitoring.Domain.Callers;

namespace Monitoring.Server.Audit;

/// <summary>
/// What the auditor asks of the trail. An action names itself and the actions under it (<c>case</c> holds
/// <c>case.acknowledge</c>); a user name is matched whatever its case, as sign-in matches it; a target that is a phone
/// number in any of its spellings (0812…, 62812…, +62812…) finds the lines of that caller.
/// </summary>
public sealed record AuditFilter(DateTimeOffset? From, DateTimeOffset? To, string? UserName, string? Action, string? Target)
{
    public IQueryable<AuditEntry> Apply(IQueryable<AuditEntry> entries)
    {
        if (From is { } from)
        {
            var start = from.UtcDateTime;
            entries = entries.Where(e => e.At >= start);
        }
        if (To is { } to)
        {
            var end = to.UtcDateTime;
            entries = entries.Where(e => e.At < end);
        }
        if (UserName is { } user)
        {
            var lower = user.ToLowerInvariant();
            entries = entries.Where(e => e.UserName.ToLower() == lower);
        }
        if (Action is { } action)
        {
            var under = action + ".";
            entries = entries.Where(e => e.Action == action || e.Action.StartsWith(under));
        }
        if (Target is { } target)
        {
            string[] targets = CallerNumbers.Normalize(target) is { } caller ? [target, caller.Value] : [target];
            entries = entries.Where(e => targets.Contains(e.Target));
        }
        return entries.OrderByDescending(e => e.At).ThenByDescending(e => e.Id);
    }
}
