namespace Monitoring.Server.Auth;

/// <summary>An API token as listed: no secret, not even its hash.</summary>
public sealed record ApiTokenView(string Id, string Name, string Role, string? UnitId, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt)
{
    public static ApiTokenView Of(ApiToken token) => new(token.Id, token.Name, token.Role, token.UnitId, token.CreatedAt, token.RevokedAt);
}
